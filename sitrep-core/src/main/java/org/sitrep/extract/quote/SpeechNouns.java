package org.sitrep.extract.quote;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Statements named by a noun of saying: "his claim that …" and "the report's conclusion that …" (the clause),
 * "Trump's attacks on …" and "her pledge to …" when a possessor (or the subject repeating it) says whose they
 * are. Apart from the verb-led reading in {@link ReportedSpeech}, because the noun's content and speaker hang
 * on it differently in the parse.
 */
final class SpeechNouns {

    private final CueLexicon lex;
    private final Complements complements;

    SpeechNouns(CueLexicon lex, Complements complements) {
        this.lex = lex;
        this.complements = complements;
    }

    /**
     * Statements named by a noun: "his claim that …" and "the report's conclusion that …" (the clause),
     * "Trump's attacks on …" and "her pledge to …" when a possessor says whose they are.
     */
    void find(Analysis a, DepTree t, List<QuoteMarks.Region> regions, List<Span> directInner,
              List<Candidate> out, Set<Span> taken) {
        for (int n = 0; n < t.size(); n++) {
            Token tok = t.token(n);
            if (!tok.isNoun() || !lex.speechNoun(tok.lemma()) || StanceTrees.insideAny(tok.span(), directInner)) {
                continue;
            }
            int poss = t.child(n, "nmod:poss");
            int h = t.head(n);
            if ((poss < 0 || t.token(poss).isPronoun() || "PRP$".equals(t.token(poss).pos())) && h >= 0
                    && t.rel(n).equals("obj") && t.child(h, "nsubj") >= 0) {
                poss = t.child(h, "nsubj"); // "He repeated his claim that …": whoever repeats it made it
            }
            Span content = null;
            for (int d : t.children(n)) {
                if (d <= n) {
                    continue;
                }
                String r = t.baseRel(d);
                if ((r.equals("acl") || r.equals("ccomp")) && Phrases.startsWithThat(t, d)) {
                    content = complements.withoutLeadingMark(t, d);
                    break;
                }
                if (r.equals("ccomp") && ReportShapes.opensWithThat(t, n, d)) {
                    content = ReportShapes.afterThat(t, d); // "concern that …" with "that" misread as a pronoun
                    break;
                }
                if (poss >= 0 && r.equals("acl") && Phrases.hasMarkTo(t, d)) {
                    content = t.span(d); // "her pledge to cut taxes"
                    break;
                }
                if (poss >= 0 && r.equals("nmod") && Complements.TOPIC_CASES.contains(Phrases.caseOf(t, d)) && !Complements.isTime(t.token(d))) {
                    content = Phrases.withoutCase(t, d); // "Trump's claims about the test"
                    break;
                }
            }
            if (content == null && poss >= 0 && !ReportShapes.place(t.token(poss))) {
                content = ReportShapes.nounInfinitive(t, n); // "Obama's decision to …" read as the infinitive's subject
            }
            if (content == null) {
                continue;
            }
            content = Contents.trim(a.text(), content);
            if (content.length() < 3 || taken.contains(content) || Contents.coveredByDirect(content, directInner)) {
                continue;
            }
            Quote.Kind kind = Contents.containsRegion(content, regions, directInner) ? Quote.Kind.MIXED : Quote.Kind.INDIRECT;
            out.add(new Candidate(kind, content, tok.span(), poss, poss >= 0 ? Phrases.subjectSpan(a, t, poss) : null, false));
            taken.add(content);
        }
    }
}
