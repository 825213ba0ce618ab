package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed gold format ({@code *.gold.json} beside a {@code .txt}): stories, quotes with canonical speakers,
 * entities, times and events, each given by strings that occur verbatim in the article.
 */
public record SeedGold(String document, LocalDate published, String source, List<String> headlines,
                       List<GoldQuote> quotes, List<GoldEntity> entities, List<GoldTime> times,
                       List<GoldEvent> events) {

    public record GoldQuote(String kind, String speaker, String cue, String content) {
    }

    public record GoldEntity(String name, String type, String role, String country, List<String> mentions) {
    }

    public record GoldTime(String text, String value) {
    }

    public record GoldEvent(String type, String cameo, String source, String target, String place, String date,
                            String evidence, String mode) {
    }

    public static SeedGold read(Path file) throws IOException {
        JsonNode n = new ObjectMapper().readTree(file.toFile());
        if (n == null || !n.isObject()) {
            throw new IOException(file + ": not a JSON object");
        }
        List<String> headlines = new ArrayList<>();
        for (JsonNode s : n.path("stories")) {
            headlines.add(s.path("headline").asText());
        }
        List<GoldQuote> quotes = new ArrayList<>();
        for (JsonNode q : n.path("quotes")) {
            quotes.add(new GoldQuote(text(q, "kind"), text(q, "speaker"), text(q, "cue"), text(q, "content")));
        }
        List<GoldEntity> entities = new ArrayList<>();
        for (JsonNode e : n.path("entities")) {
            List<String> ms = new ArrayList<>();
            e.path("mentions").forEach(m -> ms.add(m.asText()));
            entities.add(new GoldEntity(text(e, "name"), text(e, "type"), text(e, "role"), text(e, "country"), ms));
        }
        List<GoldTime> times = new ArrayList<>();
        for (JsonNode t : n.path("times")) {
            times.add(new GoldTime(text(t, "text"), text(t, "value")));
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : n.path("events")) {
            events.add(new GoldEvent(text(e, "type"), text(e, "cameo"), text(e, "source"), text(e, "target"),
                    text(e, "place"), text(e, "date"), text(e, "evidence"), text(e, "mode")));
        }
        String pub = text(n, "published");
        return new SeedGold(text(n, "document"), pub == null ? null : LocalDate.parse(pub), text(n, "source"),
                headlines, quotes, entities, times, events);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
