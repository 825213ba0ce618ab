package org.sitrep.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * Lengths that TimeML annotators leave untagged because they measure nothing in the story's time: the
 * unit of a rate after a quantity ("$2 million a year", "four flights a week", "24 hours a day") and a
 * bare plural unit with no count ("a matter of days", "minutes apart"; but "for years" is kept).
 */
final class RateFilter {

    private static final Pattern RATE = Pattern.compile("(?i)^(a|an|per) (year|month|week|day|hour|quarter)$");
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
            if (RATE.matcher(s).matches() && afterQuantity(a, t) || BARE_UNITS.matcher(s).matches() && !KEEP_BEFORE.matcher(before).find()
                    && !text.startsWith("-", t.span().end())) {
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /** The word before is a number or a counted plural: "$2 million a year", "358,000 a month", "700 seats a week". */
    private static boolean afterQuantity(Analysis a, TimeExpression t) {
        Token before = null;
        for (Token k : a.tokens()) {
            if (k.span().end() > t.span().begin()) {
                break;
            }
            before = k;
        }
        return before != null && before.pos() != null && (before.pos().equals("CD") || before.pos().equals("NNS"));
    }
}
