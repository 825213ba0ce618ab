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
 * "mid-November", "late-1996", "post-1959": a month or year joined to its part by a hyphen is one token,
 * which SUTime passes over; so are "year-end" (the anchor's year, END; the one before after "since") and
 * decades in words ("the nineties": 199). The month gets the anchor's year here; the tense rules then move it.
 */
final class PartOfPeriodRule {

    private static final Pattern PART = Pattern.compile("(?i)\\b(mid|early|late|pre|post)-(january|february|march|april|may|june|july"
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
                case "pre" -> "BEFORE";
                case "post" -> "AFTER";
                default -> "END";
            };
            out = Times.replace(out, new TimeExpression(span, "DATE", value, mod));
        }
        Matcher end = YEAR_END.matcher(a.text());
        while (end.find()) {
            Span span = new Span(end.start(), end.end());
            if (anchor == null || out.stream().anyMatch(t -> t.span().overlaps(span) && t.value() != null)) {
                continue;
            }
            boolean since = a.text().substring(Math.max(0, span.begin() - 6), span.begin()).matches("(?i).*\\bsince\\s+$");
            out = Times.replace(out, new TimeExpression(span, "DATE", Integer.toString(anchor.getYear() - (since ? 1 : 0)), "END"));
        }
        Matcher decade = DECADE.matcher(a.text());
        while (decade.find()) {
            Span span = new Span(decade.start(), decade.end());
            if (anchor == null || out.stream().anyMatch(t -> t.span().overlaps(span) && t.value() != null)) {
                continue;
            }
            int tens = DECADES.indexOf(decade.group(2).toLowerCase(Locale.ROOT)) + 2;
            int century = decade.group(1) != null ? (decade.group(1).toLowerCase(Locale.ROOT).startsWith("nineteen") ? 19 : 20)
                    : anchor.getYear() / 100 - (anchor.getYear() % 100 < tens * 10 ? 1 : 0);
            out = Times.replace(out, new TimeExpression(span, "DATE", Integer.toString(century * 10 + tens), null));
        }
        return out;
    }

    private static final Pattern YEAR_END = Pattern.compile("(?i)\\b(?:year-end|year end|year's end)\\b");
    private static final List<String> DECADES = List.of("twenties", "thirties", "forties", "fifties", "sixties",
            "seventies", "eighties", "nineties");
    private static final Pattern DECADE = Pattern.compile("(?i)\\bthe\\s+(nineteen[- ]|twenty[- ])?(twenties|thirties|forties|"
            + "fifties|sixties|seventies|eighties|nineties)\\b");
}
