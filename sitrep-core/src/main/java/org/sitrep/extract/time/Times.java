package org.sitrep.extract.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/** Small helpers over lists of time expressions and TIMEX3 values shared by the rules. */
final class Times {

    static final Pattern FULL_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(.*)$");
    static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})-(\\d{2})(.*)$");
    static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");

    private Times() {
    }

    /** The list with {@code added} in place of every expression overlapping it, in text order. */
    static List<TimeExpression> replace(List<TimeExpression> times, TimeExpression added) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : times) {
            if (!t.span().overlaps(added.span())) {
                out.add(t);
            }
        }
        out.add(added);
        out.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    static TimeExpression withValue(TimeExpression t, String value) {
        return new TimeExpression(t.span(), t.type(), value, t.mod());
    }

    static TimeExpression with(TimeExpression t, Span span, String type, String value, String mod) {
        return new TimeExpression(span, type, value, mod);
    }

    /** The date a TIMEX3 value starts with ("2023-09-19T08:00" → 2023-09-19), or null. */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = FULL_DATE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    static String isoWeek(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarter(int year, int q) {
        return year + "-Q" + q;
    }

    /** Whether quarter {@code q} of {@code year} was over before {@code anchor}. */
    static boolean quarterEnded(int year, int q, LocalDate anchor) {
        return LocalDate.of(year, q * 3, 1).plusMonths(1).isBefore(anchor.plusDays(1));
    }

    static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }
}
