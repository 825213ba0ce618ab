package org.sitrep.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * Expressions SUTime splits that a reader takes whole: a span of years ("from 2020 to 2022" → 2020/2022),
 * and a local clock time with its GMT equivalent in brackets before a date ("12:00 [08:00 am GMT] on
 * September 19, 2023" → 2023-09-19T08:00Z): the zone-qualified time is the one that can be compared.
 */
final class RangeRule {

    // "between 1985 and 1987" names two years (TimeML marks both); "from 2020 to 2022" names one period.
    private static final Pattern YEARS = Pattern.compile("(?i)\\bfrom\\s+((?:1[5-9]|20)\\d\\d)\\s+"
            + "(?:to|until|till|through)\\s+((?:1[5-9]|20)\\d\\d)\\b");
    private static final Pattern ZONED = Pattern.compile("(?i)\\b(\\d{1,2})[:.](\\d{2})\\s*[\\[(]\\s*(\\d{1,2})[:.](\\d{2})\\s*"
            + "(a\\.?m\\.?|p\\.?m\\.?)?\\s*(GMT|UTC)\\s*[\\])]");
    private static final Pattern ON = Pattern.compile("^,?\\s+(?:on\\s+)?");

    private RangeRule() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times, LocalDate anchor) {
        String text = a.text();
        List<TimeExpression> out = times;
        Matcher y = YEARS.matcher(text);
        while (y.find()) {
            if (Integer.parseInt(y.group(1)) < Integer.parseInt(y.group(2))) {
                out = Times.replace(out, new TimeExpression(new Span(y.start(), y.end()), "DATE",
                        y.group(1) + "/" + y.group(2), null));
            }
        }
        Matcher z = ZONED.matcher(text);
        while (z.find()) {
            int hour = Integer.parseInt(z.group(3));
            String ampm = z.group(5) == null ? "" : z.group(5).toLowerCase();
            if (ampm.startsWith("p") && hour < 12) {
                hour += 12;
            } else if (ampm.startsWith("a") && hour == 12) {
                hour = 0;
            }
            if (hour > 23) {
                continue;
            }
            int end = z.end();
            LocalDate day = anchor;
            Matcher on = ON.matcher(text.substring(end));
            if (on.find()) {
                int at = end + on.end();
                for (TimeExpression t : out) {
                    if (t.span().begin() == at && Times.date(t.value()) != null) {
                        day = Times.date(t.value());
                        end = t.span().end();
                    }
                }
            }
            if (day == null) {
                continue;
            }
            String value = String.format("%sT%02d:%s%s", day, hour, z.group(4), "Z");
            out = Times.replace(out, new TimeExpression(new Span(z.start(), end), "TIME", value, null));
        }
        return out;
    }
}
