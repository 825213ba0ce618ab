package org.sitrep.read.html;

import com.fasterxml.jackson.databind.JsonNode;
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
        List<String> names = SiteNames.of(site, url);
        Map<String, Double> votes = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        Map<Place, String> keys = new LinkedHashMap<>();
        for (Map.Entry<Place, String> e : found.entrySet()) {
            String t = SiteNames.withoutSiteTail(HtmlReader.clean(e.getValue()), names);
            if (e.getKey() == Place.DOCUMENT_TITLE) {
                t = SiteNames.withoutSectionTail(t);
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
