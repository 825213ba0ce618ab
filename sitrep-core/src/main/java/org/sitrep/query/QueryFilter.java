package org.sitrep.query;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a query keeps: {@code who} a person or body by corpus id or (part of) a name — the speaker of a
 * quote, either actor of an event, an entity, an article's entity; {@code eventType} a PLOVER type or a
 * CAMEO code prefix; {@code dyad} "AZE-ARM" (source country, target country; "AZE-*" for any target);
 * {@code from}/{@code to} inclusive dates; {@code text} words that must all occur; {@code story} a story id.
 * Null means no filter. {@code limit} caps the rows (0: no cap).
 */
public record QueryFilter(String who, String eventType, String dyad, LocalDate from, LocalDate to, String text,
                          Long story, int limit) {

    public static final QueryFilter ALL = new QueryFilter(null, null, null, null, null, null, null, 0);

    public QueryFilter {
        if (dyad != null && !dyad.matches("(?i)[A-Z*]{1,3}[-:>][A-Z*]{1,3}")) {
            throw new IllegalArgumentException("a dyad is two country codes, source-target, like AZE-ARM: " + dyad);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends before it starts: " + from + " .. " + to);
        }
    }

    /** The dyad's source country, or null for any. */
    public String dyadSource() {
        return side(0);
    }

    /** The dyad's target country, or null for any. */
    public String dyadTarget() {
        return side(1);
    }

    private String side(int i) {
        if (dyad == null) {
            return null;
        }
        String s = dyad.split("[-:>]")[i].toUpperCase(Locale.ROOT);
        return s.equals("*") ? null : s;
    }

    /**
     * Whether {@code who} names a corpus id rather than a name. Up to 18 digits always fit a long; a longer
     * number is no id and is looked up as a name (it used to end the request with a server error).
     */
    public boolean whoIsId() {
        return who != null && who.matches("\\d{1,18}");
    }

    public QueryFilter withLimit(int n) {
        return new QueryFilter(who, eventType, dyad, from, to, text, story, n);
    }
}
