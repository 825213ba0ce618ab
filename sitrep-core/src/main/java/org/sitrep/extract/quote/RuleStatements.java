package org.sitrep.extract.quote;

import static org.sitrep.extract.quote.StanceTrees.add;
import static org.sitrep.extract.quote.StanceTrees.caseOf;
import static org.sitrep.extract.quote.StanceTrees.insideAny;
import static org.sitrep.extract.quote.StanceTrees.nested;
import static org.sitrep.extract.quote.StanceTrees.withoutCase;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/** What a rule allows or requires: "DNC rules permit members to appoint proxies". */
final class RuleStatements {

    private final CueLexicon lex;

    RuleStatements(CueLexicon lex) {
        this.lex = lex;
    }

    /**
     * What a rule says: "DNC rules permit members to appoint proxies", "The 1951 Refugee Convention obligates
     * countries to offer protection …", "a visa program that allows wealthy foreigners to …". Only a law, a
     * rule or a treaty is a source this way ("loopholes that allow developers to …" are not).
     */
    void find(Analysis a, DepTree t, int v, List<QuoteMarks.Region> regions, List<Span> directInner,
              List<Candidate> out, Set<Span> taken) {
        Token tok = t.token(v);
        int s = t.child(v, "nsubj");
        if (s >= 0 && ("WDT".equals(t.token(s).pos()) || "WP".equals(t.token(s).pos())) && t.rel(v).equals("acl:relcl")) {
            s = t.head(v); // "a program that allows …": the noun the clause hangs on
        }
        if (s < 0 || !lex.ruleNoun(t.token(s).lemma()) || insideAny(tok.span(), directInner) || nested(tok.span(), out)) {
            return;
        }
        String pos = tok.pos() == null ? "" : tok.pos();
        if (!(pos.equals("VBZ") || pos.equals("VBP"))) {
            return; // a rule states what holds now; "a pilot program that allowed trucks over the border" tells an event
        }
        for (int c : t.children(v)) {
            if (t.rel(c).equals("mark") && t.token(c).word().equalsIgnoreCase("as")) {
                return; // "just as federal law requires …": a comparison, not what the law is cited for
            }
        }
        int o = t.child(v, "obj");
        int x = t.child(v, "xcomp");
        Span content = null;
        if (o > v) {
            content = t.span(o);
            if (x > o) {
                content = content.union(t.span(x));
            }
            for (int d : t.children(v)) {
                if (d > o && (t.baseRel(d).equals("obl") || t.baseRel(d).equals("advcl")) && caseOf(t, d).equals("from")) {
                    content = content.union(t.span(d)); // "prohibit lawyers from representing …"
                }
            }
        } else if (x > v) {
            content = t.span(x);
        } else {
            for (int d : t.children(v)) {
                if (content == null && d > v && t.baseRel(d).equals("obl") && caseOf(t, d).equals("for")) {
                    content = withoutCase(t, d); // "allows for sanctions"
                }
            }
        }
        if (content == null) {
            return;
        }
        add(a, content, tok.span(), s, Phrases.subjectSpan(a, t, s), regions, directInner, out, taken);
    }
}
