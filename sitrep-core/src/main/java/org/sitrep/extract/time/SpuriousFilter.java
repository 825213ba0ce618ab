package org.sitrep.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.TimeExpression;

/**
 * Drops what SUTime tags but a reader (and TimeML) does not count as a time: ages ("a 6-year-old"),
 * frequency adjectives ("quarterly report"), adverbs that place nothing ("once", "previously"), a bare
 * "day" or "year" inside a name or compound ("Women's Day", "fiscal year"), and "the SEC".
 */
final class SpuriousFilter {

    private static final Set<String> VAGUE = Set.of("once", "previously", "future", "quarterly", "annual",
            "annually", "present", "past", "day", "year", "biannual", "semiannual");
    private static final Pattern AGE = Pattern.compile("(?i).*\\b(year|month|week|day)s?[- ]old\\b.*");

    private SpuriousFilter() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>();
        String text = a.text();
        for (TimeExpression t : times) {
            String s = t.span().of(text);
            String lower = s.toLowerCase(Locale.ROOT);
            if (VAGUE.contains(lower) || AGE.matcher(s).matches() || age(text, t) || s.matches("(?i)(the )?SEC")
                    && s.endsWith("SEC")) {
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /** "52 years old": SUTime tags the duration, the word after it says it is an age. */
    private static boolean age(String text, TimeExpression t) {
        int e = t.span().end();
        return text.startsWith(" old", e) || text.startsWith("-old", e);
    }
}
