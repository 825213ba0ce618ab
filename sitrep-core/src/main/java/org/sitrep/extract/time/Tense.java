package org.sitrep.extract.time;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The tense a time expression is told in, from the nearest finite verb or modal of its sentence: news
 * says "said on Tuesday" of the Tuesday just gone and "will meet on Tuesday" of the one to come.
 */
enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN;

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo");
    private static final Set<String> PAST_MODALS = Set.of("would", "could", "might", "should");

    static Tense of(Analysis a, Span span) {
        Sentence s = a.sentenceAt(span.begin());
        if (s == null) {
            return UNKNOWN;
        }
        List<Token> tokens = a.tokensOf(s);
        Token best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Token t : tokens) {
            if (!finite(t) || span.contains(t.span())) {
                continue;
            }
            int d = t.span().begin() >= span.end() ? t.span().begin() - span.end() : span.begin() - t.span().end();
            // Reporting verbs after the expression ("..., he said") tell when it was said, not when it happens:
            // prefer a verb before the expression at equal footing by counting those after as farther.
            if (t.span().begin() >= span.end()) {
                d += 10;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = t;
            }
        }
        if (best == null) {
            return UNKNOWN;
        }
        String w = best.word().toLowerCase();
        if ("MD".equals(best.pos())) {
            return FUTURE_MODALS.contains(w) ? FUTURE : PAST_MODALS.contains(w) ? PAST : PRESENT;
        }
        if ("VBD".equals(best.pos())) {
            return PAST;
        }
        int i = best.index() - s.firstToken();
        // "is going to", "are to"; "has said" (present perfect tells of the past).
        if (i + 2 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("going")
                && tokens.get(i + 2).word().equalsIgnoreCase("to")) {
            return FUTURE;
        }
        if ((w.equals("has") || w.equals("have")) && i + 1 < tokens.size() && "VBN".equals(tokens.get(i + 1).pos())) {
            return PAST;
        }
        return PRESENT;
    }

    private static boolean finite(Token t) {
        String p = t.pos();
        return "VBD".equals(p) || "VBZ".equals(p) || "VBP".equals(p) || "MD".equals(p);
    }
}
