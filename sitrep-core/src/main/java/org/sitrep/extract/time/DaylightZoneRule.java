package org.sitrep.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.TimeExpression;

/**
 * Summer-time zones: SUTime gives "4 a.m. EDT" the offset of standard time (-0500); EDT is four hours behind
 * UTC, so the time it names is an hour off unless the offset follows the abbreviation written.
 */
final class DaylightZoneRule {

    private static final Map<String, String> OFFSETS = Map.of("EDT", "-0400", "CDT", "-0500", "MDT", "-0600",
            "PDT", "-0700", "AKDT", "-0800", "BST", "+0100", "CEST", "+0200", "EEST", "+0300");
    private static final Pattern ZONE = Pattern.compile("\\b(EDT|CDT|MDT|PDT|AKDT|BST|CEST|EEST)\\b");
    private static final Pattern OFFSET = Pattern.compile("(T\\d\\d(?::\\d\\d)?)([-+]\\d{4}|Z)$");

    private DaylightZoneRule() {
    }

    static List<TimeExpression> apply(Analysis a, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : times) {
            Matcher zone = ZONE.matcher(t.span().of(a.text()));
            Matcher offset = t.value() == null ? null : OFFSET.matcher(t.value());
            if (zone.find() && offset != null && offset.find()) {
                out.add(Times.withValue(t, t.value().substring(0, offset.start(2)) + OFFSETS.get(zone.group(1))));
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
