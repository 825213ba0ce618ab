package org.sitrep.extract.quote;

import static org.sitrep.extract.quote.StanceTrees.add;
import static org.sitrep.extract.quote.StanceTrees.clause;
import static org.sitrep.extract.quote.StanceTrees.clauseEnd;
import static org.sitrep.extract.quote.StanceTrees.insideAny;
import static org.sitrep.extract.quote.StanceTrees.nested;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The writer's judgements: "it appeared that …", "the lack of enthusiasm seems to be a real issue" (nobody's).
 * Statements inside a judgement are still statements of their own.
 */
final class Judgements {

    private Judgements() {
    }

    /**
     * "It appeared that Trump was unable to …" (the clause) and "Melania seems to have vanished …" (the whole
     * clause, subject included): the writer's judgement, no speaker. "Appeared to suggest" is the suggestion's,
     * "seem confident" the stance's, "appeared on MSNBC" no judgement at all.
     */
    static void evidentVerb(Analysis a, DepTree t, int v, List<QuoteMarks.Region> regions, List<Span> directInner,
                            List<Candidate> out, Set<Span> taken) {
        Token tok = t.token(v);
        if (insideAny(tok.span(), directInner) || nested(tok.span(), out)) {
            return;
        }
        Span content = null;
        int s = t.child(v, "nsubj");
        int e = t.child(v, "expl");
        int x = t.child(v, "xcomp");
        if ((e >= 0 || s >= 0 && t.token(s).word().equalsIgnoreCase("it")) && t.child(v, "ccomp") >= 0) {
            content = clause(t, v);
        } else if (s >= 0 && s < v && x > v && !t.baseRel(v).equals("xcomp") && !"WP".equals(t.token(s).pos())
                && judgement(t, x)) { // "what appeared to be a reference" names a thing, judges nothing
            // From the subject ("Still, the lack of enthusiasm …") to the end of what it seems, before a comma.
            int lo = t.subtree(s).get(0);
            int hi = clauseEnd(t, x);
            content = new Span(t.token(lo).span().begin(), t.token(hi).span().end());
        }
        if (content == null) {
            return;
        }
        add(a, content, tok.span(), -1, null, regions, directInner, out, taken);
    }

    /**
     * Whether what something seems is a judgement: a state ("seems to be a real issue", "seems to have
     * vanished"), not an event ("seemed to reverberate"), an act reported by its own verb, or a bare look
     * ("appeared cowed", "seems clear").
     */
    private static boolean judgement(DepTree t, int x) {
        Token tok = t.token(x);
        String lemma = tok.lemma();
        if (lemma.equals("be") || lemma.equals("have")) {
            return true;
        }
        for (int c : t.children(x)) {
            String l = t.token(c).lemma();
            if (t.baseRel(c).equals("aux") && (l.equals("have") || l.equals("be"))) {
                return true; // "seems to have vanished", "seems to be losing"
            }
        }
        // "to be an economic powerhouse": the copula hangs on the predicate noun.
        int cop = t.child(x, "cop");
        return cop >= 0 && Phrases.hasMarkTo(t, x);
    }

    /**
     * Whether a candidate is the writer's judgement ("it was unclear whether …", "X seems to …"): statements
     * inside it are still statements of their own.
     */
    static boolean writers(Analysis a, Candidate c, CueLexicon lex) {
        if (c.cue() == null || c.subjectHead() >= 0 || c.subject() != null) {
            return false;
        }
        String w = c.cue().of(a.text()).toLowerCase(Locale.ROOT);
        return lex.evidentAdjective(w) || lex.evidentVerb(w.replaceFirst("(s|ed|ing)$", ""));
    }
}
