package org.sitrep.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * A participle of saying after a preposition whose clause the parser hung elsewhere: "began by saying he would
 * never diagnose anyone", "aside from saying he wants a diverse delegation". The parser reads the participle as a
 * phrase of the clause that follows it; on the surface, that clause is what was said, by the subject of the
 * clause the participle's phrase belongs to.
 */
final class Participles {

    private Participles() {
    }

    static void find(Analysis a, DepTree t, Subjects subjects, CueLexicon lex, List<QuoteMarks.Region> regions,
                     List<Span> directInner, List<Candidate> out, Set<Span> taken) {
        for (int v = 0; v + 2 < t.size(); v++) {
            Token tok = t.token(v);
            if (!"VBG".equals(tok.pos()) || !lex.clauseVerb(tok.lemma()) || !t.baseRel(v).equals("obl")
                    || t.child(v, "case") < 0 || ownComplement(t, v) || covered(tok.span(), out)) {
                continue;
            }
            int w = clauseAfter(t, v);
            if (w < 0) {
                continue;
            }
            List<Integer> sub = t.subtree(w);
            int hi = sub.get(sub.size() - 1);
            while (hi > v + 1 && Frames.isPunct(t, hi)) {
                hi--;
            }
            Span content = Contents.trim(a.text(), new Span(t.token(v + 1).span().begin(), t.token(hi).span().end()));
            int speaker = speaker(t, v, v + 1, hi);
            if (content.length() < 3 || taken.contains(content) || StanceTrees.insideAny(content, directInner)) {
                continue;
            }
            Quote.Kind kind = Contents.containsRegion(content, regions, directInner) ? Quote.Kind.MIXED : Quote.Kind.INDIRECT;
            out.add(new Candidate(kind, content, tok.span(), speaker, speaker >= 0 ? Phrases.subjectSpan(a, t, speaker) : null, false));
            taken.add(content);
        }
        misread(a, t, subjects, lex, regions, directInner, out, taken);
    }

    /** Words before a participle of saying that open a clause of its own: ", suggesting …", "After saying …". */
    private static final Set<String> OPENERS = Set.of(",", "and", "after", "before", "by", "while", "when", "without");

    /**
     * "Rendell recalled, suggesting the second debate erased all memory …", "Claiming the criticism is designed to
     * pressure moderators, Trump told …": the parser made the reported subject the participle's object and hung
     * its verb elsewhere. On the surface, a noun phrase and a finite verb right after the participle are what was
     * said, up to a new frame or, for a fronted participle, the main clause whose subject is the speaker.
     */
    private static void misread(Analysis a, DepTree t, Subjects subjects, CueLexicon lex, List<QuoteMarks.Region> regions,
                                List<Span> directInner, List<Candidate> out, Set<Span> taken) {
        for (int v = 0; v + 3 < t.size(); v++) {
            Token tok = t.token(v);
            int sentence = tok.sentence();
            boolean first = v == 0 || t.token(v - 1).sentence() != sentence;
            if (!"VBG".equals(tok.pos()) || !lex.clauseVerb(tok.lemma()) || t.child(v, "ccomp") >= 0
                    || !first && !OPENERS.contains(t.token(v - 1).word().toLowerCase(Locale.ROOT))
                    || StanceTrees.insideAny(tok.span(), directInner) || StanceTrees.cued(tok.span(), out)) {
                continue;
            }
            boolean fronted = first || v == 1 || t.token(v - 2).sentence() != sentence;
            int k = v + 1;
            if (t.token(k).word().equalsIgnoreCase("that")) {
                k++;
            }
            int j = k;
            while (j < t.size() && j - k < 8 && t.token(j).sentence() == sentence && subjectWord(t.token(j))) {
                j++;
            }
            if (j == k || j >= t.size() || t.token(j).sentence() != sentence || !finite(t, j)) {
                continue;
            }
            int end = j;
            int speaker = -1;
            while (end + 1 < t.size() && t.token(end + 1).sentence() == sentence) {
                int n = end + 1;
                String w = t.token(n).word();
                if (w.equals(";")) {
                    break;
                }
                if (w.equals(",")) {
                    int m = n + 1;
                    while (m < t.size() && Contents.isQuoteToken(t.token(m))) {
                        m++;
                    }
                    if (m < t.size() && t.token(m).sentence() == sentence && ("VBG".equals(t.token(m).pos()) && lex.speechVerb(t.token(m).lemma()))) {
                        break;
                    }
                    // A fronted participle ends where the main clause begins; its subject is the speaker.
                    int x = m;
                    for (int steps = 0; steps < 6 && x < t.size() && !t.baseRel(x).startsWith("nsubj") && t.head(x) > x; steps++) {
                        x = t.head(x); // "Tom Becker": from the first word of the subject to its head
                    }
                    if (fronted && x < t.size() && t.baseRel(x).startsWith("nsubj") && t.head(x) > x) {
                        speaker = x;
                        break;
                    }
                }
                end = n;
            }
            if (!fronted) {
                speaker = subjects.subjectOf(t, v);
                speaker = speaker >= 0 ? speaker : speaker(t, v, k, end); // "each touting … and saying …"
            }
            while (end > k && Frames.isPunct(t, end) && !Contents.isQuoteToken(t.token(end))) {
                end--;
            }
            Span content = Contents.trim(a.text(), new Span(t.token(k).span().begin(), t.token(end).span().end()));
            if (end - k < 2 || speaker < 0 || taken.contains(content) || StanceTrees.insideAny(content, directInner)
                    || lex.weakVerb(tok.lemma()) && !Subjects.personSubject(t, speaker)) {
                continue;
            }
            Quote.Kind kind = Contents.containsRegion(content, regions, directInner) ? Quote.Kind.MIXED : Quote.Kind.INDIRECT;
            out.add(new Candidate(kind, content, tok.span(), speaker, Phrases.subjectSpan(a, t, speaker), false));
            taken.add(content);
        }
    }

    /** A word of the reported clause's subject: a noun phrase without prepositions other than "of". */
    private static boolean subjectWord(Token x) {
        String p = x.pos() == null ? "" : x.pos();
        return Frames.nounPhraseToken(x) && !p.equals("CC") && (!p.equals("IN") || x.word().equalsIgnoreCase("of"));
    }

    /** A finite verb, or a past form with an object and no auxiliary ("the debate erased all memory"). */
    private static boolean finite(DepTree t, int j) {
        String p = t.token(j).pos() == null ? "" : t.token(j).pos();
        return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")
                || p.equals("VBN") && t.child(j, "obj") >= 0 && t.child(j, "aux") < 0 && t.child(j, "aux:pass") < 0;
    }

    /** Whether the participle has its own clause or object ("by saying that …" parsed well is read as usual). */
    private static boolean ownComplement(DepTree t, int v) {
        for (int d : t.children(v)) {
            String r = t.baseRel(d);
            if (d > v && (r.equals("ccomp") || r.equals("obj") || r.equals("xcomp") || r.equals("parataxis"))) {
                return true;
            }
        }
        return false;
    }

    /** A finite verb whose subject opens right after the participle: the clause the parser hung elsewhere. */
    private static int clauseAfter(DepTree t, int v) {
        int s = v + 1;
        if (!t.baseRel(s).equals("nsubj")) {
            return -1;
        }
        int w = t.head(s);
        return w > s && t.token(w).isVerb() && t.subtree(w).get(0) <= s ? w : -1;
    }

    /** The nearest subject up the tree from the participle, outside what was said. */
    private static int speaker(DepTree t, int v, int lo, int hi) {
        int cur = t.head(v);
        for (int steps = 0; steps < 8 && cur >= 0; steps++) {
            if (cur < lo || cur > hi) {
                int s = t.child(cur, "nsubj");
                if (s >= 0 && (s < lo || s > hi)) {
                    return s;
                }
            }
            cur = t.head(cur);
        }
        return -1;
    }

    private static boolean covered(Span cue, List<Candidate> out) {
        return StanceTrees.nested(cue, out) || out.stream().anyMatch(c -> cue.equals(c.cue()));
    }
}
