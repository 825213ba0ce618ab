package org.sitrep.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * Lengths SUTime reads wrongly or in part: "three days later" is the length "three days" (TimeML leaves
 * "later" out and does not turn it into a date), and halves ("2 1/2 years" P2Y6M, "a minute and a half"
 * PT1M30S), of which SUTime keeps only the bare unit.
 */
final class DurationRule {

    private static final String UNIT = "(year|month|week|day|hour|minute|second)s?";
    private static final Pattern LATER = Pattern.compile("(?i)^((?:(?:just |about |some |nearly |almost )?(?:over |more than |"
            + "less than |under )?)?(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
            + "twenty|thirty|forty|fifty|a few|several|some) " + UNIT + ") later$");
    private static final Pattern HALF = Pattern.compile("(?i)\\b(\\d+) 1/2 " + UNIT + "\\b|\\b(an?|one) " + UNIT
            + " and a half\\b");

    private static final String COUNT = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
            + "|thirty|forty|fifty)";
    /** "two to six days", "12 to 18 months": TimeML marks the two ends, each a length of its own. */
    private static final Pattern SPAN_OF = Pattern.compile("(?i)\\b" + COUNT + "\\s*(?:to|-)\\s*" + COUNT + "\\s+" + UNIT + "\\b");

    /** "two more weeks", "at least 20 more years", "an additional year": SUTime keeps only the bare unit. */
    private static final Pattern MORE = Pattern.compile("(?i)\\b((?:at least|about|nearly|almost|another|over)\\s+)?" + COUNT
            + "\\s+(?:more|additional|further|extra)\\s+" + UNIT + "\\b|\\b()(an?)\\s+(?:additional|further|extra)\\s+" + UNIT + "\\b");

    private DurationRule() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times) {
        String text = a.text();
        List<TimeExpression> out = times;
        for (TimeExpression t : times) {
            Matcher m = LATER.matcher(t.span().of(text));
            if (m.matches()) {
                int n = AgoRule.count(m.group(2));
                Span span = new Span(t.span().begin(), t.span().begin() + m.end(1));
                out = Times.replace(out, new TimeExpression(span, "DURATION", length(n, m.group(3), false), t.mod()));
            }
        }
        Matcher r = SPAN_OF.matcher(text);
        while (r.find()) {
            Span whole = new Span(r.start(), r.end());
            // Only where SUTime could not value the whole (it values "1 to 2 days" itself at times).
            boolean unvalued = out.stream().anyMatch(t -> t.span().overlaps(whole) && t.value() == null);
            int from = AgoRule.count(r.group(1));
            int to = AgoRule.count(r.group(2));
            if (!unvalued || from <= 0 || to <= from) {
                continue;
            }
            out = Times.replace(out, new TimeExpression(new Span(r.start(1), r.end(1)), "DURATION", length(from, r.group(3), false), null));
            out = Times.replace(out, new TimeExpression(new Span(r.start(2), r.end()), "DURATION", length(to, r.group(3), false), null));
        }
        Matcher more = MORE.matcher(text);
        while (more.find()) {
            boolean one = more.group(2) == null;
            int n = AgoRule.count(one ? more.group(5) : more.group(2));
            if (n > 0) {
                out = Times.replace(out, new TimeExpression(new Span(more.start(), more.end()), "DURATION",
                        length(n, one ? more.group(6) : more.group(3), false), null));
            }
        }
        Matcher h = HALF.matcher(text);
        while (h.find()) {
            int n = h.group(1) != null ? Integer.parseInt(h.group(1)) : 1;
            String unit = h.group(1) != null ? h.group(2) : h.group(4);
            out = Times.replace(out, new TimeExpression(new Span(h.start(), h.end()), "DURATION", length(n, unit, true), null));
        }
        return out;
    }

    /** The TIMEX3 length of {@code n} units (X when vague), with a half unit more when {@code half}. */
    static String length(int n, String unit, boolean half) {
        String u = unit.toLowerCase(Locale.ROOT);
        String count = n > 0 ? Integer.toString(n) : "X";
        return switch (u) {
            case "year" -> "P" + count + "Y" + (half ? "6M" : "");
            case "month" -> half ? "P" + count + "M15D" : "P" + count + "M";
            case "week" -> half ? "P" + (n * 7 + 3) + "DT12H" : "P" + count + "W";
            case "day" -> "P" + count + "D" + (half ? "T12H" : "");
            case "hour" -> "PT" + count + "H" + (half ? "30M" : "");
            case "minute" -> "PT" + count + "M" + (half ? "30S" : "");
            default -> "PT" + count + "S";
        };
    }
}
