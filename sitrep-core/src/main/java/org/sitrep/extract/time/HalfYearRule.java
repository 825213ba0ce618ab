package org.sitrep.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * Half years, which TIMEX3 writes H1 and H2 and SUTime reads as the whole year: "the second half of 1989"
 * 1989-H2, "the first two quarters of 1990" 1990-H1, "the first half of next year".
 */
final class HalfYearRule {

    private static final String YEAR = "(?:(?:fiscal\\s+)?((?:19|20)\\d\\d)|(this|last|next|the)\\s+year)";
    private static final Pattern HALF = Pattern.compile("(?i)\\b(?:the\\s+)?(first|second|last|latter)\\s+(?:half|two\\s+quarters)"
            + "\\s+of\\s+" + YEAR + "\\b");

    private HalfYearRule() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times, LocalDate anchor) {
        List<TimeExpression> out = times;
        Matcher m = HALF.matcher(a.text());
        while (m.find()) {
            Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : anchor == null ? null
                    : switch (m.group(3).toLowerCase(Locale.ROOT)) {
                        case "last" -> anchor.getYear() - 1;
                        case "next" -> anchor.getYear() + 1;
                        default -> anchor.getYear();
                    };
            if (year == null) {
                continue;
            }
            String half = m.group(1).equalsIgnoreCase("first") ? "H1" : "H2";
            out = Times.replace(out, new TimeExpression(new Span(m.start(), m.end()), "DATE", year + "-" + half, null));
        }
        return out;
    }
}
