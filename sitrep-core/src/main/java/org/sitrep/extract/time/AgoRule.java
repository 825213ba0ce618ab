package org.sitrep.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * "Three years ago" names a year, not a day: TIMEX3 keeps the granularity of the unit (2020, 2020-09,
 * 2020-W38), where SUTime counts back to the exact day. Coordinated counts ("two and three years ago")
 * become one expression whose value spans both ("2020/2021").
 */
final class AgoRule {

    private static final String NUM = "(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "fifteen|twenty|thirty|forty|fifty|a few|several|some)";
    private static final Pattern AGO = Pattern.compile("(?i)^(?:(?:about|nearly|almost|some|roughly|around|more than|less than|over|"
            + "just over|just under|barely)\\s+)?" + NUM + "\\s+(year|month|week|day|decade)s?\\s+(ago|earlier|before)$");
    private static final Pattern COORDINATED = Pattern.compile("(?i)\\b" + NUM + "\\s+(?:and|or)\\s+" + NUM
            + "\\s+(year|month|week|day)s?\\s+ago\\b");

    /** How far back (characters) a quarter still sets the frame for "a year ago". */
    private static final int WINDOW = 600;
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(ago|earlier|year-|last year)");

    private AgoRule() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times, LocalDate anchor) {
        if (anchor == null) {
            return times;
        }
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : times) {
            Matcher m = AGO.matcher(t.span().of(a.text()));
            LocalDate d = Times.date(t.value());
            if (m.matches() && d != null && count(m.group(1)) > 0) {
                String unit = m.group(2).toLowerCase();
                String quarter = unit.equals("year") && count(m.group(1)) == 1 ? yearBeforeQuarter(a, out, t, anchor) : null;
                out.add(Times.withValue(t, quarter != null ? quarter : truncate(d, unit)));
            } else if (m.matches() && d != null && count(m.group(1)) == 0) {
                // "several years ago", "a few months earlier": a vague time before, not a day.
                out.add(new TimeExpression(t.span(), "DATE", "PAST_REF", t.mod()));
            } else {
                out.add(t);
            }
        }
        Matcher c = COORDINATED.matcher(a.text());
        while (c.find()) {
            int n1 = count(c.group(1));
            int n2 = count(c.group(2));
            if (n1 <= 0 || n2 <= 0) {
                continue;
            }
            String unit = c.group(3).toLowerCase();
            String near = truncate(back(anchor, unit, Math.min(n1, n2)), unit);
            String far = truncate(back(anchor, unit, Math.max(n1, n2)), unit);
            out = Times.replace(out, new TimeExpression(new Span(c.start(), c.end()), "DATE", far + "/" + near, null));
        }
        return out;
    }

    /**
     * In a results story "a year ago" is the same quarter a year before: the last quarter named before it,
     * or, when the story speaks of a quarter without naming it, the last one completed at the anchor.
     */
    private static String yearBeforeQuarter(Analysis a, List<TimeExpression> before, TimeExpression t, LocalDate anchor) {
        int from = Math.max(0, t.span().begin() - WINDOW);
        for (int i = before.size() - 1; i >= 0 && before.get(i).span().begin() >= from; i--) {
            TimeExpression b = before.get(i);
            Matcher q = Times.QUARTER.matcher(b.value() == null ? "" : b.value());
            if (q.matches() && !RELATIVE.matcher(b.span().of(a.text())).find()
                    && (Times.quarterEnded(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)), anchor)
                    || QuarterRule.endedOn(a.text(), b.span(), anchor) != null)) {
                return Times.quarter(Integer.parseInt(q.group(1)) - 1, Integer.parseInt(q.group(2)));
            }
        }
        if (a.text().substring(from, t.span().begin()).toLowerCase().contains("quarter")) {
            LocalDate last = anchor.minusMonths(3);
            return Times.quarter(last.getYear() - 1, Times.quarterOf(last));
        }
        return null;
    }

    private static LocalDate back(LocalDate anchor, String unit, int n) {
        return switch (unit) {
            case "year" -> anchor.minusYears(n);
            case "month" -> anchor.minusMonths(n);
            case "week" -> anchor.minusWeeks(n);
            default -> anchor.minusDays(n);
        };
    }

    static String truncate(LocalDate d, String unit) {
        return switch (unit) {
            case "year" -> Integer.toString(d.getYear());
            case "decade" -> Integer.toString(d.getYear() / 10);
            case "month" -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            case "week" -> Times.isoWeek(d);
            default -> d.toString();
        };
    }

    /** The number a count word stands for; 0 when vague ("several"), -1 when not a count. */
    static int count(String w) {
        String s = w.toLowerCase();
        if (s.matches("\\d+")) {
            return Integer.parseInt(s);
        }
        return switch (s) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            case "fifteen" -> 15;
            case "twenty" -> 20;
            case "thirty" -> 30;
            case "forty" -> 40;
            case "fifty" -> 50;
            default -> 0;
        };
    }
}
