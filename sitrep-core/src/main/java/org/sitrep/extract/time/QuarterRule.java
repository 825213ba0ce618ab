package org.sitrep.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * Business news counts in quarters, which SUTime mostly leaves alone: "the third quarter", "fourth-quarter",
 * "the latest quarter" (the quarter last reported on), "the year-earlier quarter" (the same quarter a year
 * before). A quarter without a year is the one of the anchor's year, or of the year before when told in the
 * past and not yet begun at the anchor.
 */
final class QuarterRule {

    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(?:(the|its|this year's|last year's|the year-earlier|"
            + "the year-ago|a year-earlier)\\s+)?(?:fiscal\\s+)?(first|second|third|fourth)[- ](quarter|period)\\b");
    private static final Pattern LATEST = Pattern.compile("(?i)\\b(the|this|its) (latest|current|recent|most recent)? ?quarter\\b|"
            + "\\b(the|its) latest period\\b|\\bthe year-(earlier|ago) (quarter|period)\\b");
    private static final String[] ORDINALS = {"first", "second", "third", "fourth"};

    private QuarterRule() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times, LocalDate anchor) {
        if (anchor == null) {
            return times;
        }
        String text = a.text();
        List<TimeExpression> out = times;
        List<int[]> found = new ArrayList<>();
        Matcher m = ORDINAL.matcher(text);
        while (m.find()) {
            if (m.group(3).equalsIgnoreCase("period") && m.group(1) == null) {
                continue;
            }
            int q = List.of(ORDINALS).indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
            String det = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            int begin = m.start();
            // TimeML leaves the article of "the third-quarter loss" to the noun the adjective modifies, and
            // a possessive ("its third quarter") out of the expression.
            if (det.equals("its") || det.equals("the") && text.charAt(m.start(3) - 1) == '-') {
                begin = m.end(1);
                while (Character.isWhitespace(text.charAt(begin))) {
                    begin++;
                }
            }
            Span whole = new Span(m.start(), m.end());
            Span span = new Span(begin, m.end());
            if (explicitYearNear(text, whole) || coveredByLonger(out, whole)) {
                continue;
            }
            int year = anchor.getYear();
            if (q > Times.quarterOf(anchor) && Tense.of(a, span) != Tense.FUTURE) {
                year--;
            }
            if (det.contains("year-") || det.startsWith("last year")) {
                year--;
            }
            // A fiscal quarter "ended Sept. 30" is over whatever calendar quarter its number names.
            found.add(new int[] {span.begin(), year, q, endedOn(text, span, anchor) != null ? 1 : 0});
            out = Times.replace(out, new TimeExpression(span, "DATE", Times.quarter(year, q), null));
        }
        out = yearEarlier(a, out, found, anchor);
        Matcher same = SAME_YEAR_BEFORE.matcher(text);
        while (same.find()) {
            Span span = new Span(same.start(), same.end());
            int[] ref = lastReported(found, span, anchor);
            LocalDate last = anchor.minusMonths(3);
            int year = (ref != null ? ref[1] : last.getYear()) - 1;
            int q = ref != null ? ref[2] : Times.quarterOf(last);
            out = Times.replace(out, new TimeExpression(span, "DATE", Times.quarter(year, q), null));
        }
        Matcher l = LATEST.matcher(text);
        while (l.find()) {
            Span span = new Span(l.start(), l.end());
            // "its quarter-century low", "the quarter-to-quarter comparison": a compound, not a quarter.
            if (coveredByLonger(out, span) || text.startsWith("-", span.end())) {
                continue;
            }
            String s = l.group().toLowerCase(Locale.ROOT);
            int[] ref = lastReported(found, span, anchor);
            int year;
            int q;
            if (s.contains("current") || s.startsWith("this")) {
                year = anchor.getYear();
                q = Times.quarterOf(anchor);
            } else if (endedOn(text, span, anchor) != null) {
                LocalDate d = endedOn(text, span, anchor);
                year = d.getYear();
                q = Times.quarterOf(d);
            } else if (ref != null) {
                year = ref[1];
                q = ref[2];
            } else {
                LocalDate last = anchor.minusMonths(3);
                year = last.getYear();
                q = Times.quarterOf(last);
            }
            if (s.contains("year-")) {
                year--;
            }
            out = Times.replace(out, new TimeExpression(span, "DATE", Times.quarter(year, q), null));
        }
        return out;
    }

    /**
     * "last year's quarter", "the corresponding period last year", "the comparable year-ago quarter", "the
     * quarter a year ago": the quarter of the story, a year before.
     */
    private static final Pattern SAME_YEAR_BEFORE = Pattern.compile("(?i)\\blast year's (?:quarter|period)\\b|\\bthe "
            + "(?:corresponding|comparable|same) (?:year-(?:ago|earlier) (?:quarter|period)\\b|(?:quarter|period) (?:of )?"
            + "(?:last year|a year (?:ago|earlier))\\b)|\\bthe (?:quarter|period) a year (?:ago|earlier)\\b");
    private static final Pattern YEAR_EARLIER = Pattern.compile("(?i)\\byear-(earlier|ago)\\b");
    private static final Pattern YEAR_PERIOD = Pattern.compile("(?i)\\bthe ((?:19|20)\\d\\d) (quarter|period)\\b");

    /**
     * The adjectives "year-earlier" and "year-ago" ("a year-earlier loss"), which SUTime reads as "a year",
     * and "the 1988 period": the quarter of the story, in the year named or the year before.
     */
    private static List<TimeExpression> yearEarlier(Analysis a, List<TimeExpression> times, List<int[]> found,
                                                    LocalDate anchor) {
        String text = a.text();
        List<TimeExpression> out = times;
        for (Pattern p : List.of(YEAR_EARLIER, YEAR_PERIOD)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                String after = text.substring(span.end(), Math.min(text.length(), span.end() + 30)).toLowerCase(Locale.ROOT);
                if (p == YEAR_EARLIER && (after.matches("^\\s+(\\w+\\s+)?(quarter|period).*") || coveredByLonger(out, span))) {
                    continue;
                }
                int[] ref = lastReported(found, span, anchor);
                boolean quarterStory = ref != null || text.substring(0, span.begin()).toLowerCase(Locale.ROOT).contains("quarter");
                LocalDate last = anchor.minusMonths(3);
                int refYear = ref != null ? ref[1] : last.getYear();
                int q = ref != null ? ref[2] : Times.quarterOf(last);
                int year = p == YEAR_PERIOD ? Integer.parseInt(m.group(1)) : refYear - 1;
                String value = quarterStory ? Times.quarter(year, q) : Integer.toString(year);
                out = Times.replace(out, new TimeExpression(span, "DATE", value, null));
            }
        }
        return out;
    }

    /**
     * The last quarter named before {@code span} that had ended by the anchor: "the latest quarter" and "the
     * year-ago period" refer to results reported, not to the quarter a charge is expected in.
     */
    private static int[] lastReported(List<int[]> found, Span span, LocalDate anchor) {
        int[] ref = null;
        for (int[] f : found) {
            if (f[0] < span.begin() && (f[3] == 1 || Times.quarterEnded(f[1], f[2], anchor))) {
                ref = f;
            }
        }
        return ref;
    }

    private static final Pattern ENDED = Pattern.compile("(?i)^\\s+end(?:ed|ing)\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
            + "[a-z]*\\.?\\s+(\\d{1,2})\\b");

    /** "the quarter ended Sept. 30": the quarter holding that day (of the year nearest the anchor). */
    static LocalDate endedOn(String text, Span s, LocalDate anchor) {
        Matcher m = ENDED.matcher(text.substring(s.end(), Math.min(text.length(), s.end() + 24)));
        if (!m.find()) {
            return null;
        }
        int month = DateInference.month(m.group(1));
        int day = Integer.parseInt(m.group(2));
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear(); y++) {
            try {
                LocalDate d = LocalDate.of(y, month, day);
                if (!d.isAfter(anchor)) {
                    best = d;
                }
            } catch (java.time.DateTimeException e) {
                // no such day that year
            }
        }
        return best;
    }

    /** "the third quarter of 1989", "1989's third quarter": SUTime resolved those already. */
    private static boolean explicitYearNear(String text, Span s) {
        String before = text.substring(Math.max(0, s.begin() - 8), s.begin());
        String after = text.substring(s.end(), Math.min(text.length(), s.end() + 10));
        return before.matches("(?s).*\\d{4}('s)?\\s*$") || after.matches("(?s)^(,? of|,)?\\s*\\d{4}.*");
    }

    private static boolean coveredByLonger(List<TimeExpression> times, Span s) {
        return times.stream().anyMatch(t -> t.span().contains(s) && t.span().length() > s.length()
                && t.value() != null && t.value().contains("Q"));
    }
}
