package org.sitrep.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.Story;
import org.sitrep.model.TimeExpression;

/**
 * Follows the text when it moves in time: "At the end of September 2020 … On November 10 that year" —
 * "that year" points back to the last year written out in the same story, not to the publication date;
 * "the following year" is the one after it, "the following month" the one after the last month named, and
 * "that same day" the last day named.
 */
final class NarrativeAnchor {

    private static final Pattern EXPLICIT_YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");
    private static final Pattern THAT_YEAR = Pattern.compile("(?i)\\b(that|the same) year\\b");
    private static final Pattern TRAILING = Pattern.compile("(?i)^,?\\s+(?:of\\s+)?(that|the same) year\\b");

    /** "In March … The following month": the month after the last one named in the story. */
    private static final Pattern SHIFTED_MONTH = Pattern.compile("(?i)^the (following|next|previous|preceding) month$");
    private static final Pattern MONTH_NAME = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b");
    private static final Pattern THAT_DAY = Pattern.compile("(?i)\\b(?:(?:earlier|later) )?(?:that|the same|that same) day\\b");
    /** Days named from the telling ("today", "yesterday") do not move the narrative. */
    private static final Pattern TODAY = Pattern.compile("(?i)\\b(today|tonight|yesterday|tomorrow|now)\\b");
    private static final Pattern SHIFTED_YEAR = Pattern.compile("(?i)^the (following|next|previous|preceding) year$");

    private NarrativeAnchor() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times) {
        String text = a.text();
        List<TimeExpression> out = new ArrayList<>(times);
        // "that year" on its own: a DATE of the anchor year, added where SUTime saw only a duration or nothing.
        Matcher m = THAT_YEAR.matcher(text);
        while (m.find()) {
            Span s = new Span(m.start(), m.end());
            if (out.stream().noneMatch(t -> t.span().overlaps(s) && !t.span().equals(s) && t.span().length() > s.length())) {
                out = Times.replace(out, new TimeExpression(s, "DATE", null, null));
            }
        }
        // "that same day", "earlier that day": the day last named in the story, added where SUTime saw nothing.
        Matcher d = THAT_DAY.matcher(text);
        while (d.find()) {
            Span s = new Span(d.start(), d.end());
            if (out.stream().noneMatch(t -> t.span().overlaps(s))) {
                out = Times.replace(out, new TimeExpression(s, "DATE", null, null));
            }
        }
        List<TimeExpression> resolved = new ArrayList<>();
        String day = null;
        String year = null;
        java.time.YearMonth month = null;
        int story = -1;
        for (TimeExpression t : out) {
            int st = storyOf(a, t.span().begin());
            if (st != story) {
                story = st;
                year = null;
                month = null;
                day = null;
            }
            if (!resolved.isEmpty() && resolved.get(resolved.size() - 1).span().contains(t.span())) {
                continue;
            }
            String s = t.span().of(text);
            Matcher trailing = TRAILING.matcher(text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 20)));
            Matcher shift = SHIFTED_YEAR.matcher(s);
            if (year != null && shift.matches()) {
                int delta = shift.group(1).matches("(?i)following|next") ? 1 : -1;
                resolved.add(new TimeExpression(t.span(), "DATE", Integer.toString(Integer.parseInt(year) + delta), t.mod()));
                continue;
            }
            if (THAT_DAY.matcher(s).matches()) {
                if (day != null) {
                    resolved.add(new TimeExpression(t.span(), "DATE", day, t.mod()));
                }
                continue;
            }
            if (THAT_YEAR.matcher(s).matches()) {
                if (year != null) {
                    resolved.add(new TimeExpression(t.span(), "DATE", year, t.mod()));
                }
                continue;
            }
            if (year != null && trailing.find() && t.value() != null && t.value().matches("^\\d{4}-.*")) {
                Span longer = new Span(t.span().begin(), t.span().end() + trailing.end());
                resolved.add(new TimeExpression(longer, t.type(), year + t.value().substring(4), t.mod()));
                continue;
            }
            Matcher shiftMonth = SHIFTED_MONTH.matcher(s);
            if (month != null && shiftMonth.matches()) {
                int delta = shiftMonth.group(1).matches("(?i)following|next") ? 1 : -1;
                String value = month.plusMonths(delta).toString();
                resolved.add(new TimeExpression(t.span(), "DATE", value, t.mod()));
                month = month.plusMonths(delta);
                continue;
            }
            Matcher y = EXPLICIT_YEAR.matcher(s);
            if (y.find() && t.value() != null && t.value().startsWith(y.group(1))) {
                year = y.group(1);
            }
            if (Times.date(t.value()) != null && !TODAY.matcher(s).find()) {
                day = Times.date(t.value()).toString();
            }
            Matcher ym = Times.YEAR_MONTH.matcher(t.value() == null ? "" : t.value());
            if (ym.matches() && MONTH_NAME.matcher(s).find()) {
                month = java.time.YearMonth.of(Integer.parseInt(ym.group(1)), Integer.parseInt(ym.group(2)));
            }
            resolved.add(t);
        }
        return resolved;
    }

    private static int storyOf(Analysis a, int offset) {
        List<Story> stories = a.stories();
        for (int i = 0; i < stories.size(); i++) {
            if (stories.get(i).span().contains(offset)) {
                return i;
            }
        }
        return -1;
    }
}
