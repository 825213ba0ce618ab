package org.sitrep.extract.event;

import java.util.List;
import java.util.Set;

/**
 * How a clause holds its event, read from the words governing the trigger: "negated" ("did not have any
 * contacts"), "unable" ("cannot confirm", "failed to"), "hypothetical" ("if Yerevan does not change"),
 * "intend" ("is ready to recognize", "will visit"), "possible" ("may sign"), or null when asserted.
 */
final class Modality {

    static final String NEGATED = "negated";
    static final String UNABLE = "unable";
    static final String HYPOTHETICAL = "hypothetical";
    static final String INTEND = "intend";
    static final String POSSIBLE = "possible";

    private Modality() {
    }

    /** Whether the chain carries a future auxiliary ("will", "would"). */
    static boolean future(Clause c, List<Integer> chain, EventLexicon lex) {
        for (int node : chain) {
            for (int k : c.children(node)) {
                if (c.rel(k).startsWith("aux") && lex.words("future").contains(c.lemma(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code chain}: the event's node, then the words governing it through complements, upward. */
    static String of(Clause c, int trigger, List<Integer> chain, EventLexicon lex) {
        Set<String> neg = lex.words("negation");
        boolean negated = false;
        boolean can = false;
        boolean unable = false;
        boolean intend = false;
        boolean possible = false;
        boolean hypothetical = false;
        for (int k : c.children(trigger)) {
            if (neg.contains(c.lemma(k)) && (c.rel(k).equals("det") || c.rel(k).equals("advmod"))) {
                negated = true;
            }
        }
        int top = chain.get(chain.size() - 1);
        for (int node : chain) {
            if (node != chain.get(0) && lex.words("intend").contains(c.lemma(node))) {
                intend = true;
            }
            if (lex.words("unable").contains(c.lemma(node))) {
                unable = true;
            }
            for (int k : c.children(node)) {
                String r = c.rel(k);
                String l = c.lemma(k);
                if ((r.equals("advmod") || r.equals("neg")) && neg.contains(l)) {
                    negated = true;
                } else if (r.startsWith("aux")) {
                    if (l.equals("can") || l.equals("could")) {
                        can = true;
                    }
                    if (lex.words("future").contains(l)) {
                        intend = true;
                    } else if (lex.words("possible").contains(l)) {
                        possible = true;
                    }
                } else if (r.equals("mark") && lex.words("hypothetical").contains(l)) {
                    hypothetical = true;
                } else if (r.equals("obj") && node == chain.get(0)) {
                    for (int d : c.children(k, "det")) {
                        if (neg.contains(c.lemma(d))) {
                            negated = true; // "has no contacts"
                        }
                    }
                }
            }
        }
        if (Clause.base(c.rel(top)).equals("advcl") && lex.words("hypothetical").contains(String.valueOf(c.marker(top)))) {
            hypothetical = true;
        }
        if (unable || (negated && can)) {
            return UNABLE;
        }
        if (negated) {
            return NEGATED;
        }
        if (hypothetical) {
            return HYPOTHETICAL;
        }
        if (intend) {
            return INTEND;
        }
        return possible ? POSSIBLE : null;
    }
}
