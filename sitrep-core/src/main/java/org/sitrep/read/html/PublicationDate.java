package org.sitrep.read.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.model.Published;

/**
 * A page's publication date from the most trusted place that has one, recorded with where it was found:
 * JSON-LD {@code datePublished}, then date meta tags, then {@code <time datetime>}, then a date in the URL.
 * (A visible dateline in the text comes last; {@link HtmlReader} looks for it once the text is known.)
 */
final class PublicationDate {

    private PublicationDate() {
    }

    private static final String[] META_DATES = {"article:published_time", "og:published_time", "datePublished",
        "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
        "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published",
        "article_date_original", "cxenseparse:recs:publishtime", "date.available", "last-modified"};

    static Published of(Document doc, JsonNode article, String url, String canonical) {
        LocalDate d = Dates.parse(JsonLd.text(article, "datePublished"));
        if (d != null) {
            return new Published(d, Published.How.METADATA, 0.95, "JSON-LD datePublished");
        }
        for (String key : META_DATES) {
            d = Dates.parse(HtmlReader.meta(doc, key));
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

    /**
     * A date written in the stretch after the headline ("Veröffentlicht am 13. Mai 2026", "Do 25.04.24 |
     * 14:07 Uhr"), else one in the document title ("… | DW | 28.04.2023"); unknown when neither has one.
     * Links and captions are passed over: they lead to other stories or date the picture.
     */
    static Published visible(Document doc, String title) {
        for (Element e : Headline.stretchAfter(doc, Headline.of(doc, title))) {
            if (e.closest("a, script, style, figcaption, figure") != null) {
                continue;
            }
            // A dateline is short; a date inside a longer text is a caption's or a sentence's.
            String own = e.ownText();
            LocalDate d = own.isBlank() || own.strip().length() > 60 ? null : Dates.dateline(own);
            if (d != null) {
                return new Published(d, Published.How.INFERRED, 0.6, "dateline after the headline: " + own.strip());
            }
        }
        Element t = doc.selectFirst("head title");
        LocalDate d = t == null ? null : Dates.visible(t.text());
        if (d != null) {
            return new Published(d, Published.How.INFERRED, 0.55, "date in the document title");
        }
        return Published.UNKNOWN;
    }
}
