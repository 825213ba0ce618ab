package org.sitrep.read.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The different titles a page gives for itself, each cleaned of the site's name and described by the
 * features {@link TitleChooser} weighs: where it was found, how far the page's other titles, its heading
 * and its URL agree with it, and its length. Public so that the chooser can be trained and cross-validated
 * from the evaluation package.
 */
public final class TitleOptions {

    private TitleOptions() {
    }

    /** Where a title was found, in the order of trust that breaks ties. */
    public enum Place {
        JSON_LD, OG_TITLE, H1, DOCUMENT_TITLE, TWITTER_TITLE
    }

    /** One distinct title of a page, the places that give it and its feature values (see {@link #FEATURES}; read only). */
    public record Option(String text, Set<Place> places, double[] features) {
    }

    /**
     * The features' names, in the order of {@link Option#features()} and of the shipped weights: the places
     * that give the option, how many do, whether it stands alone against the others, its likeness to the h1,
     * the document title and the URL slug, its length, whether it is a longer or shorter version of another
     * option (and of the JSON-LD/og:title pair in particular), and, prefixed "en:", some of these again on
     * pages that declare English, whose publishers' habits differ from the others' (German sites put the
     * search headline in JSON-LD and the shown one everywhere else; English ones rarely do).
     */
    public static final List<String> FEATURES = List.of(
            "json-ld", "og-title", "h1", "document-title", "twitter-title", "places", "only-json-ld", "only-og-title",
            "like-h1", "like-document-title", "like-slug", "log-words", "longest", "shortest", "holds-other",
            "inside-other", "shorter-variant", "longer-variant",
            "en:json-ld", "en:og-title", "en:h1", "en:document-title", "en:only-og-title", "en:shorter-variant");

    private static final List<String> ENGLISH_COPIES = List.of("json-ld", "og-title", "h1", "document-title",
            "only-og-title", "shorter-variant");

    private static final String[] PLACE_FEATURES = {"json-ld", "og-title", "h1", "document-title", "twitter-title"};

    /** The options of a whole page (parsed here), for training and evaluation. */
    public static List<Option> of(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        return of(doc, JsonLd.article(JsonLd.objects(doc)), url);
    }

    /**
     * The page's distinct titles in order of first appearance by {@link Place}; each has lost its site-name
     * tail (the document title also its section tail). Typographic and straight quotes make one title.
     */
    static List<Option> of(Document doc, JsonNode article, String url) {
        String ld = JsonLd.text(article, "headline");
        Element h1 = firstHeading(doc);
        Map<Place, String> found = new LinkedHashMap<>();
        found.put(Place.JSON_LD, ld == null ? null : Parser.unescapeEntities(ld, false));
        found.put(Place.OG_TITLE, HtmlReader.meta(doc, "og:title"));
        found.put(Place.H1, h1 == null ? null : h1.text());
        found.put(Place.DOCUMENT_TITLE, doc.title());
        found.put(Place.TWITTER_TITLE, HtmlReader.meta(doc, "twitter:title"));
        List<String> names = SiteNames.of(HtmlReader.meta(doc, "og:site_name"), url);
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, Set<Place>> places = new LinkedHashMap<>();
        Map<Place, String> cleaned = new LinkedHashMap<>();
        for (Map.Entry<Place, String> e : found.entrySet()) {
            String t = SiteNames.withoutSiteTail(clean(e.getValue()), names);
            if (e.getKey() == Place.DOCUMENT_TITLE) {
                t = SiteNames.withoutSectionTail(t);
            }
            if (t != null && !t.isEmpty() && t.length() < 400) {
                String key = foldQuotes(t);
                shown.putIfAbsent(key, t);
                places.computeIfAbsent(key, k -> EnumSet.noneOf(Place.class)).add(e.getKey());
                cleaned.put(e.getKey(), key);
            }
        }
        Element root = doc.selectFirst("html[lang]");
        boolean english = root != null && root.attr("lang").strip().toLowerCase(Locale.ROOT).startsWith("en");
        Set<String> slug = slugWords(url);
        List<String> keys = new ArrayList<>(shown.keySet());
        List<Option> out = new ArrayList<>();
        for (String k : keys) {
            Map<String, Double> f = features(k, places.get(k), keys, cleaned, slug);
            if (english) {
                for (String name : ENGLISH_COPIES) {
                    f.put("en:" + name, f.getOrDefault(name, 0.0));
                }
            }
            double[] values = new double[FEATURES.size()];
            f.forEach((name, v) -> values[FEATURES.indexOf(name)] = v);
            out.add(new Option(shown.get(k), places.get(k), values));
        }
        return out;
    }

    /** The features of option {@code k} among the page's {@code keys}, by name; absent ones are 0. */
    private static Map<String, Double> features(String k, Set<Place> at, List<String> keys, Map<Place, String> cleaned,
            Set<String> slug) {
        Map<String, Double> f = new LinkedHashMap<>();
        for (Place p : at) {
            f.put(PLACE_FEATURES[p.ordinal()], 1.0);
        }
        f.put("places", (double) at.size());
        if (at.size() == 1 && at.contains(Place.JSON_LD)) {
            f.put("only-json-ld", 1.0);
        }
        if (at.size() == 1 && at.contains(Place.OG_TITLE)) {
            f.put("only-og-title", 1.0);
        }
        Set<String> words = wordSet(k);
        f.put("like-h1", like(words, cleaned.get(Place.H1)));
        f.put("like-document-title", like(words, cleaned.get(Place.DOCUMENT_TITLE)));
        f.put("like-slug", dice(ascii(words), slug));
        int n = SiteNames.words(k);
        f.put("log-words", Math.log(1 + n));
        if (keys.size() > 1) {
            int most = keys.stream().mapToInt(SiteNames::words).max().orElse(0);
            int fewest = keys.stream().mapToInt(SiteNames::words).min().orElse(0);
            f.put("longest", n == most ? 1.0 : 0.0);
            f.put("shortest", n == fewest ? 1.0 : 0.0);
        }
        for (String other : keys) {
            if (!other.equals(k) && variants(k, other)) {
                int m = SiteNames.words(other);
                if (n > m) {
                    f.put("holds-other", 1.0);
                } else if (n < m) {
                    f.put("inside-other", 1.0);
                }
            }
        }
        // The JSON-LD headline and og:title as two versions of one headline: the shorter is most often the edited
        // headline, the longer adds context for search engines or a kicker. On equal lengths JSON-LD's counts as shorter.
        String ld = cleaned.get(Place.JSON_LD);
        String og = cleaned.get(Place.OG_TITLE);
        if (ld != null && og != null && !ld.equals(og) && variants(ld, og) && (k.equals(ld) || k.equals(og))) {
            String shorter = ld.length() <= og.length() ? ld : og;
            f.put(k.equals(shorter) ? "shorter-variant" : "longer-variant", 1.0);
        }
        return f;
    }

    /** Spaces and invisible characters normalised (the ideographic space is kept: Japanese headlines separate with it). */
    static String clean(String s) {
        return HtmlReader.clean(s);
    }

    /**
     * Two versions of one headline: most of the shorter one's words are in the longer and most of the
     * longer one's in the shorter ("… how to check" and "… how to check if you have the rare buck").
     */
    static boolean variants(String a, String b) {
        Set<String> x = wordSet(a);
        Set<String> y = wordSet(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        long shared = x.stream().filter(y::contains).count();
        return shared >= 0.8 * Math.min(x.size(), y.size()) && shared >= 0.6 * Math.max(x.size(), y.size());
    }

    private static double like(Set<String> words, String other) {
        return other == null ? 0 : dice(words, wordSet(other));
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return 2.0 * shared / (a.size() + b.size());
    }

    /**
     * The words of the URL's path segment with the most hyphenated parts, the slug ("…/2025-05-03/icj-ends-hearings/"
     * → icj, ends, hearings), lower-cased, without a file suffix or long article numbers.
     */
    static Set<String> slugWords(String url) {
        Set<String> out = new HashSet<>();
        if (url == null) {
            return out;
        }
        String path;
        try {
            path = java.net.URI.create(url.strip()).getPath();
        } catch (IllegalArgumentException e) {
            return out;
        }
        if (path == null) {
            return out;
        }
        String best = "";
        for (String segment : path.split("/")) {
            String s = segment.replaceFirst("\\.[a-z]+$", "");
            if (s.split("[-_]").length > best.split("[-_]").length) {
                best = s;
            }
        }
        for (String w : best.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty() && !w.matches("\\d{5,}")) {
                out.add(w);
            }
        }
        return out;
    }

    /** Words spelt as URLs spell them: umlauts spelt out, accents dropped. */
    private static Set<String> ascii(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            String t = w.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
            out.add(Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
        }
        return out;
    }

    static Set<String> wordSet(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The first h1 with text inside the article, else inside main, else anywhere (some pages start with an empty one). */
    private static Element firstHeading(Document doc) {
        for (String query : new String[] {"article h1", "main h1", "h1"}) {
            for (Element h : doc.select(query)) {
                if (!h.text().isBlank()) {
                    return h;
                }
            }
        }
        return null;
    }

    /** Typographic quotes as straight ones: publishers give one headline both ways in one page. */
    public static String foldQuotes(String s) {
        return s.replaceAll("[‘’‚‛′]", "'").replaceAll("[“”„‟]", "\"");
    }
}
