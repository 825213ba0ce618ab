package org.sitrep.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.TimeExpression;

/**
 * Lengths that TimeML annotators leave untagged because they measure nothing in the story's time: the
 * unit of a rate after a quantity ("$2 million a year", "four flights a week", "24 hours a day") and a
 * bare plural unit with no count ("a matter of days", "minutes apart"; but "for years" is kept).
 */
final class RateFilter {

    private static final Pattern RATE = Pattern.compile("(?i)^(a|an|per) (year|month|week|day|hour|quarter)$");
    /** The end of a quantity: a digit or a number word, "$2 million", "700 seats", "358,000". */
    private static final Pattern QUANTITY_BEFORE = Pattern.compile("(?i)(\\d[\\d,.]*%?|\\d (million|billion)|"
            + "(million|billion|thousand|hundred|cents?|dollars|percent|shares|seats|flights|hours|miles|barrels|tons))\\s+$");
    private static final Pattern BARE_UNITS = Pattern.compile("(?i)^(years|decades|months|weeks|days|hours|minutes|seconds)$");

    /** "for years", "within weeks", "coming months": there the bare unit is a length or part of a wider time. */
    private static final Pattern KEEP_BEFORE = Pattern.compile("(?i)\\b(for|within|coming|past|these|recent|those|in)\\s+$");

    private RateFilter() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times) {
        String text = a.text();
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : times) {
            String s = t.span().of(text);
            String before = text.substring(Math.max(0, t.span().begin() - 30), t.span().begin());
            if (RATE.matcher(s).matches() && QUANTITY_BEFORE.matcher(before).find() || BARE_UNITS.matcher(s).matches() && !KEEP_BEFORE.matcher(before).find()
                    && !text.startsWith("-", t.span().end())) {
                continue;
            }
            out.add(t);
        }
        return out;
    }
}
