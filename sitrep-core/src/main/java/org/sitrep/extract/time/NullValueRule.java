package org.sitrep.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * SUTime sometimes glues a word or a second expression onto a date and then cannot normalise the whole
 * ("second this year", "year in December", "Nov. 3, the day before"): the value is null. The date inside is
 * kept on its own, with a provisional value in the anchor's year that the tense rules then resolve.
 */
final class NullValueRule {

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)";
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b" + MONTH + "\\.?\\s+(\\d{1,2})\\b(?!,?\\s*\\d{4})");
    private static final Pattern DEICTIC = Pattern.compile("(?i)\\b(this|last|next) (year|month)\\b");
    private static final Pattern MONTH_ONLY = Pattern.compile("(?i)\\b(january|february|march|april|june|july|august"
            + "|september|october|november|december)\\b");

    /** "more than four hours Friday": a length, then the day it fell on. */
    static final Pattern LENGTH_WEEKDAY = Pattern.compile("(?i)^((?:.*\\s)?(\\S+)\\s+(second|minute|hour|day|week|month|year)s?)"
            + "\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$");

    private NullValueRule() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times, LocalDate anchor) {
        if (anchor == null) {
            return times;
        }
        List<TimeExpression> out = times;
        for (TimeExpression t : times) {
            if (t.value() != null) {
                continue;
            }
            String s = t.span().of(a.text());
            TimeExpression inner = inner(s, t.span().begin(), anchor);
            if (inner != null) {
                out = Times.replace(out, inner);
            }
            Matcher lw = LENGTH_WEEKDAY.matcher(s);
            if (inner != null && lw.matches() && AgoRule.count(lw.group(2)) >= 0) {
                int n = AgoRule.count(lw.group(2));
                out = Times.replace(out, new TimeExpression(new Span(t.span().begin(), t.span().begin() + lw.end(1)),
                        "DURATION", DurationRule.length(n, lw.group(3), false), t.mod()));
            }
        }
        return out;
    }

    private static TimeExpression inner(String s, int at, LocalDate anchor) {
        Matcher lw = LENGTH_WEEKDAY.matcher(s);
        if (lw.matches()) {
            // The day is provisional (the anchor's week); the tense rules move it.
            LocalDate d = anchor.with(java.time.temporal.TemporalAdjusters.nextOrSame(
                    java.time.DayOfWeek.valueOf(lw.group(4).toUpperCase(Locale.ROOT))));
            return new TimeExpression(new Span(at + lw.start(4), at + lw.end(4)), "DATE", d.toString(), null);
        }
        Matcher md = MONTH_DAY.matcher(s);
        if (md.find()) {
            int day = Integer.parseInt(md.group(2));
            LocalDate d;
            try {
                d = LocalDate.of(anchor.getYear(), DateInference.month(md.group(1)), day);
            } catch (java.time.DateTimeException e) {
                return null;
            }
            return new TimeExpression(new Span(at + md.start(), at + md.end()), "DATE", d.toString(), null);
        }
        Matcher dx = DEICTIC.matcher(s);
        if (dx.find()) {
            int shift = switch (dx.group(1).toLowerCase(Locale.ROOT)) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            String value = dx.group(2).equalsIgnoreCase("year") ? Integer.toString(anchor.getYear() + shift)
                    : String.format("%04d-%02d", anchor.plusMonths(shift).getYear(), anchor.plusMonths(shift).getMonthValue());
            return new TimeExpression(new Span(at + dx.start(), at + dx.end()), "DATE", value, null);
        }
        Matcher m = MONTH_ONLY.matcher(s);
        if (m.find()) {
            return new TimeExpression(new Span(at + m.start(), at + m.end()), "DATE",
                    String.format("%04d-%02d", anchor.getYear(), DateInference.month(m.group(1))), null);
        }
        return null;
    }
}
