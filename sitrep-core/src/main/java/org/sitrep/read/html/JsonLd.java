package org.sitrep.read.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects a page declares in {@code <script type="application/ld+json">}, flattened out of
 * arrays and {@code @graph}s; the article among them is the first whose type is a kind of article.
 */
final class JsonLd {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "blogposting", "liveblogposting", "report", "scholarlyarticle", "techarticle", "socialmediaposting",
            "askpublicnewsarticle", "satiricalarticle", "creativework");

    private JsonLd() {
    }

    static List<JsonNode> objects(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode n = JSON.readTree(s.data().strip());
                flatten(n, out, 0);
            } catch (Exception e) {
                // A page's broken JSON-LD block is skipped; the other sources of metadata still count.
            }
        }
        return out;
    }

    private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode x : n) {
                flatten(x, out, depth + 1);
            }
        } else if (n.isObject()) {
            out.add(n);
            if (n.has("@graph")) {
                flatten(n.get("@graph"), out, depth + 1);
            }
            if (n.has("mainEntity")) {
                flatten(n.get("mainEntity"), out, depth + 1);
            }
        }
    }

    /** The first object typed as an article (NewsArticle and its kin), or null. */
    static JsonNode article(List<JsonNode> objects) {
        for (int pass = 0; pass < 2; pass++) {
            for (JsonNode o : objects) {
                for (String t : types(o)) {
                    boolean news = t.endsWith("newsarticle");
                    if (pass == 0 ? news : ARTICLE_TYPES.contains(t)) {
                        return o;
                    }
                }
            }
        }
        return null;
    }

    static List<String> types(JsonNode o) {
        List<String> out = new ArrayList<>();
        JsonNode t = o.get("@type");
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            t.forEach(x -> out.add(x.asText().toLowerCase(Locale.ROOT)));
        } else {
            out.add(t.asText().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    static String text(JsonNode o, String field) {
        if (o == null) {
            return null;
        }
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            v = v.size() > 0 ? v.get(0) : null;
        }
        if (v == null || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
