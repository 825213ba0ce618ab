package org.sitrep.read.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.sitrep.model.Problem;
import org.sitrep.model.Published;
import org.sitrep.read.DecodedText;
import org.sitrep.read.TextDecoder;
import org.sitrep.read.UnreadableInputException;

/**
 * Reads one HTML news page into a {@link WebPage}: main text by {@link MainText}, metadata from JSON-LD,
 * meta tags, the markup and the URL. Stateless and thread-safe.
 */
public final class HtmlReader {

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)");
    private static final Pattern BYLINE = Pattern.compile("(?i)^(by|von|par|por|di|av|af|door)\\s+");

    private HtmlReader() {
    }

    /**
     * Decodes the page (byte-order mark, then the HTTP charset if given, then the page's meta charset,
     * then strict UTF-8; anything else is guessed and said so) and reads it.
     */
    public static WebPage read(byte[] bytes, String url, String httpCharset) throws UnreadableInputException {
        List<Problem> problems = new ArrayList<>();
        String html = decode(bytes, httpCharset, problems);
        return read(html, url, problems);
    }

    public static WebPage read(String html, String url) {
        return read(html, url, new ArrayList<>());
    }

    /** The text of an HTML fragment (a feed item's content): its blocks as paragraphs, boilerplate removed. */
    public static String fragmentText(String html) {
        return String.join("\n\n", MainText.all(Jsoup.parseBodyFragment(html)));
    }

    private static String decode(byte[] bytes, String httpCharset, List<Problem> problems)
            throws UnreadableInputException {
        String declared = httpCharset;
        if (declared == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            declared = m.find() ? m.group(1) : null;
        }
        boolean bom = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xEF || (bytes[0] & 0xff) == 0xFE || (bytes[0] & 0xff) == 0xFF);
        if (declared != null && !bom && !TextDecoder.isUtf8(bytes) && Charset.isSupported(declared)) {
            Charset cs = Charset.forName(declared);
            if (!cs.name().startsWith("UTF-16")) {
                return new String(bytes, cs);
            }
        }
        DecodedText d = TextDecoder.decode(bytes);
        if (d.assumed()) {
            problems.add(Problem.warning("charset-assumed", "page declares no charset and is not UTF-8; decoded as "
                    + d.charset()));
        }
        return d.text();
    }

    private static WebPage read(String html, String url, List<Problem> problems) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        List<JsonNode> ld = JsonLd.objects(doc);
        JsonNode article = JsonLd.article(ld);
        String canonical = canonical(doc);
        String title = title(doc, article, url);
        List<String> authors = authors(doc, article);
        String language = language(doc, article);
        String site = meta(doc, "og:site_name");
        Published published = published(doc, article, url, canonical);
        LocalDate modified = Dates.parse(firstNonNull(JsonLd.text(article, "dateModified"),
                meta(doc, "article:modified_time"), meta(doc, "og:updated_time"), meta(doc, "dateModified")));
        if (doc.body() == null || doc.body().children().isEmpty() && doc.body().text().isBlank()) {
            problems.add(Problem.error("no-body", "the page has no body"));
        }
        List<String> paragraphs = MainText.extract(doc);
        if (published.how() == Published.How.UNKNOWN && !paragraphs.isEmpty()) {
            LocalDate d = Dates.visible(paragraphs.get(0).length() > 200 ? paragraphs.get(0).substring(0, 200) : paragraphs.get(0));
            if (d != null) {
                published = new Published(d, Published.How.INFERRED, 0.5, "dateline in the first paragraph");
            }
        }
        if (title != null && !paragraphs.isEmpty() && paragraphs.get(0).equals(title)) {
            paragraphs = paragraphs.subList(1, paragraphs.size());
        }
        if (published.how() == Published.How.UNKNOWN) {
            problems.add(Problem.warning("no-date", "no publication date found in the page"));
        }
        return new WebPage(url, canonical, title, authors, published, modified, language, site,
                String.join("\n\n", paragraphs), problems);
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null && !link.absUrl("href").isEmpty()) {
            return link.absUrl("href");
        }
        String og = meta(doc, "og:url");
        return og != null && og.startsWith("http") ? og : null;
    }

    static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("itemprop"))) {
                String c = m.attr("content").strip();
                if (!c.isEmpty()) {
                    return c;
                }
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... xs) {
        for (T x : xs) {
            if (x != null) {
                return x;
            }
        }
        return null;
    }

    /**
     * The title the page's places agree on most, each with a weight for how often it names the article as
     * the publisher means it: the JSON-LD headline and the first h1 (2), og:title (1.5), the document
     * title less its site suffix (1), twitter:title (0.5). The first, most trusted, wins a tie.
     */
    private static String title(Document doc, JsonNode article, String url) {
        String ld = JsonLd.text(article, "headline");
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        String docTitle = doc.title().replaceFirst("\\s+[|–—-]\\s+[^|–—-]{2,40}$", "");
        String[] candidates = {ld == null ? null : Parser.unescapeEntities(ld, false), h1 == null ? null : h1.text(),
            meta(doc, "og:title"), docTitle, meta(doc, "twitter:title")};
        double[] weights = {2, 2, 1.5, 1, 0.5};
        String site = meta(doc, "og:site_name");
        String suffix = siteSuffix(clean(doc.title()), url);
        Map<String, Double> votes = new LinkedHashMap<>();
        for (int i = 0; i < candidates.length; i++) {
            String t = withoutSiteName(withoutSiteName(clean(candidates[i]), site), suffix);
            if (t != null && !t.isEmpty() && t.length() < 400) {
                votes.merge(t, weights[i], Double::sum);
            }
        }
        String best = null;
        double most = 0;
        for (Map.Entry<String, Double> e : votes.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s(?:[-|–—]|::)\\s([^|–—]{2,40})$");

    /**
     * The site's name as the document title ends with it ("… - Golem.de"), recognised by naming the URL's
     * host ("golem"); null when the title has no such suffix.
     */
    static String siteSuffix(String docTitle, String url) {
        if (docTitle == null || url == null) {
            return null;
        }
        Matcher m = TITLE_SUFFIX.matcher(docTitle);
        if (!m.find()) {
            return null;
        }
        String host;
        try {
            host = java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        String name = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
        String suffix = m.group(1).strip();
        String squeezed = suffix.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return name.length() >= 3 && squeezed.contains(name) ? suffix : null;
    }

    /** "Headline - Site News" → "Headline" when the suffix is the site's name. */
    static String withoutSiteName(String title, String site) {
        if (title == null || site == null || site.isBlank()) {
            return title;
        }
        String t = title;
        for (String sep : new String[] {" - ", " | ", " – ", " — ", " :: "}) {
            if (t.toLowerCase(Locale.ROOT).endsWith((sep + site.strip()).toLowerCase(Locale.ROOT))) {
                t = t.substring(0, t.length() - sep.length() - site.strip().length()).strip();
            }
        }
        return t.isEmpty() ? title : t;
    }

    private static String clean(String s) {
        return s == null ? null : MainText.normalise(s);
    }

    private static List<String> authors(Document doc, JsonNode article) {
        Set<String> out = new LinkedHashSet<>();
        if (article != null && article.has("author")) {
            JsonNode a = article.get("author");
            for (JsonNode x : a.isArray() ? a : List.of(a)) {
                String name = x.isTextual() ? x.asText() : JsonLd.text(x, "name");
                addAuthor(out, name);
            }
        }
        if (out.isEmpty()) {
            for (Element m : doc.select("meta[name=author][content], meta[property=article:author][content]")) {
                addAuthor(out, m.attr("content"));
            }
        }
        if (out.isEmpty()) {
            for (Element e : doc.select("[rel=author], [itemprop=author] [itemprop=name], a[href*=/author/]")) {
                addAuthor(out, e.text());
            }
        }
        return new ArrayList<>(out);
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

    private static String language(Document doc, JsonNode article) {
        Element html = doc.selectFirst("html[lang]");
        String lang = html != null ? html.attr("lang") : null;
        if (lang == null || lang.isBlank()) {
            lang = firstNonNull(JsonLd.text(article, "inLanguage"), meta(doc, "og:locale"),
                    meta(doc, "content-language"), meta(doc, "language"));
        }
        if (lang == null || lang.isBlank()) {
            Element http = doc.selectFirst("meta[http-equiv=content-language][content]");
            lang = http != null ? http.attr("content") : null;
        }
        return lang == null || lang.isBlank() ? null : lang.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    private static final String[] META_DATES = {"article:published_time", "og:published_time", "datePublished",
        "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
        "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published",
        "article_date_original", "cxenseparse:recs:publishtime", "date.available", "last-modified"};

    private static Published published(Document doc, JsonNode article, String url, String canonical) {
        LocalDate d = Dates.parse(JsonLd.text(article, "datePublished"));
        if (d != null) {
            return new Published(d, Published.How.METADATA, 0.95, "JSON-LD datePublished");
        }
        for (String key : META_DATES) {
            d = Dates.parse(meta(doc, key));
            if (d != null) {
                return new Published(d, Published.How.METADATA, 0.9, "meta " + key);
            }
        }
        for (Element t : doc.select("time[datetime], [itemprop=datePublished][datetime]")) {
            d = Dates.parse(t.attr("datetime"));
            if (d != null) {
                return new Published(d, Published.How.METADATA, 0.8, "<time datetime=" + t.attr("datetime") + ">");
            }
        }
        for (String u : new String[] {canonical, url}) {
            d = Dates.fromUrl(u);
            if (d != null) {
                return new Published(d, Published.How.INFERRED, 0.7, "date in URL " + u);
            }
        }
        return Published.UNKNOWN;
    }
}
