package org.sitrep.extract.quote;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * What someone called something when the parser broke the small clause: "Clinton called her vote in favor of the
 * war a mistake", "Moore called Mr. Obama's remarks on Saturday “a true wake-up call”". Two noun phrases side by
 * side after the object (a noun, then a determiner, an adjective or a quotation mark with no preposition between)
 * are the thing and what it is called; "called the police a few minutes later" names a time, not a judgement.
 */
final class SmallClauses {

    private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION", "SET");

    /** Words of a time the tagger may leave untagged: "a few minutes later", "a day after". */
    private static final Set<String> TIME_WORDS = Set.of("second", "minute", "hour", "day", "night", "week", "month",
            "year", "time", "moment", "while", "later", "ago", "earlier");

    private SmallClauses() {
    }

    static void find(Analysis a, DepTree t, Subjects subjects, CueLexicon lex, List<QuoteMarks.Region> regions,
                     List<Span> directInner, List<Candidate> out, Set<Span> taken) {
        for (int v = 0; v + 3 < t.size(); v++) {
            Token tok = t.token(v);
            int o = t.child(v, "obj");
            if (!tok.isVerb() || !lex.namingVerb(tok.lemma()) || covered(tok.span(), out)
                    || StanceTrees.insideAny(tok.span(), directInner)) {
                continue;
            }
            int end = clauseEnd(a, t, v, regions);
            if (o <= v) {
                continue;
            }
            int first = t.subtree(o).get(0);
            if (first <= v || end <= first || !sideBySide(a, t, first + 1, end)) {
                continue;
            }
            add(a, t, subjects, v, first, end, regions, directInner, out, taken);
        }
    }

    private static void add(Analysis a, DepTree t, Subjects subjects, int v, int first, int end,
                            List<QuoteMarks.Region> regions, List<Span> directInner, List<Candidate> out, Set<Span> taken) {
        int subject = subjects.subjectOf(t, v);
        if (subject < 0) {
            return;
        }
        Span content = Contents.trim(a.text(), new Span(t.token(first).span().begin(), t.token(end).span().end()));
        if (content.length() < 3 || taken.contains(content)) {
            return;
        }
        Quote.Kind kind = Contents.containsRegion(content, regions, directInner) ? Quote.Kind.MIXED : Quote.Kind.INDIRECT;
        out.add(new Candidate(kind, content, t.token(v).span(), subject, Phrases.subjectSpan(a, t, subject), false));
        taken.add(content);
    }

    /** Whether, between {@code lo} and {@code hi}, a noun is followed straight by the start of another noun phrase. */
    private static boolean sideBySide(Analysis a, DepTree t, int lo, int hi) {
        for (int k = lo; k <= hi; k++) {
            Token prev = t.token(k - 1);
            Token cur = t.token(k);
            String pos = cur.pos() == null ? "" : cur.pos();
            char c = cur.word().charAt(0);
            boolean opens = pos.equals("DT") || pos.startsWith("JJ") || QuoteMarks.isQuote(c) || c == '‘' || c == '`';
            if (prev.isNoun() && opens && !TIMES.contains(cur.ner()) && !time(t, k, hi)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the phrase opening at {@code k} is a time ("a few minutes later", "this morning"). */
    private static boolean time(DepTree t, int k, int hi) {
        for (int j = k; j <= Math.min(hi, k + 3); j++) {
            if (TIMES.contains(t.token(j).ner()) || TIME_WORDS.contains(t.token(j).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** The last word of the verb's clause: before a comma, a semicolon or the sentence end outside a quotation. */
    private static int clauseEnd(Analysis a, DepTree t, int v, List<QuoteMarks.Region> regions) {
        int k = v + 1;
        int last = v;
        for (; k < t.size() && t.token(k).sentence() == t.token(v).sentence(); k++) {
            String w = t.token(k).word();
            boolean quoted = inside(t.token(k).span(), regions);
            if (!quoted && (w.equals(",") || w.equals(";") || w.equals(":") || w.equals(".") || w.matches("-{1,2}|[—–]"))) {
                break;
            }
            last = k;
            if (k > v + 1 && t.token(k - 1).word().equals(",") && QuoteMarks.isQuote(w.charAt(0)) && !quoted) {
                break; // "a “rant,” a series of …": the comma set inside the closing mark ends the clause
            }
        }
        while (last > v && Frames.isPunct(t, last)) {
            last--;
        }
        return last;
    }

    private static boolean inside(Span s, List<QuoteMarks.Region> regions) {
        for (QuoteMarks.Region r : regions) {
            if (r.inner().contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(Span cue, List<Candidate> out) {
        return StanceTrees.nested(cue, out) || StanceTrees.cued(cue, out);
    }
}
