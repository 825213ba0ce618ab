package org.sitrep.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Events as ACLED rows (CSV with ACLED's column names). ACLED records political violence, protests and
 * strategic developments only, so an event is exported when its PLOVER type maps to one of those:
 * FIGHT → Battles, ASSAULT → Violence against civilians, PROTEST → Protests, and the coercive or
 * strategic types (MOBILIZE, COERCE, SANCTION, THREATEN, RETREAT, CONCEDE, AGREE) → Strategic
 * developments. Fatalities are not extracted and are left empty, not zero.
 */
public final class AcledEvents {

    public static final List<String> HEADER = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");

    private AcledEvents() {
    }

    /** The ACLED event type of a PLOVER type, or null when ACLED does not record such events. */
    public static String eventType(String plover) {
        if (plover == null) {
            return null;
        }
        return switch (plover.toUpperCase(Locale.ROOT)) {
            case "FIGHT" -> "Battles";
            case "ASSAULT" -> "Violence against civilians";
            case "PROTEST" -> "Protests";
            case "MOBILIZE", "COERCE", "SANCTION", "THREATEN", "RETREAT", "CONCEDE", "AGREE" -> "Strategic developments";
            default -> null;
        };
    }

    /** The CSV row, or null when the event has no ACLED type. */
    public static List<Object> row(EventRow e) {
        String type = eventType(e.type());
        if (type == null) {
            return null;
        }
        String day = e.date() != null ? e.date() : e.published();
        String disorder = switch (type) {
            case "Protests" -> "Demonstrations";
            case "Strategic developments" -> "Strategic developments";
            default -> "Political violence";
        };
        String country = e.placeCountry() != null ? e.placeCountry() : e.targetCountry();
        List<Object> r = new ArrayList<>(Arrays.asList(new Object[HEADER.size()]));
        r.set(0, "SITREP" + e.id());
        r.set(1, day);
        r.set(2, day == null ? null : day.substring(0, 4));
        r.set(3, e.date() != null ? 1 : 2);
        r.set(4, disorder);
        r.set(5, type);
        r.set(6, switch (type) {
            case "Battles" -> "Armed clash";
            case "Violence against civilians" -> "Attack";
            case "Protests" -> "Peaceful protest";
            default -> "Other";
        });
        r.set(7, e.sourceLabel());
        r.set(10, e.targetLabel());
        r.set(17, country);
        r.set(21, e.placeText());
        r.set(22, e.lat());
        r.set(23, e.lon());
        r.set(24, e.lat() != null ? 1 : null);
        r.set(25, e.url() != null ? e.url() : e.docId());
        r.set(27, e.evidence());
        return r;
    }
}
