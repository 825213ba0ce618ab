package org.sitrep.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.TimeExpression;

/**
 * Drops what SUTime tags but a reader (and TimeML) does not count as a time: ages ("a 6-year-old"),
 * frequency adjectives ("quarterly report"), adverbs that place nothing ("once", "previously"), a bare
 * "day" or "year" inside a name or compound ("Women's Day", "fiscal year"), "the SEC", an ordinal or
 * a fraction ("a second group", "three-quarters"), a month name used as a word ("Jan Kavan", "the March"),
 * and "Now," opening a sentence as a discourse marker.
 */
final class SpuriousFilter {

    private static final Set<String> VAGUE = Set.of("once", "previously", "future", "quarterly", "annual",
            "annually", "present", "past", "day", "year", "biannual", "semiannual");
    private static final Pattern AGE = Pattern.compile("(?i).*\\b(year|month|week|day)s?[- ]old\\b.*");

    /** "a second group", "three-quarters of the vote". */
    private static final Pattern NOT_TIME = Pattern.compile("(?i)^(a second|(about |some |nearly )?(one|two|three)[- ]quarters?)$");
    private static final Pattern MONTH_WORD = Pattern.compile("(?i)^(jan|march|may)$");

    private SpuriousFilter() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>();
        String text = a.text();
        for (TimeExpression t : times) {
            String s = t.span().of(text);
            String lower = s.toLowerCase(Locale.ROOT);
            if (VAGUE.contains(lower) || AGE.matcher(s).matches() || age(text, t) || s.matches("(?i)(the )?SEC")
                    && s.endsWith("SEC") || NOT_TIME.matcher(s).matches() || monthAsWord(text, t, s) || inTitle(text, t)
                    || compoundTail(text, t) || discourseNow(text, t, s)) {
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /** A month name used as a word: a first name ("Jan Kavan") or a noun ("the March of the Mothers"). */
    private static boolean monthAsWord(String text, TimeExpression t, String s) {
        if (!MONTH_WORD.matcher(s).matches()) {
            return false;
        }
        String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 3));
        String before = text.substring(Math.max(0, t.span().begin() - 4), t.span().begin());
        return after.matches("^ [A-Z][a-z].*") || before.matches("(?i).*(the |``|\"|“)$");
    }

    private static final Pattern OPEN_QUOTE = Pattern.compile("(``|\"|“|(?<![A-Za-z])')(?=\\S)");
    private static final Pattern CLOSE_QUOTE = Pattern.compile("(?<=\\S)(''|\"|”|'(?![A-Za-z]))");
    private static final Pattern TITLE_WORD = Pattern.compile("[A-Z0-9][\\w'-]*|of|the|a|an|and|with|in|on|at|for|to");

    /**
     * The name of a show, film or campaign in quotes ("This Week," "60 Minutes," "High Noon," "Spring of
     * Life"): a short quotation of two to six words, every one capitalised but the small ones.
     */
    private static boolean inTitle(String text, TimeExpression t) {
        int from = Math.max(0, t.span().begin() - 30);
        Matcher open = OPEN_QUOTE.matcher(text).region(from, t.span().begin() + 1).useTransparentBounds(true);
        int start = -1;
        while (open.find()) {
            start = open.end();
        }
        if (start < 0 || start > t.span().begin()) {
            return false;
        }
        Matcher close = CLOSE_QUOTE.matcher(text).region(t.span().end(), Math.min(text.length(), t.span().end() + 40))
                .useTransparentBounds(true);
        if (!close.find()) {
            return false;
        }
        String quoted = text.substring(start, close.start()).replaceAll("[,.!?]+$", "");
        if (quoted.matches("(?s).*[\"“”`,;:.!?].*") || quoted.contains("''")) {
            return false;
        }
        String[] words = quoted.trim().split("\\s+");
        if (words.length < 2 || words.length > 6 || !Character.isUpperCase(words[0].charAt(0))
                && !Character.isDigit(words[0].charAt(0))) {
            return false;
        }
        for (String w : words) {
            if (!TITLE_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern COMPOUND_HEAD = Pattern.compile("(?i)[a-z]+-$");
    /** "more than a quarter of the market": a fraction; "a quarter of 1989", "of the year" are times. */
    private static final Pattern FRACTION_OF = Pattern.compile("(?i)^\\s+of\\s+(?!(?:the |this |last |next )?(?:fiscal )?"
            + "(?:year|\\d{4})\\b)");
    private static final Pattern QUARTER_COMPOUND = Pattern.compile("(?i)^-(century|to-|point|percent)");

    /**
     * A unit inside a hyphenated compound that is no length: "last-minute", "quarter-century",
     * "quarter-to-quarter comparison"; and a quarter that is a fraction ("a quarter of the market").
     */
    private static boolean compoundTail(String text, TimeExpression t) {
        String before = text.substring(Math.max(0, t.span().begin() - 12), t.span().begin());
        String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 30));
        boolean length = t.value() != null && t.value().startsWith("P");
        if (length && t.span().of(text).toLowerCase(Locale.ROOT).endsWith("quarter") && FRACTION_OF.matcher(after).find()) {
            return true;
        }
        return length && COMPOUND_HEAD.matcher(before).find() && !before.matches("(?is).*\\b(mid|early|late|pre|post)-$")
                || t.span().of(text).toLowerCase(Locale.ROOT).endsWith("quarter") && QUARTER_COMPOUND.matcher(after).find();
    }

    /**
     * "Now, he says, ..." at the head of a sentence: a discourse marker that turns the argument, not a
     * time (TimeML tags "now" only where it places something in the present).
     */
    private static boolean discourseNow(String text, TimeExpression t, String s) {
        return s.equals("Now") && text.startsWith(",", t.span().end());
    }

    /** "52 years old": SUTime tags the duration, the word after it says it is an age. */
    private static boolean age(String text, TimeExpression t) {
        int e = t.span().end();
        return text.startsWith(" old", e) || text.startsWith("-old", e);
    }
}
