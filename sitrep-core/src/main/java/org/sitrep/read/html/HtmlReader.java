package org.sitrep.read.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.model.Problem;
import org.sitrep.model.Published;
import org.sitrep.read.DecodedText;
import org.sitrep.read.Languages;
import org.sitrep.read.TextDecoder;
import org.sitrep.read.UnreadableInputException;

/**
 * Reads one HTML news page into a {@link WebPage}: main text by {@link MainText}, metadata from JSON-LD,
 * meta tags, the markup and the URL. Stateless and thread-safe.
 */
public final class HtmlReader {

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)");
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

    /** The page's candidate titles with their features, decoded as {@link #read(byte[], String, String)} does (for training the chooser). */
    public static List<TitleOptions.Option> titleOptions(byte[] bytes, String url) throws UnreadableInputException {
        return TitleOptions.of(decode(bytes, null, new ArrayList<>()), url);
    }

    /** The text of an HTML fragment (a feed item's content): its blocks as paragraphs, boilerplate removed. */
    public static String fragmentText(String html) {
        return String.join("\n\n", MainText.all(Jsoup.parseBodyFragment(html)));
    }

    private static String decode(byte[] bytes, String httpCharset, List<Problem> problems)
            throws UnreadableInputException {
        String declared = httpCharset;
        if (declared == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            declared = m.find() ? m.group(1) : null;
        }
        boolean bom = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xEF || (bytes[0] & 0xff) == 0xFE || (bytes[0] & 0xff) == 0xFF);
        if (declared != null && !bom && !TextDecoder.isUtf8(bytes) && supported(declared)) {
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

    /** A declared charset name may be anything (".utf-8" ended the whole batch; found by fuzzing). */
    private static boolean supported(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static WebPage read(String html, String url, List<Problem> problems) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        List<JsonNode> ld = JsonLd.objects(doc);
        JsonNode article = JsonLd.article(ld);
        String canonical = canonical(doc);
        String title = Titles.of(doc, article, url);
        String site = meta(doc, "og:site_name");
        Bylines.Found authors = Bylines.find(doc, article, ld, firstNonNull(url, canonical), title);
        String[] language = language(doc, article);
        Published published = PublicationDate.of(doc, article, url, canonical);
        Published modified = modified(doc, article);
        if (doc.body() == null || doc.body().children().isEmpty() && doc.body().text().isBlank()) {
            problems.add(Problem.error("no-body", "the page has no body"));
        }
        if (published.how() == Published.How.UNKNOWN) {
            published = PublicationDate.visible(doc, title);
        }
        // Scripts that carry HTML are kept aside before extraction removes them.
        List<String> scripts = doc.select("script:not([src])").stream().map(Element::data)
                .filter(d -> d.contains("\\u003cp") || d.contains("<p")).toList();
        List<String> paragraphs = fallBackOnScriptedHtml(fallBackOnArticleBody(MainText.extract(doc), article), scripts);
        if (published.how() == Published.How.UNKNOWN && !paragraphs.isEmpty()) {
            LocalDate d = Dates.visible(paragraphs.get(0).length() > 200 ? paragraphs.get(0).substring(0, 200) : paragraphs.get(0));
            if (d != null) {
                published = new Published(d, Published.How.INFERRED, 0.5, "dateline in the first paragraph");
            }
        }
        if (title != null && !paragraphs.isEmpty() && paragraphs.get(0).equals(title)) {
            paragraphs = paragraphs.subList(1, paragraphs.size());
        }
        // An unknown date is reported once, by the analysis (no-publication-date), after it has read the text too.
        paragraphs = withoutAuthorNote(paragraphs, authors.names());
        String text = String.join("\n\n", paragraphs);
        String[] declared = language;
        language = checked(declared, text);
        return new WebPage(url, canonical, title, authors.names(), authors.from(), published, modified, language[0],
                language[1], declared[0], site, text, problems);
    }

    /**
     * The text without the note about its author that closes many pages ("Jane Roe is a producer for…",
     * under an "About the author" line): among the last three paragraphs, one that opens with the full name
     * of an author the page names goes, with what follows it and a short label line before it.
     */
    static List<String> withoutAuthorNote(List<String> paragraphs, List<String> authors) {
        int n = paragraphs.size();
        for (int i = Math.max(1, n - 3); i < n; i++) {
            String p = paragraphs.get(i);
            for (String a : authors) {
                if (a.contains(" ") && p.length() > a.length() + 20 && p.startsWith(a)
                        && !Character.isLetterOrDigit(p.charAt(a.length()))) {
                    int from = i > 1 && paragraphs.get(i - 1).length() < 40 && !MainText.endsSentence(paragraphs.get(i - 1)) ? i - 1 : i;
                    return paragraphs.subList(0, from);
                }
            }
        }
        return paragraphs;
    }

    /**
     * The text the page's markup shows, or the JSON-LD {@code articleBody} where that is far longer: pages
     * rendered by script carry the story in their data and show little or none of it in the markup.
     */
    private static List<String> fallBackOnArticleBody(List<String> paragraphs, JsonNode article) {
        String body = JsonLd.text(article, "articleBody");
        if (body == null) {
            return paragraphs;
        }
        int shown = paragraphs.stream().mapToInt(String::length).sum();
        List<String> declared = body.contains("<") && body.contains(">") ? MainText.all(Jsoup.parseBodyFragment(body))
                : java.util.Arrays.stream(body.split("\\s*\\n\\s*")).map(MainText::normalise).filter(x -> !x.isEmpty()).toList();
        int length = declared.stream().mapToInt(String::length).sum();
        return shown < 0.3 * length ? declared : paragraphs;
    }

    /**
     * The text the page's markup shows, or else the longest HTML that its scripts carry as a string (the
     * story in a Next.js or React page's data, {@code "\u003cp\u003e…"}), where the markup shows under 600
     * characters and the script's HTML holds three times as much.
     */
    private static List<String> fallBackOnScriptedHtml(List<String> paragraphs, List<String> scripts) {
        int shown = paragraphs.stream().mapToInt(MainText::weight).sum();
        if (shown >= 600) {
            return paragraphs;
        }
        List<String> best = paragraphs;
        int bestWeight = 3 * shown;
        for (String data : scripts) {
            for (String html : ScriptStrings.withParagraphs(data)) {
                List<String> found = MainText.all(Jsoup.parseBodyFragment(html));
                int w = found.stream().mapToInt(MainText::weight).sum();
                if (w > bestWeight && w >= 600) {
                    best = found;
                    bestWeight = w;
                }
            }
        }
        return best;
    }

    /**
     * The language as {tag, how known}: the declared one unless the text says otherwise. Templates declare
     * their site's language ("en" on a page in isiZulu or Kiswahili), so a guess that names another language
     * wins, and a declared language whose function words the text lacks is dropped (tag null, and why).
     */
    private static String[] checked(String[] declared, String text) {
        Languages.Guess g = Languages.guess(text);
        if (declared[0] == null) {
            return g == null ? declared : new String[] {g.tag(), g.basis()};
        }
        if (g != null && !Languages.sameLanguage(declared[0], g.tag())) {
            return new String[] {g.tag(), g.basis() + "; the page declares " + declared[0]};
        }
        if (g == null && Boolean.FALSE.equals(Languages.reads(declared[0], text))) {
            return new String[] {null, "the page declares " + declared[0] + " but its text does not read as it"};
        }
        return declared;
    }

    /** The last modification date, from JSON-LD dateModified or the modification meta tags, with where it was found. */
    private static Published modified(Document doc, JsonNode article) {
        String[][] places = {{"json-ld dateModified", JsonLd.text(article, "dateModified")},
            {"meta article:modified_time", meta(doc, "article:modified_time")},
            {"meta og:updated_time", meta(doc, "og:updated_time")},
            {"meta dateModified", meta(doc, "dateModified")}};
        for (String[] p : places) {
            LocalDate d = Dates.parse(p[1]);
            if (d != null) {
                return new Published(d, Published.How.METADATA, 0.9, p[0]);
            }
        }
        return Published.UNKNOWN;
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
    static <T> T firstNonNull(T... xs) {
        for (T x : xs) {
            if (x != null) {
                return x;
            }
        }
        return null;
    }

    static String clean(String s) {
        return s == null ? null : MainText.normalise(s);
    }

    /** The declared language as {tag, where it was declared}, or {null, null} when the page declares none. */
    private static String[] language(Document doc, JsonNode article) {
        Element html = doc.selectFirst("html[lang]");
        Element http = doc.selectFirst("meta[http-equiv=content-language][content]");
        String[][] places = {{"html lang attribute", html != null ? html.attr("lang") : null},
            {"json-ld inLanguage", JsonLd.text(article, "inLanguage")},
            {"meta og:locale", meta(doc, "og:locale")},
            {"meta content-language", firstNonNull(meta(doc, "content-language"), http != null ? http.attr("content") : null)},
            {"meta language", meta(doc, "language")}};
        for (String[] p : places) {
            String tag = p[1] == null ? "" : p[1].strip().replace('_', '-').toLowerCase(Locale.ROOT);
            // "x-default", "*" and friends name no language.
            if (tag.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*")) {
                return new String[] {tag, p[0]};
            }
        }
        return new String[] {null, null};
    }

}
