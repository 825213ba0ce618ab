package org.sitrep.extract.quote;

import java.util.List;
import java.util.Locale;
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
                if (r.equals("ccomp") && opensWithThat(t, n, d)) {
                    content = afterThat(t, d); // "concern that …" with "that" misread as a pronoun
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
            if (content == null && poss >= 0 && !place(t.token(poss))) {
                content = nounInfinitive(t, n); // "Obama's decision to …" read as the infinitive's subject
            }
            if (content == null) {
                continue;
            }
            content = Contents.trim(a.text(), content);
            if (content.length() < 3 || taken.contains(content) || Contents.coveredByDirect(content, directInner)) {
                continue;
            }
            Quote.Kind kind = Contents.containsRegion(content, regions, directInner) ? Quote.Kind.MIXED : Quote.Kind.INDIRECT;
            int source = poss >= 0 ? poss : source(t, n, content);
            out.add(new Candidate(kind, content, tok.span(), source, source >= 0 ? Phrases.withoutLeadingCase(a, t, source) : null, false));
            taken.add(content);
        }
    }

    /**
     * Whose statement a noun without a possessor names: "warnings from his attorney" and "calls … by the council"
     * (the phrase after "from"/"by"), "a New York Times report" (a name or a body before it), "persisted in arguments
     * that …" (the subject of the clause the noun completes).
     */
    private int source(DepTree t, int n, Span content) {
        for (int d : t.children(n)) {
            String cs = Phrases.caseOf(t, d);
            if (t.baseRel(d).equals("nmod") && ("from".equals(cs) || "by".equals(cs)) && t.token(d).span().end() <= content.begin()
                    && Subjects.personSubject(t, d) && !Complements.isTime(t.token(d))) {
                return d;
            }
        }
        int compound = -1;
        for (int d : t.children(n)) {
            if (d < n && t.rel(d).equals("compound")) {
                compound = d;
            }
        }
        if (compound >= 0) {
            Token c = t.token(compound);
            String lemma = c.lemma() == null ? c.word().toLowerCase(Locale.ROOT) : c.lemma().toLowerCase(Locale.ROOT);
            boolean name = c.pos().startsWith("NNP") && !place(c) && !"DATE".equals(c.ner());
            return name || lex.organisationNoun(lemma) || lex.personRole(lemma) || lex.anonymous(lemma) ? compound : -1;
        }
        int h = t.head(n);
        if (h >= 0 && t.baseRel(n).equals("obl") && t.token(h).isVerb()) {
            int s = t.child(h, "nsubj");
            return s >= 0 && s < n && Subjects.personSubject(t, s) ? s : -1;
        }
        return -1;
    }

    /** Whether the clause {@code c} under the noun {@code n} starts right after it with "that", whatever its label. */
    private static boolean opensWithThat(DepTree t, int n, int c) {
        int first = t.subtree(c).get(0);
        return first == n + 1 && t.token(first).word().equalsIgnoreCase("that") && c > first + 1;
    }

    /** The clause without its opening "that". */
    private static Span afterThat(DepTree t, int c) {
        List<Integer> sub = t.subtree(c);
        int last = sub.get(sub.size() - 1);
        while (last > c && Frames.isPunct(t, last)) {
            last--;
        }
        return new Span(t.token(sub.get(1)).span().begin(), t.token(last).span().end());
    }

    /**
     * "Obama's decision to jump-start relations …": a noun of saying or intending right before "to" that the
     * parser made the subject of the infinitive; the infinitive with what hangs on it, without the noun.
     */
    private static Span nounInfinitive(DepTree t, int n) {
        int to = n + 1;
        if (to >= t.size() || !"TO".equals(t.token(to).pos())) {
            return null;
        }
        int h = t.head(to);
        // As the root, the infinitive would be the sentence's own verb ("determination to … alarmed Seoul").
        if (h <= to || !t.token(h).isVerb() || t.head(n) != h || t.head(h) < 0) {
            return null;
        }
        List<Integer> sub = t.subtree(h);
        int last = sub.get(sub.size() - 1);
        while (last > h && Frames.isPunct(t, last)) {
            last--;
        }
        return new Span(t.token(to).span().begin(), t.token(last).span().end());
    }

    /** "Britain's decision to leave the EU": a country's decision is an act of state, told as an event. */
    private static boolean place(Token x) {
        String n = x.ner() == null ? "" : x.ner();
        return n.equals("LOCATION") || n.equals("COUNTRY") || n.equals("CITY") || n.equals("STATE_OR_PROVINCE");
    }
}
