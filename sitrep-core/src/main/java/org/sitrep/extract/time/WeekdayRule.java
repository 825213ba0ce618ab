package org.sitrep.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * A weekday SUTime passed over ("a live television appearance Sunday night during a speech"): added with the
 * part of the day after it (TNI, TMO, TAF, TEV), on a provisional day of the anchor's week that the tense
 * rules then move. A weekday in the plural ("Tuesdays", "Tuesday nights") recurs: a SET, and so is a weekday
 * coordinated with one ("on Monday and Tuesday nights").
 */
final class WeekdayRule {

    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            + "(?:\\s+(morning|afternoon|evening|night))?\\b(?!s)");

    private static final Pattern PLURAL = Pattern.compile("(?i)^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "(?:s|\\s+(morning|afternoon|evening|night)s)$");
    private static final Pattern AND_BEFORE = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "\\s+(and|or)\\s+$");

    private WeekdayRule() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times, LocalDate anchor) {
        if (anchor == null) {
            return times;
        }
        List<TimeExpression> out = times;
        Matcher m = WEEKDAY.matcher(a.text());
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (out.stream().anyMatch(t -> t.span().overlaps(span))) {
                continue;
            }
            LocalDate day = anchor.with(TemporalAdjusters.nextOrSame(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT))));
            String part = part(m.group(2));
            out = Times.replace(out, new TimeExpression(span, part.isEmpty() ? "DATE" : "TIME", day + part, null));
        }
        return plural(a.text(), out);
    }

    private static List<TimeExpression> plural(String text, List<TimeExpression> times) {
        List<TimeExpression> out = times;
        for (TimeExpression t : times) {
            Matcher p = PLURAL.matcher(t.span().of(text));
            if (!p.matches()) {
                continue;
            }
            String part = part(p.group(2));
            out = Times.replace(out, new TimeExpression(t.span(), "SET", day(p.group(1)) + part, null));
            Matcher and = AND_BEFORE.matcher(text.substring(Math.max(0, t.span().begin() - 16), t.span().begin()));
            if (and.find()) {
                int begin = t.span().begin() - (and.end() - and.start());
                Span first = new Span(begin, begin + and.group(1).length());
                out = Times.replace(out, new TimeExpression(first, "SET", day(and.group(1)) + part, null));
            }
        }
        return out;
    }

    private static String day(String weekday) {
        return "XXXX-WXX-" + DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT)).getValue();
    }

    private static String part(String word) {
        return word == null ? "" : switch (word.toLowerCase(Locale.ROOT)) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
    }
}
