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
 * Units TIMEX3 writes in its own way where SUTime falls back on months or years: quarters ("several
 * quarters" PXQ, "the past two quarters" P2Q, "every quarter" P1Q, not P6M or P3M), centuries as a
 * length ("centuries" PXC), and decades and centuries as dates by their leading digits ("the 1990s" 199,
 * "the 20th century" 19; SUTime writes 199X and 19XX); "the past decade" is the length P10Y.
 */
final class UnitRule {

    private static final Pattern MONTHS = Pattern.compile("^P(\\d+|X)M$");
    private static final Pattern PART = Pattern.compile("(?i)\\b(the\\s+)?(early|late|mid)[- ]?$");
    private static final Pattern DECADE = Pattern.compile("^(\\d{3})X$|^(\\d{2})XX$");

    private static final Pattern PAST_DECADE = Pattern.compile("^(the )?past decade$");

    private UnitRule() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : times) {
            String s = t.span().of(a.text()).toLowerCase(Locale.ROOT);
            String v = t.value() == null ? "" : t.value();
            Matcher months = MONTHS.matcher(v);
            Matcher decade = DECADE.matcher(v);
            if (PAST_DECADE.matcher(s).matches()) {
                // "over the past decade" is a length like "the past ten years"; SUTime names this decade.
                out.add(new TimeExpression(t.span(), "DURATION", "P10Y", t.mod()));
                continue;
            }
            if (s.contains("quarter") && !s.contains("-quarter") && months.matches()) {
                String n = months.group(1);
                if (n.equals("X") || Integer.parseInt(n) % 3 == 0) {
                    out.add(Times.withValue(t, "P" + (n.equals("X") ? "X" : Integer.toString(Integer.parseInt(n) / 3)) + "Q"));
                    continue;
                }
            } else if (s.contains("centur") && v.equals("PXY")) {
                out.add(Times.withValue(t, "PXC"));
                continue;
            } else if (decade.matches() && (s.contains("centur") || s.matches(".*\\d0'?s\\b.*|.*\\b(nineteen|twenty)?\\w+ties\\b.*"))) {
                // "the late 1970s": SUTime leaves out the part of the decade.
                Matcher part = PART.matcher(a.text().substring(Math.max(0, t.span().begin() - 12), t.span().begin()));
                Span span = part.find() ? new Span(t.span().begin() - (part.end() - part.start()), t.span().end()) : t.span();
                String mod = part.find(0) ? switch (part.group(2).toLowerCase(Locale.ROOT).charAt(0)) {
                    case 'e' -> "START";
                    case 'l' -> "END";
                    default -> "MID";
                } : t.mod();
                out.add(new TimeExpression(span, "DATE", decade.group(1) != null ? decade.group(1) : decade.group(2), mod));
                continue;
            }
            out.add(t);
        }
        return out;
    }
}
