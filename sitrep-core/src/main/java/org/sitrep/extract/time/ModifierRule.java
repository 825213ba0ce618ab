package org.sitrep.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * Keeps the TIMEX3 modifier the words give when SUTime drops it: "the end of May" is May with END,
 * "early 2020" START, "mid-November" MID, "about two years" APPROX, "more than four hours" MORE_THAN.
 * Modifiers SUTime leaves outside the expression are taken in, as TIMEX3 extents hold them: "almost two
 * years ago", "around 7:15 p.m.", "the next year or so", "1994 or later", "1990 and beyond".
 */
final class ModifierRule {

    private record Mod(Pattern words, String mod) {
    }

    private static final List<Mod> MODS = List.of(
            new Mod(Pattern.compile("(?i)^(the\\s+)?(end|close)\\s+of\\b.*|^late\\b.*"), "END"),
            new Mod(Pattern.compile("(?i)^(the\\s+)?(beginning|start)\\s+of\\b.*|^early\\b.*"), "START"),
            new Mod(Pattern.compile("(?i)^(the\\s+)?middle\\s+of\\b.*|^mid-?\\b.*"), "MID"),
            new Mod(Pattern.compile("(?i)^almost\\s.*"), "LESS_THAN"),
            new Mod(Pattern.compile("(?i).*\\sor so$"), "APPROX"),
            new Mod(Pattern.compile("(?i).*\\s(or later|and beyond)$"), "ON_OR_AFTER"),
            new Mod(Pattern.compile("(?i).*\\sor earlier$"), "ON_OR_BEFORE"),
            new Mod(Pattern.compile("(?i)^(about|around|nearly|roughly|approximately|some)\\s.*"), "APPROX"),
            new Mod(Pattern.compile("(?i)^(more than|over)\\s.*"), "MORE_THAN"),
            new Mod(Pattern.compile("(?i)^(less than|under)\\s.*"), "LESS_THAN"),
            new Mod(Pattern.compile("(?i)^at least\\s.*"), "EQUAL_OR_MORE"));

    private ModifierRule() {
    }

    /** "almost" before a length or an "ago"; "around" before a clock time or a dated day. */
    private static final Pattern ALMOST = Pattern.compile("(?i)\\balmost\\s+(an?\\s+)?$");
    private static final Pattern AROUND = Pattern.compile("(?i)\\baround\\s+$");
    private static final Pattern AFTER = Pattern.compile("(?i)^\\s+(or so|or later|or earlier|and beyond)\\b");

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            TimeExpression t = widen(a, times, i);
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

    /** The expression with the modifier words beside it taken in, unless they touch the next or previous one. */
    private static TimeExpression widen(Analysis a, List<TimeExpression> times, int i) {
        TimeExpression t = times.get(i);
        String text = a.text();
        String s = t.span().of(text);
        int begin = t.span().begin();
        int end = t.span().end();
        String before = text.substring(Math.max(0, begin - 11), begin);
        Matcher m = ALMOST.matcher(before);
        boolean length = "DURATION".equals(t.type()) || s.toLowerCase(Locale.ROOT).endsWith(" ago");
        if (length && m.find() || (m = AROUND.matcher(before)).find() && s.matches(".*\\d.*")
                && ("TIME".equals(t.type()) || t.value() != null && Times.FULL_DATE.matcher(t.value()).matches())) {
            begin -= before.length() - m.start();
        }
        m = AFTER.matcher(text.substring(end, Math.min(text.length(), end + 14)));
        if (m.find()) {
            end += m.end();
        }
        int from = begin;
        int to = end;
        boolean clash = (i > 0 && times.get(i - 1).span().end() > from) || (i + 1 < times.size()
                && times.get(i + 1).span().begin() < to);
        if (clash || from == t.span().begin() && to == t.span().end()) {
            return t;
        }
        return new TimeExpression(new Span(from, to), t.type(), t.value(), t.mod());
    }
}
