package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PLOVER gold-standard records (a JSON array): one coded sentence each, with event type, mode, source and
 * target actors (CAMEO country code and sector), and the event words marked in {@code textInfo.markup}.
 * Documentation records (event "DOCUMENT") are skipped.
 */
public record PloverGold(String id, String type, String mode, String text, List<Actor> source,
                         List<Actor> target, List<String> eventWords) {

    public record Actor(String text, String code, String sector) {
    }

    private static final Pattern EVT = Pattern.compile("EVT: ([^()]+)\\)");

    public static List<PloverGold> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IOException(file + ": not a JSON array of PLOVER records");
        }
        List<PloverGold> out = new ArrayList<>();
        for (JsonNode n : root) {
            String type = n.path("event").asText("");
            String text = n.path("text").asText("");
            if (type.isEmpty() || type.equals("DOCUMENT") || text.isBlank()) {
                continue;
            }
            List<String> words = new ArrayList<>();
            Matcher m = EVT.matcher(n.path("textInfo").path("markup").asText(""));
            while (m.find()) {
                words.add(m.group(1).strip());
            }
            String mode = n.path("mode").asText("");
            out.add(new PloverGold(n.path("id").asText(), type, mode.isBlank() ? null : mode.strip(), text,
                    actors(n.get("source")), actors(n.get("target")), words));
        }
        return out;
    }

    private static List<Actor> actors(JsonNode n) {
        List<Actor> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            for (JsonNode a : n) {
                out.add(new Actor(a.path("actorText").asText(""), a.path("code").asText(""), a.path("sector").asText("")));
            }
        }
        return out;
    }
}
