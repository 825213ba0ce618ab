package org.sitrep.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/** "The week of March 6" is a week, the ISO week holding that day (2000-W10), not the day SUTime gives. */
final class WeekOfRule {

    private static final Pattern WEEK_OF = Pattern.compile("(?i)\\b(the\\s+)?week\\s+of\\s+$");

    private WeekOfRule() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times) {
        String text = a.text();
        List<TimeExpression> out = times;
        for (TimeExpression t : times) {
            LocalDate d = Times.date(t.value());
            Matcher m = WEEK_OF.matcher(text.substring(Math.max(0, t.span().begin() - 16), t.span().begin()));
            if (d != null && t.value().length() == 10 && m.find()) {
                int begin = t.span().begin() - (m.end() - m.start());
                out = Times.replace(out, new TimeExpression(new Span(begin, t.span().end()), "DATE", Times.isoWeek(d), t.mod()));
            }
        }
        return out;
    }
}
