package org.sitrep.extract.quote;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Plain-text measures of a statement's content span: whitespace trimmed off, quotation-mark tokens, paragraph
 * breaks, word counts, and how a span lies against the article's quotations (holding one, or mostly covered by
 * direct quotes). One copy shared by every finder, so that a content is measured one way. Stateless.
 */
final class Contents {

    private Contents() {
    }

    /** Whitespace trimmed off both ends. */
    static Span trim(String text, Span s) {
        int b = s.begin();
        int e = s.end();
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(b, e);
    }

    /** Whether a token is a quotation mark, straight, curly or in the tokenizer's ``/'' spelling. */
    static boolean isQuoteToken(Token t) {
        String w = t.word();
        return w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("`")
                || w.equals("'") && t.pos() != null && t.pos().equals("''");
    }

    /** How many line breaks (paragraph ends) a stretch of text holds. */
    static int paragraphBreaks(String between) {
        return (int) Pattern.compile("\n\\s*").matcher(between).results().count();
    }

    /** Whether the content overlaps a quotation that is not itself a direct quote: it is then a mixed quote. */
    static boolean containsRegion(Span content, List<QuoteMarks.Region> regions, List<Span> directInner) {
        for (QuoteMarks.Region r : regions) {
            if (r.outer().overlaps(content) && !directInner.contains(r.inner())) {
                return true;
            }
        }
        return false;
    }

    /** Whether direct quotes fill most of the content ("“A,” he said, “B.”" is one direct quote, not reported speech). */
    static boolean coveredByDirect(Span content, List<Span> directInner) {
        int covered = 0;
        for (Span d : directInner) {
            covered += Math.max(0, Math.min(d.end(), content.end()) - Math.max(d.begin(), content.begin()));
        }
        return covered > content.length() / 2;
    }

    /** The number of whitespace-separated words in the span. */
    static int wordCount(Analysis a, Span s) {
        return s.of(a.text()).trim().split("\\s+").length;
    }
}
