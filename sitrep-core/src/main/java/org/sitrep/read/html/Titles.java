package org.sitrep.read.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** A page's title, chosen among the places that give one, without the site's name. */
final class Titles {

    private Titles() {
    }

    /**
     * The title the page's places agree on most, each with a weight for how often it names the article as
     * the publisher means it: the JSON-LD headline and the first h1 (2), og:title (1.5), the document
     * title less its site suffix (1), twitter:title (0.5). The first, most trusted, wins a tie.
     */
    static String of(Document doc, JsonNode article, String url) {
        String ld = JsonLd.text(article, "headline");
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        String docTitle = doc.title().replaceFirst("\\s+[|–—-]\\s+[^|–—-]{2,40}$", "");
        String[] candidates = {ld == null ? null : Parser.unescapeEntities(ld, false), h1 == null ? null : h1.text(),
            HtmlReader.meta(doc, "og:title"), docTitle, HtmlReader.meta(doc, "twitter:title")};
        double[] weights = {2, 2, 1.5, 1, 0.5};
        String site = HtmlReader.meta(doc, "og:site_name");
        String suffix = siteSuffix(HtmlReader.clean(doc.title()), url);
        Map<String, Double> votes = new LinkedHashMap<>();
        for (int i = 0; i < candidates.length; i++) {
            String t = withoutSiteName(withoutSiteName(HtmlReader.clean(candidates[i]), site), suffix);
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
}
