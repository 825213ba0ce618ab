package org.sitrep.extract.quote;

import static org.sitrep.extract.quote.StanceTrees.add;
import static org.sitrep.extract.quote.StanceTrees.caseOf;
import static org.sitrep.extract.quote.StanceTrees.clause;
import static org.sitrep.extract.quote.StanceTrees.holder;
import static org.sitrep.extract.quote.StanceTrees.insideAny;
import static org.sitrep.extract.quote.StanceTrees.nested;
import static org.sitrep.extract.quote.StanceTrees.withoutCase;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/** Statements made with "make": "made it clear that …", "made the case for …", "made no secret of …". */
final class MadeStatements {

    private final CueLexicon lex;

    MadeStatements(CueLexicon lex) {
        this.lex = lex;
    }

    /**
     * Statements made with "make": "made it clear (that) …", "made the case for …", "made no secret of …".
     * Other things made ("made a fortune", "made it to the final") are no statement.
     */
    void find(Analysis a, DepTree t, int v, List<QuoteMarks.Region> regions, List<Span> directInner,
              List<Candidate> out, Set<Span> taken) {
        Token tok = t.token(v);
        int subject = t.child(v, "nsubj");
        if (subject < 0 || !holder(lex, t, subject, 0) || insideAny(tok.span(), directInner) || nested(tok.span(), out)) {
            return;
        }
        Span content = null;
        Span cue = tok.span();
        for (int d : t.children(v)) {
            if (d < v) {
                continue;
            }
            String w = t.token(d).word().toLowerCase(Locale.ROOT);
            String r = t.baseRel(d);
            if (w.equals("clear") && (r.equals("xcomp") || r.equals("obj") || r.equals("ccomp"))) {
                content = clause(t, d);
                for (int e : t.children(v)) {
                    if (content == null && e > d && t.baseRel(e).equals("parataxis") && t.token(e).isVerb()) {
                        content = t.span(e); // "made it clear he had misgivings": the parser may set the clause beside
                    }
                }
                if (content == null) {
                    content = clause(t, v);
                }
                cue = cue.union(t.token(d).span());
            } else if (r.equals("obj") && (w.equals("case") || w.equals("secret") || w.equals("point"))) {
                content = clause(t, d);
                for (int e : t.children(d)) {
                    String kase = caseOf(t, e);
                    if (content == null && e > d && (kase.equals("for") || kase.equals("of") || kase.equals("against"))) {
                        content = withoutCase(t, e);
                    }
                }
                for (int e : t.children(v)) {
                    String kase = caseOf(t, e);
                    if (content == null && e > d && t.baseRel(e).equals("obl") && (kase.equals("for") || kase.equals("of")
                            || kase.equals("against"))) {
                        content = withoutCase(t, e); // the parser may hang "for …" on the verb
                    }
                }
                cue = cue.union(t.token(d).span());
            }
            if (content != null) {
                break;
            }
        }
        if (content == null) {
            return;
        }
        add(a, content, cue, subject, Phrases.subjectSpan(a, t, subject), regions, directInner, out, taken);
    }
}
