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
 * "mid-November", "late-1996", "early-March": a month or year joined to its part by a hyphen is one token,
 * which SUTime passes over. The month gets the anchor's year here; the tense rules then move it.
 */
final class PartOfPeriodRule {

    private static final Pattern PART = Pattern.compile("(?i)\\b(mid|early|late)-(january|february|march|april|may|june|july"
            + "|august|september|october|november|december|(?:1[5-9]|20)\\d\\d)\\b");

    private PartOfPeriodRule() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times, LocalDate anchor) {
        List<TimeExpression> out = times;
        Matcher m = PART.matcher(a.text());
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            String what = m.group(2);
            boolean year = Character.isDigit(what.charAt(0));
            if (!year && anchor == null || out.stream().anyMatch(t -> t.span().overlaps(span) && t.value() != null
                    && (t.span().contains(span) || !year && t.value().matches("\\d{4}-\\d{2}.*")))) {
                continue;
            }
            String value = year ? what : String.format("%04d-%02d", anchor.getYear(), DateInference.month(what));
            String mod = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "mid" -> "MID";
                case "early" -> "START";
                default -> "END";
            };
            out = Times.replace(out, new TimeExpression(span, "DATE", value, mod));
        }
        return out;
    }
}
