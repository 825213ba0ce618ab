package org.sitrep.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * Years spelt out as broadcast transcripts write them ("nineteen ninety-six", "January nineteen
 * ninety-seven"): SUTime stops at "nineteen ninety" and reads 1990, or takes the month for this year's.
 * The spelt year replaces the year of whatever SUTime found over it ("the winter of nineteen ninety-four").
 */
final class SpokenYearRule {

    private static final List<String> TENS = List.of("ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final List<String> UNITS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine");
    private static final Pattern SPOKEN = Pattern.compile("(?i)\\b(?:(january|february|march|april|may|june|july|august|"
            + "september|october|november|december)\\s+)?(nineteen|twenty)[- ](" + String.join("|", TENS) + ")"
            + "(?:[- ](" + String.join("|", UNITS) + "))?\\b(?![- ](?:percent|people|years|dollars|thousand|hundred|million))");

    private SpokenYearRule() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times) {
        String text = a.text();
        List<TimeExpression> out = times;
        Matcher m = SPOKEN.matcher(text);
        while (m.find()) {
            int year = (m.group(2).equalsIgnoreCase("nineteen") ? 1900 : 2000)
                    + 10 * (TENS.indexOf(m.group(3).toLowerCase(Locale.ROOT)) + 1)
                    + (m.group(4) == null ? 0 : UNITS.indexOf(m.group(4).toLowerCase(Locale.ROOT)) + 1);
            String value = m.group(1) == null ? Integer.toString(year)
                    : String.format("%04d-%02d", year, DateInference.month(m.group(1)));
            int begin = m.start();
            int end = m.end();
            String type = "DATE";
            String mod = null;
            for (TimeExpression t : out) {
                if (t.span().overlaps(new Span(m.start(), m.end()))) {
                    begin = Math.min(begin, t.span().begin());
                    end = Math.max(end, t.span().end());
                    // "the winter of nineteen ninety" → 1990-WI: keep what SUTime made of the words around the year.
                    if (m.group(1) == null && t.value() != null && t.value().matches("^\\d{4}-[A-Z]{2}$")) {
                        value = year + t.value().substring(4);
                    }
                    mod = t.mod();
                }
            }
            out = Times.replace(out, new TimeExpression(new Span(begin, end), type, value, mod));
        }
        return out;
    }
}
