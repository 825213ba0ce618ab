package org.sitrep.extract.quote;

import static org.sitrep.extract.quote.StanceTrees.add;
import static org.sitrep.extract.quote.StanceTrees.caseOf;
import static org.sitrep.extract.quote.StanceTrees.insideAny;
import static org.sitrep.extract.quote.StanceTrees.nested;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/** Points of view framing a clause: "in his view, …", "by one estimate, …". */
final class PointsOfView {

    private final CueLexicon lex;

    PointsOfView(CueLexicon lex) {
        this.lex = lex;
    }

    /**
     * A point of view fronting or closing a clause: "In his view, the treaty had failed", "the plan is doomed in
     * the eyes of many voters", "By one estimate, 300,000 acres were damaged". The clause is the holder's;
     * "in the city" or "by the river" name no view.
     */
    void find(Analysis a, DepTree t, int n, List<QuoteMarks.Region> regions, List<Span> directInner,
              List<Candidate> out, Set<Span> taken) {
        Token tok = t.token(n);
        int h = t.head(n);
        String kase = caseOf(t, n);
        if (h < 0 || !t.baseRel(n).equals("obl") || insideAny(tok.span(), directInner) || nested(tok.span(), out)) {
            return;
        }
        int holder = t.child(n, "nmod:poss");
        if (holder < 0) {
            for (int d : t.children(n)) {
                if (d > n && t.baseRel(d).equals("nmod") && caseOf(t, d).equals("of")) {
                    holder = d; // "in the eyes of many voters"
                }
            }
        }
        boolean estimate = kase.equals("by") && lex.estimateNoun(tok.lemma()); // "by one estimate": no holder needed
        if (!(kase.equals("in") && holder >= 0 || estimate)) {
            return;
        }
        List<Integer> sub = t.subtree(n);
        int first = sub.get(0);
        int last = sub.get(sub.size() - 1);
        boolean fronted = last + 1 < t.size() && t.token(last + 1).word().equals(",") && first <= t.subtree(h).get(0);
        boolean closing = first > 0 && t.token(first - 1).word().equals(",");
        if (!fronted && !closing) {
            return; // set off by a comma: the view frames the whole clause
        }
        Span content = Phrases.remainder(t, h, n);
        if (content == null) {
            return;
        }
        Span cue = new Span(t.token(first).span().begin(), tok.span().end());
        int source = holder >= 0 ? holder : n; // "by one estimate": the estimate itself is the source
        add(a, content, cue, source, holder >= 0 ? Phrases.subjectSpan(a, t, holder)
                : new Span(t.token(first + 1).span().begin(), tok.span().end()), regions, directInner, out, taken);
    }
}
