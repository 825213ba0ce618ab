package org.sitrep.read.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A page's authors: JSON-LD {@code author}, else {@code meta name=author}, else author links and markup. */
final class Bylines {

    private static final Pattern BYLINE = Pattern.compile("(?i)^(by|von|par|por|di|av|af|door)\\s+");


    private Bylines() {
    }

    /** The names found and where: "json-ld author", "meta author" or "byline markup"; empty names and null when none. */
    record Found(List<String> names, String from) {
    }

    static List<String> authors(Document doc, JsonNode article) {
        return find(doc, article).names();
    }

    static Found find(Document doc, JsonNode article) {
        Set<String> out = new LinkedHashSet<>();
        String from = null;
        if (article != null && article.has("author")) {
            JsonNode a = article.get("author");
            for (JsonNode x : a.isArray() ? a : List.of(a)) {
                String name = x.isTextual() ? x.asText() : JsonLd.text(x, "name");
                addAuthor(out, name);
            }
            from = out.isEmpty() ? null : "json-ld author";
        }
        if (out.isEmpty()) {
            for (Element m : doc.select("meta[name=author][content], meta[property=article:author][content]")) {
                addAuthor(out, m.attr("content"));
            }
            from = out.isEmpty() ? null : "meta author";
        }
        if (out.isEmpty()) {
            for (Element e : doc.select("[rel=author], [itemprop=author] [itemprop=name], a[href*=/author/]")) {
                addAuthor(out, e.text());
            }
            from = out.isEmpty() ? null : "byline markup";
        }
        return new Found(new ArrayList<>(out), from);
    }

    private static void addAuthor(Set<String> out, String name) {
        if (name == null) {
            return;
        }
        String n = BYLINE.matcher(MainText.normalise(name)).replaceFirst("");
        if (n.isEmpty() || n.startsWith("http") || n.length() > 80) {
            return;
        }
        for (String part : n.split("\\s*(?:,|;| and | und | & )\\s*")) {
            if (looksLikeName(part)) {
                out.add(part.strip());
            }
        }
    }

    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "del", "della", "da",
            "di", "du", "la", "le", "bin", "bint", "al", "el", "ibn", "zu", "y", "dos", "das", "ter", "ten");

    /**
     * A person's, desk's or agency's name: a few words, at most two of them lower-case ("dpa", "staff
     * reporter") besides name particles, no numbers or addresses; rules out "read more of X's articles here".
     */
    static boolean looksLikeName(String part) {
        String p = part.strip();
        if (p.length() < 2 || p.contains("@") || p.contains("http") || p.matches(".*\\d{3,}.*")) {
            return false;
        }
        String[] words = p.split("\\s+");
        if (words.length > 6) {
            return false;
        }
        int lower = 0;
        for (String w : words) {
            if (Character.isLowerCase(w.charAt(0)) && !PARTICLES.contains(w)) {
                lower++;
            }
        }
        return lower <= 2;
    }
}
