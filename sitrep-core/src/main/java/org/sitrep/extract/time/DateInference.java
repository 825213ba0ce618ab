package org.sitrep.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Published;

/**
 * Infers a publication date from the text alone. News reports its own day by weekday ("on Tuesday") and
 * sometimes in full ("September 19, 2023"): a full date whose weekday is also mentioned pins the day;
 * failing that the latest full date is the best guess, with lower confidence. No full date: unknown.
 */
final class DateInference {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    private DateInference() {
    }

    /** A full date found in the text, with the words it was written as. */
    record Found(LocalDate date, String text) {
    }

    static Published infer(String text) {
        List<Found> dates = fullDates(text);
        if (dates.isEmpty()) {
            return Published.UNKNOWN;
        }
        List<DayOfWeek> weekdays = new ArrayList<>();
        Matcher w = WEEKDAY.matcher(text);
        while (w.find()) {
            weekdays.add(DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT)));
        }
        Found best = null;
        boolean agreed = false;
        for (Found f : dates) {
            boolean agrees = weekdays.contains(f.date().getDayOfWeek());
            if (best == null || (agrees && !agreed) || (agrees == agreed && f.date().isAfter(best.date()))) {
                best = f;
                agreed = agrees;
            }
        }
        String day = best.date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        return agreed
                ? new Published(best.date(), Published.How.INFERRED, 0.9,
                        "\"" + best.text() + "\" and a mention of " + day + " agree")
                : new Published(best.date(), Published.How.INFERRED, 0.5,
                        "latest full date in the text: \"" + best.text() + "\"");
    }

    static List<Found> fullDates(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(out, m.group(3), month(m.group(1)), m.group(2), m.group());
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(out, m.group(3), month(m.group(2)), m.group(1), m.group());
        }
        m = ISO.matcher(text);
        while (m.find()) {
            add(out, m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group());
        }
        return out;
    }

    private static void add(List<Found> out, String year, int month, String day, String text) {
        try {
            out.add(new Found(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)), text));
        } catch (DateTimeException e) {
            // "February 30, 2023" is not a date; skip it.
        }
    }

    static int month(String name) {
        String p = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(p)) {
                return m.getValue();
            }
        }
        throw new IllegalArgumentException(name);
    }
}
