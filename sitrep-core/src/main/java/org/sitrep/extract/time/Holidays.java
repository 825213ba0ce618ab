package org.sitrep.extract.time;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;

/**
 * Moving a holiday SUTime dated in the anchor's year to another year: a fixed-date holiday keeps its day,
 * an "n-th weekday of the month" holiday (Thanksgiving, Labor Day, Memorial Day…) keeps its rule, and one
 * set by the moon or Easter cannot be moved by calendar arithmetic, so it is left as SUTime dated it.
 */
final class Holidays {

    private static final Pattern LUNAR = Pattern.compile("(?i).*\\b(easter|good friday|passover|ramadan|eid|hanukk?ah|"
            + "yom kippur|rosh hashanah|diwali|chinese new year|lunar new year|pentecost|ash wednesday|lent)\\b.*");
    private static final Pattern NTH_WEEKDAY = Pattern.compile("(?i).*\\b(thanksgiving|labou?r day|memorial day|"
            + "mother'?s day|father'?s day|columbus day|presidents'? day|martin luther king)\\b.*");
    private static final Pattern LAST_WEEKDAY = Pattern.compile("(?i).*\\bmemorial day\\b.*");

    private Holidays() {
    }

    /** Whether SUTime's date for {@code name} can be moved to another year at all. */
    static boolean movable(String name) {
        return !LUNAR.matcher(name).matches();
    }

    /** The day of holiday {@code name} in {@code year}, given its day {@code dated} in another year. */
    static LocalDate inYear(String name, LocalDate dated, int year) {
        LocalDate first = LocalDate.of(year, dated.getMonth(), 1);
        if (LAST_WEEKDAY.matcher(name).matches()) {
            return first.with(TemporalAdjusters.lastInMonth(dated.getDayOfWeek()));
        }
        if (NTH_WEEKDAY.matcher(name).matches()) {
            return first.with(TemporalAdjusters.dayOfWeekInMonth((dated.getDayOfMonth() - 1) / 7 + 1, dated.getDayOfWeek()));
        }
        return dated.withYear(year);
    }
}
