package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Span;

/**
 * Finds the stretches of text between double quotation marks as wire copy really writes them: curly or
 * straight, mismatched (“…"), nested, and running over paragraphs (a paragraph that ends inside a quote and
 * a next paragraph that opens with the same kind of mark continue the same quote). Single marks are left
 * alone at the top level: they are apostrophes too often to be trusted.
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
        int openLen = 1;
        int depth = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' && open >= 0) {
                // A paragraph ends inside a quote: it goes on only if the next paragraph opens with a mark.
                int j = i;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                int len = j < n ? markLength(text, j) : 0;
                // Typesetters continue a quote with the mark that opened it; a paragraph opening with another
                // kind ("… a block quote in straight marks, then “a quote of its own”) starts afresh.
                if (len > 0 && leftFlanking(text, j, len) && family(text.charAt(j)) == family(text.charAt(open))) {
                    i = j + len - 1;
                    continue;
                }
                close(out, open, openLen, trimEnd(text, i), 0);
                open = -1;
                depth = 0;
                continue;
            }
            int len = markLength(text, i);
            if (len == 0) {
                continue;
            }
            boolean left = leftFlanking(text, i, len);
            boolean right = rightFlanking(text, i, len);
            if (open < 0) {
                // Any double mark with space before and text after opens, even a wrongly turned ” (as typed).
                if (left || isOpening(c) && !right || paragraphOpening(text, i, len)) {
                    open = i;
                    openLen = len;
                    depth = 0;
                }
            } else if (left && !right) {
                depth++;
            } else if (depth > 0) {
                depth--;
            } else {
                close(out, open, openLen, i + len, len);
                open = -1;
            }
            i += len - 1;
        }
        if (open >= 0) {
            close(out, open, openLen, trimEnd(text, n), 0);
        }
        return out;
    }

    /** Which set of marks a mark belongs to: straight, curly (“ ” „), guillemets, or doubled single marks. */
    static int family(char c) {
        if (c == '"') {
            return 0;
        }
        if (c == '«' || c == '»') {
            return 2;
        }
        if (c == '\'' || c == '`') {
            return 3;
        }
        return 1;
    }

    /** The length of a double quotation mark at {@code i}: 1 for “ ” " „ « », 2 for '' and ``, else 0. */
    static int markLength(String text, int i) {
        char c = text.charAt(i);
        if (isQuote(c)) {
            return 1;
        }
        if ((c == '\'' || c == '`') && i + 1 < text.length() && text.charAt(i + 1) == c) {
            return 2;
        }
        return 0;
    }

    private static void close(List<Region> out, int open, int openLen, int end, int closeLen) {
        int innerEnd = end - closeLen;
        if (innerEnd <= open + openLen) {
            return;
        }
        out.add(new Region(new Span(open, end), new Span(open + openLen, innerEnd)));
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** A mark with space (or start, or an opening bracket) before it and a non-space after it opens. */
    static boolean leftFlanking(String text, int i, int len) {
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-/―".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + len < text.length() && !Character.isWhitespace(text.charAt(i + len));
        return before && after;
    }

    /** A mark that opens its paragraph opens a quote, whichever way it is turned ("” … what I learned"). */
    static boolean paragraphOpening(String text, int i, int len) {
        int b = i;
        while (b > 0 && text.charAt(b - 1) != '\n' && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        int a = i + len;
        while (a < text.length() && text.charAt(a) == ' ') {
            a++;
        }
        return (b == 0 || text.charAt(b - 1) == '\n') && a < text.length() && !Character.isWhitespace(text.charAt(a));
    }

    static boolean rightFlanking(String text, int i, int len) {
        boolean before = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean after = i + len >= text.length() || Character.isWhitespace(text.charAt(i + len))
                || ".,;:!?)]}—–-―".indexOf(text.charAt(i + len)) >= 0 || markLength(text, i + len) > 0;
        return before && after;
    }

    /**
     * A nickname set in a name (Marcia “Cia” Price, Robert C. "Bobby" Scott): one or two capitalised words
     * between capitalised words of the name, with no punctuation of their own. It quotes nobody.
     */
    static boolean isNickname(String text, Region r) {
        String inner = r.inner().of(text);
        if (!inner.matches("\\p{Lu}[\\p{L}'’-]*( \\p{Lu}[\\p{L}'’-]*)?")) {
            return false;
        }
        int b = r.outer().begin();
        int e = r.outer().end();
        if (b < 2 || e + 1 >= text.length() || text.charAt(b - 1) != ' ' || text.charAt(e) != ' ') {
            return false;
        }
        int w = b - 2;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        return Character.isUpperCase(text.charAt(w)) && Character.isUpperCase(text.charAt(e + 1));
    }
}
