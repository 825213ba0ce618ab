package org.sitrep.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.TimeExpression;

/**
 * "Midnight Friday" is the end of Friday: TIMEX3 writes it T24 of the day named, where SUTime writes the
 * start of that day (T00:00), a day too early for a deadline.
 */
final class MidnightRule {

    private static final Pattern START_OF_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})T00(:00)?$");

    private MidnightRule() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : times) {
            Matcher m = START_OF_DAY.matcher(t.value() == null ? "" : t.value());
            if (m.matches() && t.span().of(a.text()).toLowerCase(Locale.ROOT).contains("midnight")) {
                out.add(Times.withValue(t, m.group(1) + "T24"));
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
