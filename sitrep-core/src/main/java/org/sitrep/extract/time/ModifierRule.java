package org.sitrep.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.TimeExpression;

/**
 * Keeps the TIMEX3 modifier the words give when SUTime drops it: "the end of May" is May with END,
 * "early 2020" START, "mid-November" MID, "about two years" APPROX, "more than four hours" MORE_THAN.
 */
final class ModifierRule {

    private record Mod(Pattern words, String mod) {
    }

    private static final List<Mod> MODS = List.of(
            new Mod(Pattern.compile("(?i)^(the\\s+)?(end|close)\\s+of\\b.*|^late\\b.*"), "END"),
            new Mod(Pattern.compile("(?i)^(the\\s+)?(beginning|start)\\s+of\\b.*|^early\\b.*"), "START"),
            new Mod(Pattern.compile("(?i)^(the\\s+)?middle\\s+of\\b.*|^mid-?\\b.*"), "MID"),
            new Mod(Pattern.compile("(?i)^(about|around|nearly|almost|roughly|approximately|some)\\s.*"), "APPROX"),
            new Mod(Pattern.compile("(?i)^(more than|over)\\s.*"), "MORE_THAN"),
            new Mod(Pattern.compile("(?i)^(less than|under)\\s.*"), "LESS_THAN"),
            new Mod(Pattern.compile("(?i)^at least\\s.*"), "EQUAL_OR_MORE"));

    private ModifierRule() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : times) {
            String s = t.span().of(a.text());
            String mod = t.mod();
            for (Mod m : MODS) {
                if (mod == null && m.words().matcher(s).matches()) {
                    mod = m.mod();
                }
            }
            out.add(mod == t.mod() ? t : new TimeExpression(t.span(), t.type(), t.value(), mod));
        }
        return out;
    }
}
