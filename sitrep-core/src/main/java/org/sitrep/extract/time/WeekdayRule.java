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
 * rules then move.
 */
final class WeekdayRule {

    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            + "(?:\\s+(morning|afternoon|evening|night))?\\b(?!s)");

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
            String part = m.group(2) == null ? "" : switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "morning" -> "TMO";
                case "afternoon" -> "TAF";
                case "evening" -> "TEV";
                default -> "TNI";
            };
            out = Times.replace(out, new TimeExpression(span, part.isEmpty() ? "DATE" : "TIME", day + part, null));
        }
        return out;
    }
}
