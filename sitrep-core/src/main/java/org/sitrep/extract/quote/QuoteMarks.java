package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Span;

/**
 * Finds the stretches of text between double quotation marks as wire copy really writes them: curly or
 * straight, mismatched (“…"), nested, and running over paragraphs (a paragraph that ends inside a quote and
 * a next paragraph that opens with a mark continue the same quote). Single marks are left alone at the top
 * level: they are apostrophes too often to be trusted.
 */
public final class QuoteMarks {

    private QuoteMarks() {
    }

    /** A quoted stretch: {@code outer} includes the marks, {@code inner} is what lies between them. */
    public record Region(Span outer, Span inner) {
    }

    static boolean isOpening(char c) {
        return c == '“' || c == '„' || c == '«';
    }

    static boolean isClosing(char c) {
        return c == '”' || c == '»';
    }

    static boolean isQuote(char c) {
        return c == '"' || isOpening(c) || isClosing(c);
    }

    /** All top-level quoted regions of a text, in order. */
    public static List<Region> find(String text) {
        List<Region> out = new ArrayList<>();
        int n = text.length();
        int open = -1;
        int depth = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' && open >= 0) {
                // A paragraph ends inside a quote: it goes on only if the next paragraph opens with a mark.
                int j = i;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < n && (isOpening(text.charAt(j)) || text.charAt(j) == '"')) {
                    i = j;
                    continue;
                }
                close(out, text, open, trimEnd(text, i), false);
                open = -1;
                depth = 0;
                continue;
            }
            if (!isQuote(c)) {
                continue;
            }
            boolean leftFlanking = leftFlanking(text, i);
            if (open < 0) {
                if (isOpening(c) || c == '"' && leftFlanking) {
                    open = i;
                    depth = 0;
                }
                continue;
            }
            if (isOpening(c) || c == '"' && leftFlanking && !rightFlanking(text, i)) {
                depth++;
            } else if (depth > 0) {
                depth--;
            } else {
                close(out, text, open, i + 1, true);
                open = -1;
            }
        }
        if (open >= 0) {
            close(out, text, open, trimEnd(text, n), false);
        }
        return out;
    }

    private static void close(List<Region> out, String text, int open, int end, boolean closed) {
        int innerEnd = closed ? end - 1 : end;
        if (innerEnd <= open + 1) {
            return;
        }
        out.add(new Region(new Span(open, end), new Span(open + 1, innerEnd)));
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** A mark with space (or start, or an opening bracket) before it and a non-space after it opens. */
    static boolean leftFlanking(String text, int i) {
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    static boolean rightFlanking(String text, int i) {
        boolean before = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean after = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                || ".,;:!?)]}—–-".indexOf(text.charAt(i + 1)) >= 0;
        return before && after;
    }
}
