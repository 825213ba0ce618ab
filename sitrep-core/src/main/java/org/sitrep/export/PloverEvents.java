package org.sitrep.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Events as PLOVER JSON objects, shaped like the PLOVER gold-standard records: {@code id, date, event,
 * mode, source[{actorText, code}], target[…], eventText, text, url, geo{…}}, plus Sitrep's
 * {@code cameo}, {@code goldstein}, {@code confidence} and {@code reports}.
 */
public final class PloverEvents {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PloverEvents() {
    }

    public static ObjectNode json(EventRow e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", "SITREP-" + e.id());
        o.put("date", e.date() != null ? e.date() : e.published());
        o.put("event", e.type());
        o.put("mode", e.mode());
        actors(o.putArray("source"), e.sourceLabel(), e.sourceCode());
        actors(o.putArray("target"), e.targetLabel(), e.targetCode());
        o.put("eventText", e.trigger());
        o.put("text", e.evidence());
        o.put("url", e.url());
        o.put("article", e.docId());
        if (e.placeText() != null) {
            ObjectNode g = o.putObject("geo");
            g.put("placeName", e.placeText());
            g.put("country", e.placeCountry());
            if (e.lat() != null) {
                g.put("lat", e.lat());
                g.put("lon", e.lon());
            }
            if (e.geonameid() != null) {
                g.put("geonameid", e.geonameid());
            }
        }
        o.put("cameo", e.cameo());
        if (e.goldstein() != null) {
            o.put("goldstein", e.goldstein());
        }
        o.put("confidence", e.confidence());
        o.put("reports", e.reports());
        o.put("language", "en");
        return o;
    }

    private static void actors(ArrayNode side, String text, String code) {
        if (text == null && code == null) {
            return;
        }
        ObjectNode a = side.addObject();
        a.put("actorText", text);
        a.put("code", code);
    }
}
