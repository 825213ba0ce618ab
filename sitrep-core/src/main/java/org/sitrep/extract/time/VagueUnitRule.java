package org.sitrep.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * A plural unit with a vague count or a deictic word before it, which SUTime cuts to the bare unit or
 * turns into an interval: "these days" is the present (PRESENT_REF), "in past years" the past (PAST_REF),
 * and "the next few days", "the coming years" are lengths of unknown count (PXD, PXY), not dates.
 */
final class VagueUnitRule {

    private static final Pattern PHRASE = Pattern.compile("(?i)\\b(?:(these) |(past) |((?:the )?(?:(?:next|coming) (?:few |several )?"
            + "|(?:past|last) (?:few|several) )))(year|month|week|day|hour|minute)s\\b");

    private VagueUnitRule() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times) {
        String text = a.text();
        List<TimeExpression> out = times;
        Matcher m = PHRASE.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            // Only where SUTime saw a time in the phrase; "the" before "past years" makes it a length again.
            boolean seen = out.stream().anyMatch(t -> t.span().overlaps(span));
            boolean the = m.start() >= 4 && text.substring(m.start() - 4, m.start()).equalsIgnoreCase("the ");
            if (!seen || m.group(2) != null && the) {
                continue;
            }
            String unit = m.group(4).toLowerCase(Locale.ROOT);
            if (m.group(1) != null) {
                if (unit.equals("day")) {
                    out = Times.replace(out, new TimeExpression(span, "DATE", "PRESENT_REF", null));
                }
            } else if (m.group(2) != null) {
                out = Times.replace(out, new TimeExpression(span, "DATE", "PAST_REF", null));
            } else {
                String letter = unit.substring(0, 1).toUpperCase(Locale.ROOT);
                String value = unit.equals("hour") || unit.equals("minute") ? "PTX" + letter : "PX" + letter;
                out = Times.replace(out, new TimeExpression(span, "DURATION", value, null));
            }
        }
        return out;
    }
}
