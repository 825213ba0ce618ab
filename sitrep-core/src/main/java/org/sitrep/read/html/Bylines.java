package org.sitrep.read.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A page's authors, from the most trusted place that names a person: JSON-LD {@code author}, author meta
 * tags, author markup ({@code rel=author}, schema.org microdata), the visible byline, author links. A place
 * that names only the site or another organisation ("Deutsche Welle", "mdr.de") yields to a later one that
 * names a person; when none does, the first organisation stands (the site then signs the piece).
 */
final class Bylines {

    private static final Pattern BYLINE = Pattern.compile("(?i)^(by|von|par|por|di|av|af|door)\\s+");

    /** A byline word or author label standing alone ("Von", "Autor:"), which is no name. */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)(by|von|par|por|di|av|af|door|from|text|autor(in)?|autorin/autor|author|auteur|autore|yazar|foto|photo)\\s*:?");

    /**
     * Meta tags that name the author: the HTML standard's, Open Graph's (under either attribute), Dublin Core's
     * and those that analytics and newsletter tools read (Parse.ly, Sailthru, cXense, the "byl" line).
     */
    private static final String AUTHOR_META = "meta[name=author][content], meta[property=article:author][content], "
            + "meta[name=article:author][content], meta[name=parsely-author][content], meta[name=sailthru.author][content], "
            + "meta[name=byl][content], meta[name=dc.creator][content], meta[name=dcterms.creator][content], "
            + "meta[name=cXenseParse:author][content]";

    /** Classes of visible bylines: "byline", "author", "article-author__name"; not comment or quote authors. */
    private static final String BYLINE_CLASS = "[class~=(?i)byline|author]";
    private static final Pattern NOT_BYLINE = Pattern.compile(
            "(?i)comment|quote|teaser|related|avatar|image|photo|recommend|sidebar|footer|bio\\b|social|follow|share");

    /** Labels of an author field in a page's fact box: "Autorin/Autor", "Author:", "Auteur", "Yazar". */
    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "(?i)(autor(in)?(/autor(in)?)?|autor(a|es)?|author|auteur|autore|yazar|forfatter|författare|auteurs?)\\s*:?");

    private static final Pattern EDITOR_LINE = Pattern.compile("[(（]?\\s*(?:责编|责任编辑|作者|責任編輯)\\s*[：:]\\s*([^()（）]{2,40}?)\\s*[)）]?");

    private static final Pattern ADMIN = Pattern.compile("(?i)/(author|autor|profile|user)/(admin|administrator|webmaster)\\b");

    private static final Pattern WRITTEN_BY = Pattern.compile(
            "(?i)written by|verfasst von|geschrieben von|écrit par|escrito por|scritto da|geschreven door|skrevet af|skrivet av");

    private Bylines() {
    }

    /** The names found and where: "json-ld author", "meta author" or "byline markup"; empty names and null when none. */
    record Found(List<String> names, String from) {
    }

    /** One place's names, and whether any of them is a person's rather than the site's or an organisation's. */
    private record Group(List<String> names, String from, boolean person) {
    }

    static Found find(Document doc, JsonNode article, List<JsonNode> ld, String url, String title) {
        List<String> site = new ArrayList<>(SiteNames.of(HtmlReader.meta(doc, "og:site_name"), url));
        String publisher = article == null ? null : JsonLd.text(article.path("publisher"), "name");
        if (publisher != null) {
            site.addAll(SiteNames.of(publisher, null));
        }
        Group first = null;
        for (int place = 0; place < 7; place++) {
            Group g = group(place, doc, article, ld, site, url, title);
            if (g.names().isEmpty()) {
                continue;
            }
            if (g.person()) {
                return new Found(g.names(), g.from());
            }
            first = first == null ? g : first;
        }
        return first == null ? new Found(List.of(), null) : new Found(first.names(), first.from());
    }

    private static Group group(int place, Document doc, JsonNode article, List<JsonNode> ld, List<String> site, String url,
            String title) {
        Set<String> out = new LinkedHashSet<>();
        switch (place) {
            case 0 -> {
                boolean account = false;
                if (article != null && article.has("author")) {
                    JsonNode a = article.get("author");
                    for (JsonNode x : a.isArray() ? a : List.of(a)) {
                        JsonNode node = resolved(x, ld);
                        addAuthor(out, node.isTextual() ? node.asText() : JsonLd.text(node, "name"));
                        // The CMS's administrator account ("…/author/admin/") publishes, it does not write.
                        account |= ADMIN.matcher(node.path("@id").asText("") + " " + node.path("url").asText("")).find();
                    }
                }
                return new Group(new ArrayList<>(out), "json-ld author", !account && !names(out, site, url));
            }
            case 1 -> {
                for (Element m : doc.select(AUTHOR_META)) {
                    addAuthor(out, m.attr("content"));
                }
                // The "Written by" line link previews show (twitter:label1/data1, as WordPress SEO tools write it).
                for (Element m : doc.select("meta[name~=(?i)^twitter:(label\\d|misc:written by)$][content]")) {
                    Element data = doc.selectFirst("meta[name=" + m.attr("name").replace("label", "data") + "][content]");
                    if (m.attr("name").toLowerCase().endsWith("written by")) {
                        addAuthor(out, m.attr("content"));
                    } else if (WRITTEN_BY.matcher(m.attr("content")).matches() && data != null) {
                        addAuthor(out, data.attr("content"));
                    }
                }
                return new Group(new ArrayList<>(out), "meta author", !names(out, site, url));
            }
            case 2, 4 -> {
                // Teasers of other stories carry bylines too: the article that holds the headline is searched first.
                Element h1 = doc.selectFirst("article h1");
                Element scope = h1 == null ? null : h1.closest("article");
                // Author links ("/author/…") also label other things ("Latest posts"): only when nothing is marked as the author.
                String query = place == 2 ? "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author][content], "
                        + "[itemprop=author]:not(:has([itemprop])):not([content]):not(meta)"
                        : "a[href*=/author/], a[href*=/autor/], a[href*=/autoren/], a[href*=/auteur/], a[href*=/autore/]";
                for (Element root : scope == null ? List.of(doc) : List.of(scope, doc)) {
                    for (Element e : root.select(query)) {
                        if (!adminAccount(e)) {
                            addAuthor(out, e.hasAttr("content") && e.text().isBlank() ? e.attr("content") : e.text());
                        }
                    }
                    if (!out.isEmpty()) {
                        break;
                    }
                }
                return new Group(new ArrayList<>(out), "byline markup", !names(out, site, url));
            }
            case 5 -> {
                for (Element label : doc.select("strong, b, dt, th")) {
                    if (AUTHOR_LABEL.matcher(label.text().strip()).matches() && label.parent() != null) {
                        addAuthor(out, labelled(label));
                    }
                }
                // Chinese pages sign with the editor in charge: "(责编：牛镛、岳弘彬)", "责任编辑：王某".
                for (Element e : doc.select("div, p, span")) {
                    java.util.regex.Matcher m = EDITOR_LINE.matcher(e.ownText().strip());
                    if (m.matches()) {
                        addAuthor(out, m.group(1));
                    }
                }
                return new Group(new ArrayList<>(out), "labelled author field", !names(out, site, url));
            }
            case 6 -> {
                // A print byline: the story's first lines hold a paragraph that is only a name in bold.
                for (Element e : Headline.stretchAfter(doc, Headline.of(doc, title))) {
                    String text = MainText.normalise(e.text());
                    Element bold = e.children().size() == 1 ? e.child(0) : null;
                    if (e.tagName().equals("p") && bold != null && bold.is("strong, b")
                            && MainText.normalise(bold.text()).equals(text) && printByline(text)) {
                        for (String name : text.split("\\s*/\\s*")) {
                            addAuthor(out, name);
                        }
                        break;
                    }
                }
                return new Group(new ArrayList<>(out), "byline paragraph", !out.isEmpty() && !names(out, site, url));
            }
            default -> {
                List<String> names = visibleByline(doc, title);
                List<String> people = names.stream().filter(n -> !SiteNames.namesSiteOrHost(n, site, url)).toList();
                return new Group(people.isEmpty() ? names : people, "byline markup", !people.isEmpty());
            }
        }
    }

    /**
     * Whether a place's names include the site's own: the site signs ("Stuttgarter Zeitung", "mdr.de"), with
     * its town or an agency beside it at most ("hessenschau.de, Frankfurt, Germany"; "dpa, Stuttgarter Zeitung").
     */
    private static boolean names(Set<String> out, List<String> site, String url) {
        return out.stream().anyMatch(n -> SiteNames.namesSiteOrHost(n, site, url));
    }

    /**
     * The value a label names: the text after it in its line ({@code <li><strong>Author</strong> Jane Roe</li>}),
     * or the cell or definition that follows it ({@code <dt>Author</dt><dd>Jane Roe</dd>}).
     */
    private static String labelled(Element label) {
        if (label.is("dt, th")) {
            Element next = label.nextElementSibling();
            return next == null ? null : next.text();
        }
        String line = label.parent().text().strip();
        String name = label.text().strip();
        return line.startsWith(name) ? line.substring(name.length()).replaceFirst("^\\s*:?\\s*", "") : null;
    }

    /** Names only: two to eight words, each capitalised or a name particle, joined by "/", "," or "and" at most. */
    private static boolean printByline(String text) {
        if (text.isEmpty() || text.length() > 80 || text.matches(".*[.!?:;\\d]$") || text.matches(".*\\d.*")) {
            return false;
        }
        String[] words = text.split("[\\s/,]+");
        if (words.length < 2 || words.length > 8) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0)) && !PARTICLES.contains(w) && !w.equals("and")) {
                return false;
            }
        }
        return true;
    }

    /** Whether markup links to the CMS's administrator account ("/author/admin/") rather than to a writer. */
    private static boolean adminAccount(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.tagName().equals("a")) {
                return ADMIN.matcher(x.attr("href")).find();
            }
        }
        return e.select("a[href]").stream().anyMatch(a -> ADMIN.matcher(a.attr("href")).find());
    }

    /** A JSON-LD reference ({"@id": "…#/schema/person/1"}) replaced by the object it points to. */
    private static JsonNode resolved(JsonNode x, List<JsonNode> ld) {
        if (x.isObject() && x.has("@id") && !x.has("name")) {
            for (JsonNode o : ld) {
                if (o != x && x.get("@id").equals(o.get("@id")) && o.has("name")) {
                    return o;
                }
            }
        }
        return x;
    }

    /**
     * The names in the first visible byline after the headline (an element whose class says byline or
     * author, not a comment's or a quote's), read piece by piece as the markup separates them ("By", "Jane
     * Roe", "and", "John Doe"); a byline two paragraphs into the text is another story's.
     */
    private static List<String> visibleByline(Document doc, String title) {
        for (Element e : Headline.stretchAfter(doc, Headline.of(doc, title))) {
            // Of nested byline elements the innermost are read: the outer ones hold dates and reading times too.
            if (!e.is(BYLINE_CLASS) || excluded(e) || adminAccount(e)
                    || e.select(BYLINE_CLASS).stream().anyMatch(x -> x != e && !excluded(x))) {
                continue;
            }
            Set<String> out = new LinkedHashSet<>();
            for (TextNode t : allText(e)) {
                String piece = t.text().strip().replaceAll("^[|·,:–-]+|[|·,:–-]+$", "").strip();
                if (!piece.isEmpty() && !LABEL.matcher(piece).matches() && plausible(piece)) {
                    addAuthor(out, piece);
                }
            }
            if (!out.isEmpty()) {
                return new ArrayList<>(out);
            }
        }
        return List.of();
    }

    private static List<TextNode> allText(Element e) {
        List<TextNode> out = new ArrayList<>();
        for (Element x : e.getAllElements()) {
            if (!x.is("time, script, style, button, noscript")) {
                out.addAll(x.textNodes());
            }
        }
        return out;
    }

    private static boolean excluded(Element e) {
        for (Element x = e; x != null && !x.tagName().equals("body"); x = x.parent()) {
            if (NOT_BYLINE.matcher(x.className() + " " + x.id()).find() || x.is("time, a[href*=/tag/]")) {
                return true;
            }
        }
        return false;
    }

    /** A visible byline's piece names someone only if it has no digits and, where letters have case, a capital. */
    private static boolean plausible(String piece) {
        return !piece.matches(".*\\d.*") && (piece.equals(piece.toLowerCase()) && piece.equals(piece.toUpperCase())
                || piece.codePoints().anyMatch(Character::isUpperCase));
    }

    /** Adds the names a byline string holds. */
    private static void addAuthor(Set<String> out, String name) {
        if (name == null) {
            return;
        }
        String n = BYLINE.matcher(MainText.normalise(name)).replaceFirst("");
        if (n.isEmpty() || n.startsWith("http") || n.length() > 80) {
            return;
        }
        for (String part : n.split("\\s*(?:,|;|、|，| and | und | & | et | en | og | och )\\s*")) {
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
