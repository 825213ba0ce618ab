package org.sitrep.read.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** A page's title, chosen among the places that give one, without the site's name. */
final class Titles {

    private Titles() {
    }

    /** Where a title was found, with a weight for how often that place names the article as its publisher means it. */
    private enum Place {
        JSON_LD(3), OG_TITLE(2), H1(1.5), DOCUMENT_TITLE(0.5), TWITTER_TITLE(0.5);

        final double weight;

        Place(double weight) {
            this.weight = weight;
        }
    }

    /**
     * The title the page's places agree on most, each place voting with its weight: the JSON-LD headline is
     * the publisher's own statement of the headline, og:title the one it shares, the first non-empty h1 the
     * one it shows (but often a kicker or a teaser line), the document title and twitter:title carry site
     * names and shortened forms. Every candidate loses its site-name tail first; the first, most trusted
     * candidate wins a tie. When the JSON-LD headline and og:title are two versions of one headline, the
     * shorter is taken (see {@link #variants}).
     */
    static String of(Document doc, JsonNode article, String url) {
        String ld = JsonLd.text(article, "headline");
        Element h1 = firstHeading(doc);
        Map<Place, String> found = new LinkedHashMap<>();
        found.put(Place.JSON_LD, ld == null ? null : Parser.unescapeEntities(ld, false));
        found.put(Place.OG_TITLE, HtmlReader.meta(doc, "og:title"));
        found.put(Place.H1, h1 == null ? null : h1.text());
        found.put(Place.DOCUMENT_TITLE, doc.title());
        found.put(Place.TWITTER_TITLE, HtmlReader.meta(doc, "twitter:title"));
        String site = HtmlReader.meta(doc, "og:site_name");
        List<String> names = siteNames(site, url);
        Map<String, Double> votes = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        Map<Place, String> keys = new LinkedHashMap<>();
        for (Map.Entry<Place, String> e : found.entrySet()) {
            String t = withoutSiteTail(HtmlReader.clean(e.getValue()), names);
            if (e.getKey() == Place.DOCUMENT_TITLE) {
                t = withoutSectionTail(t);
            }
            if (t != null && !t.isEmpty() && t.length() < 400) {
                // Typographic and straight quotes are one title: the same headline is often given both ways.
                String key = foldQuotes(t);
                votes.merge(key, e.getKey().weight, Double::sum);
                shown.putIfAbsent(key, t);
                keys.put(e.getKey(), key);
            }
        }
        String ldKey = keys.get(Place.JSON_LD);
        String ogKey = keys.get(Place.OG_TITLE);
        if (ldKey != null && ogKey != null && !ldKey.equals(ogKey) && variants(ldKey, ogKey)) {
            return shown.get(ldKey.length() <= ogKey.length() ? ldKey : ogKey);
        }
        String best = null;
        double most = 0;
        for (Map.Entry<String, Double> e : votes.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        return best == null ? null : shown.get(best);
    }

    /**
     * Two versions of one headline: most of the shorter one's words are in the longer and most of the
     * longer one's in the shorter ("… how to check" and "… how to check if you have the rare buck"). The
     * shorter is the edited headline; the longer adds context for search engines or a kicker.
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

    private static Set<String> wordSet(String s) {
        Set<String> out = new java.util.HashSet<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The first h1 with text, inside the article or main element if there is one there (some pages start with an empty one). */
    private static Element firstHeading(Document doc) {
        for (Element h : doc.select("article h1, main h1, h1")) {
            if (!h.text().isBlank()) {
                return h;
            }
        }
        return null;
    }

    static String foldQuotes(String s) {
        return s.replaceAll("[‘’‚‛′]", "'").replaceAll("[“”„‟]", "\"");
    }

    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|–—*-]|::|·)\\s+");
    private static final Set<String> GENERIC_LABELS = Set.of("www", "m", "com", "co", "org", "net", "gov", "edu",
            "ac", "news", "amp", "www1", "www2");

    /** The site's own name (og:site_name) and the distinctive labels of the URL's host ("golem" of www.golem.de). */
    static List<String> siteNames(String site, String url) {
        List<String> out = new ArrayList<>();
        if (site != null && squeeze(site).length() >= 2) {
            out.add(squeeze(site));
        }
        if (url != null) {
            String host;
            try {
                host = java.net.URI.create(url.strip()).getHost();
            } catch (IllegalArgumentException e) {
                host = null;
            }
            if (host != null) {
                String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
                for (int i = 0; i < labels.length - 1; i++) {
                    String l = labels[i].replaceAll("[^\\p{L}\\p{N}]", "");
                    if (l.length() >= 2 && !GENERIC_LABELS.contains(l)) {
                        out.add(l);
                    }
                }
            }
        }
        return out;
    }

    /**
     * "Headline - National | Globalnews.ca" → "Headline": cuts the last separated segment that names the
     * site, the short segments after it ("by Jane Doe") and up to two short capitalised segments before it
     * (section names such as "Politics News"). A title that would be left shorter than three words is kept whole.
     */
    static String withoutSiteTail(String title, List<String> names) {
        if (title == null || names.isEmpty()) {
            return title;
        }
        List<int[]> seps = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(title);
        while (m.find()) {
            seps.add(new int[] {m.start(), m.end()});
        }
        for (int i = seps.size() - 1; i >= 0; i--) {
            int end = i + 1 < seps.size() ? seps.get(i + 1)[0] : title.length();
            String segment = title.substring(seps.get(i)[1], end);
            if (!namesSite(segment, names)) {
                if (words(segment) > 4) {
                    return title;
                }
                continue;
            }
            int cut = seps.get(i)[0];
            for (int k = i - 1, taken = 0; k >= 0 && taken < 2; k--, taken++) {
                String before = title.substring(seps.get(k)[1], seps.get(k + 1)[0]);
                if (words(before) > 2 || before.length() > 20 || !Character.isUpperCase(before.strip().codePointAt(0))) {
                    break;
                }
                cut = seps.get(k)[0];
            }
            String head = title.substring(0, cut).strip();
            if (words(head) < 3) {
                head = title.substring(0, seps.get(i)[0]).strip();
            }
            return words(head) < 2 ? title : head;
        }
        return title;
    }

    /** "Headline - Politik" → "Headline": a document title often ends with the section's name even without the site's. */
    static String withoutSectionTail(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = SEPARATOR.matcher(title);
        int last = -1;
        int lastEnd = -1;
        while (m.find()) {
            last = m.start();
            lastEnd = m.end();
        }
        if (last < 0) {
            return title;
        }
        String tail = title.substring(lastEnd).strip();
        String head = title.substring(0, last).strip();
        boolean section = !tail.isEmpty() && words(tail) <= 2 && tail.length() <= 20
                && Character.isUpperCase(tail.codePointAt(0));
        return section && words(head) >= 3 ? head : title;
    }

    private static boolean namesSite(String segment, List<String> names) {
        String s = squeeze(segment);
        if (s.length() < 2) {
            return false;
        }
        for (String n : names) {
            if (n.length() < 4 ? s.equals(n) : s.contains(n) || n.contains(s) && s.length() >= 4) {
                return true;
            }
        }
        return false;
    }

    /** Letters and digits only, lower-cased, umlauts spelt out and accents dropped, as host names write them. */
    private static String squeeze(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        t = java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return t.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
