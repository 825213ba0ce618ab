package org.sitrep.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * Accounting periods, which are lengths rather than dates: "the year ended March 31" and "the fiscal year"
 * closing on a given day are one-year DURATIONs; "the first nine months" (of a year) is P9M, its span
 * without the "of 1997" SUTime leaves unresolved; the year after it is a date of its own ("of the year" is the
 * anchor's). "fiscal 1989" is the year named, the word "fiscal" inside the expression as TimeBank marks it.
 */
final class PeriodRule {

    private static final Pattern YEAR_ENDED = Pattern.compile("(?i)^(the )?(fiscal )?year$");
    private static final Pattern ENDED = Pattern.compile("(?i)^\\s+end(ed|ing)\\b");
    private static final Pattern FIRST_MONTHS = Pattern.compile("(?i)^(the )?(first|last|past) (\\w+) months");

    private static final Pattern OF_YEAR = Pattern.compile("(?i)^\\s+of\\s+(((?:1[5-9]|20)\\d\\d)|(?:the|this|last) year)\\b");

    private static final Pattern FISCAL_YEAR = Pattern.compile("(?i)\\bfiscal\\s+((?:19|20)\\d\\d)\\b(?![-/]\\d)");

    private PeriodRule() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times, LocalDate anchor) {
        String text = a.text();
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : times) {
            String s = t.span().of(text);
            String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 10));
            Matcher first = FIRST_MONTHS.matcher(s);
            if (YEAR_ENDED.matcher(s).matches() && ENDED.matcher(after).find()) {
                out.add(new TimeExpression(t.span(), "DURATION", "P1Y", t.mod()));
            } else if (first.find() && first.group(2).equalsIgnoreCase("first") && AgoRule.count(first.group(3)) > 0
                    && (t.value() == null || !t.value().startsWith("P"))) {
                Span span = new Span(t.span().begin(), t.span().begin() + first.end());
                out.add(new TimeExpression(span, "DURATION", "P" + AgoRule.count(first.group(3)) + "M", t.mod()));
                // "of 1997" after it is a year of its own, which TimeML marks apart.
                Matcher of = OF_YEAR.matcher(s.substring(first.end()));
                if (of.find()) {
                    int at = span.end() + of.start(1);
                    String year = of.group(2) != null ? of.group(2) : anchor == null ? null
                            : Integer.toString(anchor.getYear() - (of.group(1).toLowerCase().startsWith("last") ? 1 : 0));
                    if (year != null) {
                        out.add(new TimeExpression(new Span(at, span.end() + of.end(1)), "DATE", year, null));
                    }
                }
            } else {
                out.add(t);
            }
        }
        return fiscalYears(text, out);
    }

    /** "fiscal 1989": SUTime gives the bare year, or nothing when a noun follows ("fiscal 1989 sales"). */
    private static List<TimeExpression> fiscalYears(String text, List<TimeExpression> times) {
        List<TimeExpression> out = times;
        Matcher m = FISCAL_YEAR.matcher(text);
        while (m.find()) {
            Span whole = new Span(m.start(), m.end());
            Span year = new Span(m.start(1), m.end(1));
            List<TimeExpression> over = out.stream().filter(t -> t.span().overlaps(whole)).toList();
            if (over.isEmpty() || over.size() == 1 && over.get(0).span().equals(year)) {
                out = Times.replace(out, new TimeExpression(whole, "DATE", m.group(1), null));
            }
        }
        return out;
    }
}
