package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A trigger word matched to a lexicon pattern. {@code node} is where the event sits in the tree: the trigger
 * itself, or for a modal ("must") the verb it governs.
 */
record Trigger(int token, int node, EventLexicon.Pattern pattern) {

    /**
     * The triggers of one clause tree that head their own event: every match, minus those governed by an
     * accepted one ("urged them to stop the fighting" is one appeal, not an appeal and a fight). Coordinated
     * clauses, relative clauses and temporal or causal dependent clauses stay separate events.
     */
    static List<Trigger> find(Clause c, EventLexicon lex) {
        List<Trigger> all = new ArrayList<>();
        for (int i = c.firstToken(); i < c.endToken(); i++) {
            Trigger t = match(c, lex, i);
            if (t != null) {
                all.add(t);
            }
        }
        all.sort(Comparator.comparingInt((Trigger t) -> depth(c, t.node))
                .thenComparing(t -> t.pattern.pos() == 'm' ? 0 : 1)
                .thenComparingInt(Trigger::token));
        Set<String> separate = lex.words("separate");
        List<Trigger> accepted = new ArrayList<>();
        for (Trigger t : all) {
            boolean governed = false;
            for (Trigger a : accepted) {
                if (governs(c, a.node, t.node, separate)) {
                    governed = true;
                    break;
                }
            }
            if (!governed) {
                accepted.add(t);
            }
        }
        accepted.sort(Comparator.comparingInt(Trigger::token));
        return accepted;
    }

    /** The trigger at token {@code i} if a lexicon pattern fits it there, else null. */
    static Trigger match(Clause c, EventLexicon lex, int i) {
        char pos = posClass(c.token(i).pos());
        if (pos == 0) {
            return null;
        }
        String rel = Clause.base(c.rel(i));
        if (pos == 'v' && (rel.equals("amod") || rel.equals("compound"))) {
            return null; // "the negotiating table": a modifier, not a clause
        }
        EventLexicon.Pattern best = null;
        List<EventLexicon.Pattern> candidates = new ArrayList<>();
        for (String f : forms(c.lemma(i))) {
            candidates.addAll(lex.withLemma(f));
        }
        for (EventLexicon.Pattern p : candidates) {
            if (!p.fits(pos)) {
                continue;
            }
            if (!p.with().isEmpty()) {
                if (near(c, i, p.with())) {
                    best = p;
                    break;
                }
            } else if (best == null) {
                best = p;
            }
        }
        if (best == null) {
            return null;
        }
        int node = i;
        if (pos == 'n' && Clause.base(c.rel(i)).equals("compound") && c.head(i) >= 0
                && LIGHT_NOUNS.contains(c.lemma(c.head(i)))) {
            node = c.head(i); // "a mediation mission", "an assassination attempt": the light noun carries the act
        }
        if (pos == 'n' && !predicated(c, node)) {
            return null;
        }
        if (pos == 'm') {
            node = c.head(i);
            // A "must" is a demand only when it is reported: the clause is the complement of a statement.
            if (node < 0 || !Clause.base(c.rel(node)).equals("ccomp")) {
                return null;
            }
        }
        return new Trigger(i, node, best);
    }

    /** Nouns that name an undertaking whose kind a compounded trigger noun gives. */
    private static final Set<String> LIGHT_NOUNS = Set.of("mission", "effort", "bid", "campaign", "initiative",
            "operation", "drive", "attempt");

    /** Markers under which a noun is the clause's own act ("engaged in", "on alert", "called for"). */
    private static final Set<String> NOUN_CASES = Set.of("in", "on", "to", "for", "into", "at", "under", "during");

    /**
     * Whether a noun trigger is what its clause predicates: an argument of a verb ("launched an attack",
     * "hostilities resumed") or a phrase with an actor of its own ("Serbia's suppression", "an attack by
     * rebels"), not a mention in passing ("through the mediation of", "the resumption of hostilities").
     */
    private static boolean predicated(Clause c, int i) {
        String r = c.rel(i);
        String b = Clause.base(r);
        int h = c.head(i);
        if (h < 0) {
            return true;
        }
        boolean verbHead = c.token(h).isVerb() || posClass(c.token(h).pos()) == 'a';
        if (verbHead && (b.equals("obj") || b.equals("nsubj") || b.equals("xcomp"))) {
            return true;
        }
        if (verbHead && b.equals("obl") && NOUN_CASES.contains(String.valueOf(c.marker(i)))) {
            return true;
        }
        if (causeOfHarm(c, i)) {
            return true;
        }
        for (int k : c.children(i)) {
            String kr = c.rel(k);
            if (kr.equals("nmod:poss") || Clause.base(kr).equals("nmod") && "by".equals(c.marker(k))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose subject undergoes the act named by their complement ("died of torture"). */
    static final Set<String> UNDERGO = Set.of("die", "perish", "succumb", "suffer", "undergo", "endure", "survive",
            "escape", "face");

    /** The head of a noun that names the cause of a harm ("died of torture", "as a result of shelling"), or -1. */
    static int harmed(Clause c, int i) {
        int h = c.head(i);
        String m = String.valueOf(c.marker(i));
        if (h < 0 || !(m.equals("of") || m.equals("from") || m.equals("under"))) {
            return -1;
        }
        if (Set.of("result", "consequence").contains(c.lemma(h)) && c.head(h) >= 0) {
            h = c.head(h);
        }
        return c.token(h).isVerb() && UNDERGO.contains(c.lemma(h)) ? h : -1;
    }

    private static boolean causeOfHarm(Clause c, int i) {
        return harmed(c, i) >= 0;
    }

    static char posClass(String pos) {
        if (pos == null) {
            return 0;
        }
        if (pos.startsWith("VB")) {
            return 'v';
        }
        if (pos.startsWith("NN")) {
            return 'n';
        }
        if (pos.startsWith("JJ")) {
            return 'a';
        }
        return pos.equals("MD") ? 'm' : 0;
    }

    /**
     * A lemma and its singular forms: the tagger leaves some plurals and capitalised words unlemmatised
     * ("troops", "Hostilities").
     */
    static List<String> forms(String lemma) {
        List<String> out = new ArrayList<>(3);
        out.add(lemma);
        if (lemma.length() > 4 && lemma.endsWith("ies")) {
            out.add(lemma.substring(0, lemma.length() - 3) + "y");
        } else if (lemma.length() > 3 && lemma.endsWith("s") && !lemma.endsWith("ss")) {
            out.add(lemma.substring(0, lemma.length() - 1));
        }
        return out;
    }

    private static boolean has(Set<String> words, String lemma) {
        for (String f : forms(lemma)) {
            if (words.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code words} is a dependent of {@code i} (two levels down) or its head. */
    private static boolean near(Clause c, int i, Set<String> words) {
        int h = c.head(i);
        if (h >= 0 && has(words, c.lemma(h))) {
            return true;
        }
        for (int k : c.children(i)) {
            if (has(words, c.lemma(k)) || words.contains(c.token(k).word().toLowerCase())) {
                return true;
            }
            for (int g : c.children(k)) {
                if (has(words, c.lemma(g))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int depth(Clause c, int i) {
        int d = 0;
        for (int x = c.head(i); x >= 0 && d < 200; x = c.head(x)) {
            d++;
        }
        return d;
    }

    /** Whether the event at {@code anc} takes in the one at {@code node} (same node, or below it in one clause). */
    private static boolean governs(Clause c, int anc, int node, Set<String> separate) {
        if (anc == node) {
            return true;
        }
        if (!c.dominates(anc, node)) {
            return false;
        }
        for (int x = node; x != anc; x = c.head(x)) {
            String r = c.rel(x);
            String b = Clause.base(r);
            if (b.equals("parataxis") || r.equals("acl:relcl")) {
                return false;
            }
            if (b.equals("conj") && c.head(x) == anc && c.token(x).isVerb()) {
                return false;
            }
            if (b.equals("advcl")) {
                String m = c.marker(x);
                if (m == null || separate.contains(m)) {
                    return false;
                }
            }
        }
        return true;
    }
}
