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

    /**
     * Meta tags that name the author: the HTML standard's, Open Graph's (under either attribute), Dublin Core's
     * and those that analytics and newsletter tools read (Parse.ly, Sailthru, the "byl" line).
     */
    private static final String AUTHOR_META = "meta[name=author][content], meta[property=article:author][content], "
            + "meta[name=article:author][content], meta[name=parsely-author][content], meta[name=sailthru.author][content], "
            + "meta[name=byl][content], meta[name=dc.creator][content], meta[name=dcterms.creator][content]";


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
            for (Element m : doc.select(AUTHOR_META)) {
                addAuthor(out, m.attr("content"));
            }
            from = out.isEmpty() ? null : "meta author";
        }
        if (out.isEmpty()) {
            // Teasers of other stories carry bylines too: the article that holds the headline is searched first.
            Element h1 = doc.selectFirst("article h1");
            Element scope = h1 == null ? null : h1.closest("article");
            for (Element root : scope == null ? List.of(doc) : List.of(scope, doc)) {
                // Author links ("/author/…") also label other things ("Latest posts"): only when nothing is marked as the author.
                for (String query : new String[] {"[rel=author], [itemprop=author] [itemprop=name], [itemprop=author][content]",
                    "a[href*=/author/]"}) {
                    for (Element e : root.select(query)) {
                        addAuthor(out, e.hasAttr("content") && e.text().isBlank() ? e.attr("content") : e.text());
                    }
                    if (!out.isEmpty()) {
                        break;
                    }
                }
                if (!out.isEmpty()) {
                    break;
                }
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
        for (String part : n.split("\\s*(?:,|;| and | und | & | et | en | og | och )\\s*")) {
            // "Corina Gall (cog.)": the initials a paper signs short pieces with are not part of the name.
            String person = INITIALS.matcher(part).replaceFirst("");
            if (looksLikeName(person)) {
                out.add(person.strip());
            }
        }
    }

    private static final Pattern INITIALS = Pattern.compile("\\s+\\(\\p{L}{1,4}\\.?\\)$");

    private static final Pattern SLUG = Pattern.compile("\\p{Ll}{2,}(?:-\\p{Ll}{2,})+");

    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "del", "della", "da",
            "di", "du", "la", "le", "bin", "bint", "al", "el", "ibn", "zu", "y", "dos", "das", "ter", "ten");

    /**
     * A person's, desk's or agency's name: a few words, at most two of them lower-case ("dpa", "staff
     * reporter") besides name particles, no numbers or addresses; rules out "read more of X's articles here" and slugs.
     */
    static boolean looksLikeName(String part) {
        String p = part.strip();
        // A slug ("jane-roe") is an identifier that analytics tags carry beside the name itself.
        if (p.length() < 2 || p.contains("@") || p.contains("http") || p.matches(".*\\d{3,}.*") || SLUG.matcher(p).matches()) {
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
