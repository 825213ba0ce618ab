package org.sitrep.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;

/**
 * A clock time and its day written apart ("at about 10:35 a.m. (0735 GMT) Friday", "at 4 in the morning
 * (4 a.m. EDT Thursday)"): SUTime puts the bare clock time on the publication day; it belongs to the day
 * named next to it in the same sentence.
 */
final class ClockDayRule {

    private static final Pattern CLOCK = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(T\\d{2}(:\\d{2})?)$");
    private static final int NEAR = 30;

    private ClockDayRule() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times, LocalDate anchor) {
        if (anchor == null) {
            return times;
        }
        String text = a.text();
        List<TimeExpression> out = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            TimeExpression t = times.get(i);
            Matcher c = CLOCK.matcher(t.value() == null ? "" : t.value());
            if (!c.matches() || !c.group(1).equals(anchor.toString()) || names(t.span().of(text))) {
                out.add(t);
                continue;
            }
            LocalDate day = dayNear(a, times, i);
            out.add(day == null ? t : Times.withValue(t, day + c.group(2)));
        }
        return out;
    }

    /** Whether the clock expression names its day itself ("10 a.m. Friday", "noon today"). */
    private static boolean names(String s) {
        return s.replaceAll("(?i)\\b\\d{1,2}([:.]\\d{2})?\\s*(a\\.?m\\.?|p\\.?m\\.?|o'clock|in the \\w+)", "")
                .matches("(?is).*\\b(\\d|today|tonight|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                        + "|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec).*");
    }

    /** The day of the nearest dated expression within a few words of {@code times[i]} in its sentence. */
    private static LocalDate dayNear(Analysis a, List<TimeExpression> times, int i) {
        TimeExpression t = times.get(i);
        Sentence s = a.sentenceAt(t.span().begin());
        LocalDate best = null;
        int bestGap = NEAR + 1;
        for (int j = 0; j < times.size(); j++) {
            TimeExpression o = times.get(j);
            LocalDate d = Times.date(o.value());
            if (j == i || d == null || s == null || !s.span().contains(o.span().begin())) {
                continue;
            }
            int gap = o.span().begin() >= t.span().end() ? o.span().begin() - t.span().end()
                    : t.span().begin() - o.span().end();
            if (gap >= 0 && gap < bestGap && !a.text().substring(Math.min(t.span().end(), o.span().end()),
                    Math.max(t.span().begin(), o.span().begin())).matches("(?s).*[;.!?].*")) {
                best = d;
                bestGap = gap;
            }
        }
        return best;
    }
}
