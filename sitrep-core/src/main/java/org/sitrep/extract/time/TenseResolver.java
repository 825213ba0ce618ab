package org.sitrep.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * Resolves weekdays and year-less months by tense, as a news reader does: past tense "on Tuesday" is the
 * most recent Tuesday on or before the anchor, future tense the next one on or after it; "in March" told in
 * the past is the latest March not after the anchor. SUTime picks one direction regardless of tense.
 */
final class TenseResolver {

    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b");
    private static final Pattern MONTH = Pattern.compile("(?i)\\b(january|february|march|april|may|june|july|august|september"
            + "|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b\\.?");
    private static final Pattern DEICTIC = Pattern.compile("(?i)\\b(last|next|this|past|coming|previous|following|ago|earlier|later|year|\\d{4}"
            + "|(nineteen|twenty)[- ][a-z]+)\\b");

    private static final Pattern LAST_MONTH = Pattern.compile("(?i)^last\\s+(january|february|march|april|may|june|july|"
            + "august|september|october|november|december)$");
    /** A holiday SUTime dates without a year in the text: "Thanksgiving", "Christmas Day". */
    private static final Pattern HOLIDAY = Pattern.compile("^[A-Z][a-z]+('s)?( Day| Eve)?$");
    private static final Pattern CLOSED = Pattern.compile("(?i)\\b(ended|since)\\s+$");
    /** "given until 9 a.m. Tuesday", a deadline; "up until Thursday" looks back. */
    private static final Pattern UNTIL = Pattern.compile("(?i)(?<!\\bup )\\buntil\\s+$");
    private static final Pattern MONTH_UNTIL = Pattern.compile("(?i)(?<!\\bup )\\b(until|till)\\s+$");
    private static final Pattern ORDINAL_DAY = Pattern.compile("(?i)^(the )?(\\w+|\\d+(st|nd|rd|th)) day$");
    private static final Pattern TODAY_IS = Pattern.compile("(?i)\\b(today is|it is|it's|this is)\\s+$");
    private static final Pattern PAST_YEAR = Pattern.compile("(?i)^(the )?past year$");
    private static final Pattern WEEKEND = Pattern.compile("(?i)^(the|this) weekend$");

    /** How far (days) from the anchor a month-day must lie before its tense, not nearness, decides its year. */
    private static final int FAR_DAYS = 120;

    private TenseResolver() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times, LocalDate anchor) {
        if (anchor == null) {
            return times;
        }
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : times) {
            out.add(resolve(a, t, anchor));
        }
        return out;
    }

    private static TimeExpression resolve(Analysis a, TimeExpression t, LocalDate anchor) {
        String s = t.span().of(a.text());
        if (ORDINAL_DAY.matcher(s).matches() && TODAY_IS.matcher(a.text().substring(Math.max(0, t.span().begin() - 12),
                t.span().begin())).find()) {
            // "Today is the eighth day of the operation", "It's the second day of an offensive": the day of
            // telling; SUTime counts the ordinal forward from it.
            return new TimeExpression(t.span(), "DATE", anchor.toString(), t.mod());
        }
        Matcher last = LAST_MONTH.matcher(s);
        if (last.matches()) {
            int month = DateInference.month(last.group(1));
            int year = month < anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() - 1;
            return Times.withValue(t, String.format("%04d-%02d", year, month));
        }
        if (PAST_YEAR.matcher(s).matches() && Integer.toString(anchor.getYear()).equals(t.value())) {
            // TimeML dates "the past year" like "last year"; SUTime gives the current one.
            return Times.withValue(t, Integer.toString(anchor.getYear() - 1));
        }
        if (WEEKEND.matcher(s).matches() && t.value() != null && t.value().endsWith("-WE")) {
            return weekend(a, t, anchor);
        }
        if (t.value() == null || DEICTIC.matcher(s).find() || t.value().startsWith("XXXX")) {
            return t;
        }
        Matcher w = WEEKDAY.matcher(s);
        Matcher full = Times.FULL_DATE.matcher(t.value());
        if (w.find() && !MONTH.matcher(s).find() && full.matches()) {
            DayOfWeek day = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
            // "Wednesday's ruling" names a day already past.
            String lead = a.text().substring(Math.max(0, t.span().begin() - 12), t.span().begin());
            Tense tense = a.text().startsWith("'s", t.span().end()) ? Tense.PAST
                    : UNTIL.matcher(lead).find() && !Tense.pastPerfect(a, t.span()) ? Tense.FUTURE : Tense.of(a, t.span());
            LocalDate before = anchor.with(TemporalAdjusters.previousOrSame(day));
            LocalDate after = anchor.with(TemporalAdjusters.nextOrSame(day));
            // Present tense ("meet Monday") or none: the nearer of the two.
            LocalDate d = switch (tense) {
                case PAST -> before;
                case FUTURE -> after;
                default -> after.toEpochDay() - anchor.toEpochDay() < anchor.toEpochDay() - before.toEpochDay()
                        ? after : before;
            };
            return Times.withValue(t, d + full.group(4));
        }
        Matcher m = MONTH.matcher(s);
        if (m.find() && !w.reset().find()) {
            return month(a, t, anchor);
        }
        if (HOLIDAY.matcher(s).matches() && full.matches() && Holidays.movable(s)) {
            // "Thanksgiving Day": SUTime stops before "Day".
            boolean day = !s.endsWith(" Day") && a.text().startsWith(" Day", t.span().end());
            TimeExpression h = day ? new TimeExpression(new Span(t.span().begin(), t.span().end() + 4), t.type(),
                    t.value(), t.mod()) : t;
            LocalDate dated = Times.date(t.value());
            LocalDate moved = Times.date(month(a, h, anchor).value());
            return dated == null || moved == null ? h
                    : Times.withValue(h, Holidays.inYear(s, dated, moved.getYear()) + full.group(4));
        }
        return t;
    }

    /** "Over the weekend" told in the past on a weekday is the weekend before; SUTime takes the coming one. */
    private static TimeExpression weekend(Analysis a, TimeExpression t, LocalDate anchor) {
        boolean weekday = anchor.getDayOfWeek().getValue() <= 5;
        Tense tense = Tense.of(a, t.span());
        LocalDate day = weekday && tense == Tense.PAST ? anchor.minusWeeks(1) : anchor;
        return Times.withValue(t, Times.isoWeek(day) + "-WE");
    }

    /** A month or month-day without a year: the year that fits the tense. */
    private static TimeExpression month(Analysis a, TimeExpression t, LocalDate anchor) {
        Matcher full = Times.FULL_DATE.matcher(t.value());
        Matcher ym = Times.YEAR_MONTH.matcher(t.value());
        boolean hasDay = full.matches();
        if (!hasDay && !(ym.matches() && ym.group(3).isEmpty())) {
            return t;
        }
        int month = Integer.parseInt(hasDay ? full.group(2) : ym.group(2));
        int day = hasDay ? Integer.parseInt(full.group(3)) : 0;
        // "the year ended March 31", "since Jan. 13": a period closed before the anchor.
        boolean closed = CLOSED.matcher(a.text().substring(Math.max(0, t.span().begin() - 8), t.span().begin())).find();
        // "an extension until mid-November": a deadline, ahead of the telling.
        boolean deadline = !closed && MONTH_UNTIL.matcher(a.text().substring(Math.max(0, t.span().begin() - 10),
                t.span().begin())).find() && !Tense.pastPerfect(a, t.span());
        Tense tense = closed ? Tense.PAST : deadline ? Tense.FUTURE : Tense.of(a, t.span());
        Integer best = null;
        long bestGap = Long.MAX_VALUE;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            YearMonth yearMonth = YearMonth.of(y, month);
            if (hasDay && day > yearMonth.lengthOfMonth()) {
                continue;
            }
            LocalDate first = hasDay ? yearMonth.atDay(day) : yearMonth.atDay(1);
            LocalDate last = hasDay ? first : yearMonth.atEndOfMonth();
            // Month-days in news are mostly deadlines and record dates around the anchor, whatever the verb
            // ("declared a dividend payable Dec. 7"): the nearest wins unless the words before close the period.
            // Half a year away either way, a day told in the simple past is the one gone ("last seen Nov. 3").
            boolean far = hasDay && Math.abs(first.toEpochDay() - anchor.toEpochDay()) > FAR_DAYS;
            boolean fits = switch (hasDay && !closed && !deadline && !(far && tense == Tense.PAST) ? Tense.UNKNOWN : tense) {
                case PAST -> !first.isAfter(anchor);
                case FUTURE -> !last.isBefore(anchor);
                default -> true;
            };
            long gap = anchor.isBefore(first) ? first.toEpochDay() - anchor.toEpochDay()
                    : anchor.isAfter(last) ? anchor.toEpochDay() - last.toEpochDay() : 0;
            if (fits && gap < bestGap) {
                bestGap = gap;
                best = y;
            }
        }
        if (best == null) {
            return t;
        }
        String v = hasDay ? String.format("%04d-%02d-%02d%s", best, month, day, full.group(4))
                : String.format("%04d-%02d", best, month);
        return Times.withValue(t, v);
    }
}
