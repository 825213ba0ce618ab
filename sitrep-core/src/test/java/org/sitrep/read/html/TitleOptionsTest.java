package org.sitrep.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The candidate titles of invented pages, their features, and the chooser that weighs them. */
class TitleOptionsTest {

    private static String page(String lang, String head, String h1) {
        return "<html" + (lang == null ? "" : " lang=\"" + lang + "\"") + "><head>" + head + "</head><body><article><h1>" + h1
                + "</h1><p>Negotiators from both sides returned to the table on Tuesday after three weeks.</p></article></body></html>";
    }

    private static String ld(String headline) {
        return "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + headline + "\"}</script>";
    }

    private static String og(String title) {
        return "<meta property=\"og:title\" content=\"" + title + "\">";
    }

    private static double feature(TitleOptions.Option o, String name) {
        return o.features()[TitleOptions.FEATURES.indexOf(name)];
    }

    @Test
    void eachDistinctTitleIsOneOptionWithThePlacesThatGiveIt() {
        String html = page("en", ld("Talks resume in Geneva") + og("Talks resume in Geneva | The Daily Example")
                + "<meta property=\"og:site_name\" content=\"The Daily Example\"><title>Storm hits the coast</title>",
                "Talks resume in Geneva");
        List<TitleOptions.Option> options = TitleOptions.of(html, "https://news.example.org/world/talks-resume-in-geneva");
        assertEquals(2, options.size());
        TitleOptions.Option talks = options.get(0);
        // og:title lost its site-name tail and so is the JSON-LD headline's and the h1's title.
        assertEquals("Talks resume in Geneva", talks.text());
        assertEquals(EnumSet.of(TitleOptions.Place.JSON_LD, TitleOptions.Place.OG_TITLE, TitleOptions.Place.H1), talks.places());
        assertEquals(3.0, feature(talks, "places"));
        assertEquals(1.0, feature(talks, "like-h1"));
        assertEquals(1.0, feature(talks, "like-slug"));
        assertEquals(1.0, feature(talks, "en:json-ld"));
        TitleOptions.Option storm = options.get(1);
        assertEquals(Set.of(TitleOptions.Place.DOCUMENT_TITLE), storm.places());
        assertEquals(0.0, feature(storm, "like-slug"));
        assertEquals(0.0, feature(storm, "json-ld"));
    }

    @Test
    void theShorterAndLongerVersionsOfTheJsonLdAndOgHeadlineAreMarked() {
        String html = page("de", ld("Talks resume in Geneva after a long pause") + og("Talks resume in Geneva after pause"),
                "Something else entirely happened");
        List<TitleOptions.Option> options = TitleOptions.of(html, null);
        TitleOptions.Option ldOption = options.get(0);
        TitleOptions.Option ogOption = options.get(1);
        assertEquals(1.0, feature(ldOption, "longer-variant"));
        assertEquals(1.0, feature(ldOption, "holds-other"));
        assertEquals(1.0, feature(ogOption, "shorter-variant"));
        assertEquals(1.0, feature(ogOption, "inside-other"));
        assertEquals(1.0, feature(ogOption, "only-og-title"));
        // Not an English page: the "en:" copies stay 0.
        assertEquals(0.0, feature(ldOption, "en:json-ld"));
        assertEquals(1.0, feature(ldOption, "longest"));
        assertEquals(1.0, feature(options.get(2), "shortest"));
        assertEquals(0.0, feature(ogOption, "shortest"));
    }

    @Test
    void typographicAndStraightQuotesMakeOneOption() {
        String html = page(null, ld("Minister says &#8216;no deal&#8217; on talks") + og("Minister says 'no deal' on talks"),
                "Minister says ‘no deal’ on talks");
        List<TitleOptions.Option> options = TitleOptions.of(html, null);
        assertEquals(1, options.size());
        assertEquals("Minister says ‘no deal’ on talks", options.get(0).text());
    }

    @Test
    void theSlugIsTheLongestPathSegmentWithoutNumbersOrSuffix() {
        assertEquals(Set.of("icj", "ends", "hearings"),
                TitleOptions.slugWords("https://x.example/article/2025-05-03/icj-ends-hearings-123456789.html"));
        assertEquals(Set.of(), TitleOptions.slugWords(null));
        assertEquals(Set.of(), TitleOptions.slugWords("not a url"));
    }

    @Test
    void theChooserTakesTheHighestScoreAndTheFirstOnATie() {
        double[] w = new double[TitleOptions.FEATURES.size()];
        w[TitleOptions.FEATURES.indexOf("og-title")] = 1;
        String html = page(null, ld("Talks resume in Geneva") + og("Storm batters the coast"), "Talks resume in Geneva");
        List<TitleOptions.Option> options = TitleOptions.of(html, null);
        assertEquals(1, new TitleChooser(w).choose(options));
        assertEquals(0, new TitleChooser(new double[w.length]).choose(options));
        assertEquals(-1, new TitleChooser(w).choose(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new TitleChooser(new double[2]));
    }

    @Test
    void theShippedWeightsNameEveryFeatureAndABadFileIsRefused() {
        assertEquals(TitleOptions.FEATURES.size(), TitleChooser.shipped().weights().length);
        assertThrows(IllegalStateException.class, () -> TitleChooser.read(List.of("json-ld\t1")));
        assertThrows(IllegalStateException.class, () -> TitleChooser.read(List.of("no-such-feature\t1")));
        // On an English page where the JSON-LD headline stands against all others, the shipped chooser keeps it.
        String html = page("en", ld("Talks resume in Geneva") + og("Storm batters the coast overnight"),
                "Storm batters the coast overnight");
        assertEquals("Talks resume in Geneva", HtmlReader.read(html, null).title());
        assertTrue(TitleChooser.shipped().score(TitleOptions.of(html, null).get(0)) > 0);
    }
}
