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
 * and "the next few days", "the coming years" are lengths of unknown count (PXD, PXY), not dates;
 * "will one day" is the indefinite future (FUTURE_REF), not the length of a day; and "recent" in "a recent
 * SEC filing" is the past (PAST_REF), not seconds.
 */
final class VagueUnitRule {

    private static final Pattern PHRASE = Pattern.compile("(?i)\\b(?:(these) |(past) |((?:the )?(?:(?:next|coming) (?:few |several )?"
            + "|(?:past|last) (?:few|several) )))(year|month|week|day|hour|minute)s\\b");

    /** "Islam will one day be the second religion": "one day" after a modal is an unnamed future day. */
    private static final Pattern SOMEDAY = Pattern.compile("(?i)\\b(?:will|would|could|may|might|can|shall)\\s+(one day|some day|someday)\\b");

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
        for (TimeExpression t : List.copyOf(out)) {
            // "a recent SEC filing": SUTime reads the agency as seconds; "recent" alone is the past.
            if (t.span().of(text).matches("(?i)recent SEC") && text.startsWith("SEC", t.span().end() - 3)) {
                Span recent = new Span(t.span().begin(), t.span().begin() + "recent".length());
                out = Times.replace(out, new TimeExpression(recent, "DATE", "PAST_REF", null));
            }
        }
        Matcher d = SOMEDAY.matcher(text);
        while (d.find()) {
            Span span = new Span(d.start(1), d.end(1));
            out = Times.replace(out, new TimeExpression(span, "DATE", "FUTURE_REF", null));
        }
        return out;
    }
}
