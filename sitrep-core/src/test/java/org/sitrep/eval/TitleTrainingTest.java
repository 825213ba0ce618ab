package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.read.html.TitleChooser;
import org.sitrep.read.html.TitleOptions;
import org.sitrep.testing.Fixtures;

/** Training and cross-validating the title chooser, on invented pages and (when ../shared is there) on html-fundus. */
class TitleTrainingTest {

    private static TitleTraining.Page page(String publisher, String ld, String og, String h1, String want) {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + ld
                + "\"}</script><meta property=\"og:title\" content=\"" + og + "\"></head><body><h1>" + h1
                + "</h1></body></html>";
        List<TitleOptions.Option> options = TitleOptions.of(html, null);
        boolean[] right = new boolean[options.size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = HtmlEval.sameTitle(want, options.get(i).text());
        }
        return new TitleTraining.Page(publisher, "xx", false, options, right, want);
    }

    /** Invented publishers that all put the shown headline in og:title and the h1, a search headline in JSON-LD. */
    private static List<TitleTraining.Page> ogPublishers() {
        List<TitleTraining.Page> pages = new ArrayList<>();
        String[][] heads = {{"Storm hits coast", "Storm batters the coast overnight"}, {"Talks resume", "Ceasefire talks resume in Geneva"},
            {"Rates rise", "Central bank raises rates again"}, {"Vote counted", "Election count ends after two days"}};
        for (int i = 0; i < heads.length; i++) {
            pages.add(page("pub" + i, heads[i][0] + " latest", heads[i][1], heads[i][1], heads[i][1]));
        }
        return pages;
    }

    @Test
    void learnsWhatHoldsAcrossPublishersAndScoresUnseenOnes() {
        List<TitleTraining.Page> pages = ogPublishers();
        TitleChooser untrained = new TitleChooser(new double[TitleOptions.FEATURES.size()]);
        assertEquals(0, TitleTraining.score(pages, untrained).allRight());
        double[] w = TitleTraining.train(pages);
        assertEquals(4, TitleTraining.score(pages, new TitleChooser(w)).allRight());
        assertEquals(4, TitleTraining.crossValidated(pages).allRight());
        // Deterministic: the same pages give the same weights.
        assertArrayEquals(w, TitleTraining.train(pages));
    }

    @Test
    void crossValidationHoldsOutAWholePublisher() {
        // One publisher's habit (JSON-LD wins) cannot be learned for it from the others, which all want og:title.
        List<TitleTraining.Page> pages = new ArrayList<>(ogPublishers());
        pages.add(page("odd", "Quake shakes the city", "A strong quake shook the city at dawn",
                "A strong quake shook the city at dawn", "Quake shakes the city"));
        TitleTraining.Score cv = TitleTraining.crossValidated(pages);
        assertEquals(4, cv.allRight());
        assertEquals(5, cv.all());
    }

    @Test
    void weightsFileReadsBackAsTheSameChooser() {
        double[] w = new double[TitleOptions.FEATURES.size()];
        w[0] = 1.5;
        w[w.length - 1] = -0.5;
        String file = TitleTraining.weightsFile(w, 7);
        List<String> lines = file.lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(TitleOptions.FEATURES.size(), lines.size());
        assertTrue(file.startsWith("# Weights"));
        assertTrue(lines.get(0).equals(TitleOptions.FEATURES.get(0) + "\t1.5"));
    }

    /**
     * The shipped weights are what the committed trainer makes of html-fundus (so they were not edited by
     * hand), and they choose right at least as often as measured when they were written.
     */
    @Test
    void shippedWeightsAreTheTrainedOnesOnFundus() throws Exception {
        Path dir = Fixtures.shared("eval/html-fundus");
        List<TitleTraining.Page> pages = TitleTraining.pages(dir);
        assertArrayEquals(TitleTraining.train(pages), TitleChooser.shipped().weights(), "the title options changed: "
                + "retrain with `sitrep eval titles --write sitrep-core/src/main/resources/org/sitrep/read/html/title-weights.tsv`");
        TitleTraining.Score s = TitleTraining.score(pages, TitleChooser.shipped());
        assertTrue(s.englishRight() >= 76 && s.allRight() >= 234, s.toString());
    }
}
