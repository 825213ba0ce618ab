package org.sitrep.store;

import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Event;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * The day of an event or a statement for timelines: the normalised value of the time expression its
 * {@code time} span points to when that is a calendar day, else null (the store then falls back to the
 * publication date). Also the country of an actor code (its first three letters, ISO 3166 alpha-3 by CAMEO
 * convention).
 */
final class EventDates {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    private EventDates() {
    }

    static String of(Analysis a, Event e) {
        return day(a, e.time());
    }

    static String of(Analysis a, Quote q) {
        return day(a, q.time());
    }

    private static String day(Analysis a, Span time) {
        if (time == null) {
            return null;
        }
        for (TimeExpression t : a.times()) {
            if (t.span().overlaps(time) && t.value() != null && t.value().length() >= 10
                    && DAY.matcher(t.value().substring(0, 10)).matches()) {
                return t.value().substring(0, 10);
            }
        }
        return null;
    }

    static String country(String code) {
        if (code == null || code.length() < 3) {
            return null;
        }
        String c = code.substring(0, 3);
        return COUNTRY.matcher(c).matches() ? c : null;
    }
}
