package org.sitrep.extract.quote;

import java.util.List;
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

    static void find(Analysis a, DepTree t, QuoteFinder syntax, CueLexicon lex, List<QuoteMarks.Region> regions,
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
            Span content = QuoteFinder.trim(a.text(), new Span(t.token(v + 1).span().begin(), t.token(hi).span().end()));
            int speaker = speaker(t, v, v + 1, hi);
            if (content.length() < 3 || taken.contains(content) || StanceTrees.insideAny(content, directInner)) {
                continue;
            }
            Quote.Kind kind = ReportedSpeech.containsRegion(content, regions, directInner) ? Quote.Kind.MIXED : Quote.Kind.INDIRECT;
            out.add(new Candidate(kind, content, tok.span(), speaker, speaker >= 0 ? QuoteFinder.subjectSpan(a, t, speaker) : null, false));
            taken.add(content);
        }
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
        for (Candidate c : out) {
            if (c.content().contains(cue) || c.cue() != null && c.cue().equals(cue)) {
                return true;
            }
        }
        return false;
    }
}
