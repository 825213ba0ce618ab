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
 * and its URL agree with it, and its shape. Public so that the chooser can be trained and cross-validated
 * from the evaluation package.
 */
public final class TitleOptions {

    private TitleOptions() {
    }

    /** Where a title was found, in the order of trust that breaks ties. */
    public enum Place {
        JSON_LD, OG_TITLE, H1, DOCUMENT_TITLE, TWITTER_TITLE
    }

    /** One distinct title of a page, the places that give it and its feature values (see {@link #FEATURES}). */
    public record Option(String text, Set<Place> places, double[] features) {
    }

    /** The features' names, in the order of {@link Option#features()} and of the shipped weights. */
    public static final List<String> FEATURES = List.of(
            "json-ld", "og-title", "h1", "document-title", "twitter-title", "places", "only-json-ld", "only-og-title",
            "like-h1", "like-document-title", "like-slug", "slug-in-title", "log-words", "longest", "shortest",
            "holds-other", "inside-other", "ellipsis", "colon", "slash", "kicker-dash", "shorter-variant",
            "longer-variant", "en:json-ld", "en:og-title", "en:h1", "en:document-title", "en:shorter-variant",
            "en:only-og-title");

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
        Set<String> slug = slugWords(url);
        List<String> keys = new ArrayList<>(shown.keySet());
        int most = 0;
        int fewest = Integer.MAX_VALUE;
        for (String k : keys) {
            most = Math.max(most, SiteNames.words(k));
            fewest = Math.min(fewest, SiteNames.words(k));
        }
        List<Option> out = new ArrayList<>();
        for (String k : keys) {
            Set<Place> at = places.get(k);
            Set<String> words = wordSet(k);
            double[] f = new double[FEATURES.size()];
            f[0] = at.contains(Place.JSON_LD) ? 1 : 0;
            f[1] = at.contains(Place.OG_TITLE) ? 1 : 0;
            f[2] = at.contains(Place.H1) ? 1 : 0;
            f[3] = at.contains(Place.DOCUMENT_TITLE) ? 1 : 0;
            f[4] = at.contains(Place.TWITTER_TITLE) ? 1 : 0;
            f[5] = at.size();
            f[6] = at.size() == 1 && f[0] == 1 ? 1 : 0;
            f[7] = at.size() == 1 && f[1] == 1 ? 1 : 0;
            f[8] = like(words, cleaned.get(Place.H1));
            f[9] = like(words, cleaned.get(Place.DOCUMENT_TITLE));
            f[10] = dice(ascii(words), slug);
            f[11] = slug.isEmpty() ? 0 : share(slug, ascii(words));
            int n = SiteNames.words(k);
            f[12] = Math.log(1 + n);
            f[13] = keys.size() > 1 && n == most ? 1 : 0;
            f[14] = keys.size() > 1 && n == fewest ? 1 : 0;
            for (String other : keys) {
                if (!other.equals(k) && variants(k, other)) {
                    int m = SiteNames.words(other);
                    f[15] = Math.max(f[15], n > m ? 1 : 0);
                    f[16] = Math.max(f[16], n < m ? 1 : 0);
                }
            }
            f[17] = k.endsWith("...") || k.endsWith("…") ? 1 : 0;
            f[18] = k.contains(": ") ? 1 : 0;
            f[19] = k.contains(" / ") ? 1 : 0;
            f[20] = DASH_KICKER.matcher(k).lookingAt() ? 1 : 0;
            out.add(new Option(shown.get(k), at, f));
        }
        markVariants(out, cleaned.get(Place.JSON_LD), cleaned.get(Place.OG_TITLE), keys);
        Element html = doc.selectFirst("html[lang]");
        if (html != null && html.attr("lang").toLowerCase(Locale.ROOT).startsWith("en")) {
            for (Option o : out) {
                double[] f = o.features();
                f[23] = f[0];
                f[24] = f[1];
                f[25] = f[2];
                f[26] = f[3];
                f[27] = f[21];
                f[28] = f[7];
            }
        }
        return out;
    }

    /**
     * When the JSON-LD headline and og:title are two versions of one headline, marks the shorter (features
     * 21) and the longer (22): the shorter is most often the edited headline, the longer adds context for
     * search engines or a kicker. Equal lengths count the JSON-LD headline as the shorter.
     */
    private static void markVariants(List<Option> options, String ld, String og, List<String> keys) {
        if (ld == null || og == null || ld.equals(og) || !variants(ld, og)) {
            return;
        }
        boolean ldShorter = ld.length() <= og.length();
        options.get(keys.indexOf(ldShorter ? ld : og)).features()[21] = 1;
        options.get(keys.indexOf(ldShorter ? og : ld)).features()[22] = 1;
    }

    /** "Eskalation im Nahen Osten - «…»": a short kicker before a dash, as some headings carry. */
    private static final Pattern DASH_KICKER = Pattern.compile("[^:–—-]{3,40}\\s[–—-]\\s");

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

    /** The share of {@code part}'s words found in {@code whole}. */
    private static double share(Set<String> part, Set<String> whole) {
        return part.isEmpty() ? 0 : (double) part.stream().filter(whole::contains).count() / part.size();
    }

    /** The words of the URL's last meaningful path segment ("…/icj-concludes-hearings-on-gaza/" → icj, concludes…). */
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

    static String foldQuotes(String s) {
        return s.replaceAll("[‘’‚‛′]", "'").replaceAll("[“”„‟]", "\"");
    }
}
