package org.sitrep.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.PlacesEval;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Place;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageContract;
import org.sitrep.testing.Fixtures;

class GeocoderTest extends StageContract {

    private static final Geocoder GEOCODER = new Geocoder();
    private static final int LGL_SUBSET = 30;

    @Override
    protected Stage stage() {
        return GEOCODER;
    }

    private static void near(Analysis a, String text, String country, double lat, double lon) {
        List<Place> ps = a.places().stream().filter(p -> a.textOf(p.span()).equals(text)).toList();
        assertTrue(!ps.isEmpty(), "no place for " + text);
        for (Place p : ps) {
            assertEquals(country, p.country(), text);
            assertTrue(Geocoder.km(lat, lon, p.lat(), p.lon()) < 50, text + " placed at " + p);
        }
    }

    @Test
    void seedPlacesInAzerbaijan() {
        Analysis a = Fixtures.seedAnalysis();
        near(a, "Aghdam", "AZE", 39.99, 46.93);
        near(a, "Agdam", "AZE", 39.99, 46.93);
        near(a, "Lachin", "AZE", 39.64, 46.55);
        near(a, "Kelbajar", "AZE", 40.10, 46.04);
        near(a, "Nagorno-Karabakh", "AZE", 39.8, 46.7);
        near(a, "Baku", "AZE", 40.4, 49.9);
        near(a, "Yerevan", "ARM", 40.18, 44.51);
        near(a, "Moscow", "RUS", 55.75, 37.62);
    }

    private static long placesNamed(Analysis a, String text) {
        return a.places().stream().filter(p -> a.textOf(p.span()).equals(text) && p.lat() != null).count();
    }

    /** Invented text: a dateline in capitals names the place the story is from. */
    @Test
    void datelineInCapitals() {
        Analysis a = Fixtures.sitrep().analyze(Article.of("dateline",
                "Budget passes after long night. CROMWELL — The town council approved the budget on Monday "
                        + "night after three hours of debate."));
        assertEquals(1, placesNamed(a, "CROMWELL"), a.places().toString());
    }

    /** Invented text: a name found as a place once is a place in the bodies named after it too. */
    @Test
    void onePlaceNameOneSensePerArticle() {
        Analysis a = Fixtures.sitrep().analyze(Article.of("repeats",
                "Vote delayed. Residents of Galway packed the hall on Friday. Galway City Council will vote "
                        + "next week, and the Galway Film Festival opens in June."));
        assertEquals(3, placesNamed(a, "Galway"), a.places().toString());
    }

    /** Invented text: a demonym that is the surname of a person of the article ("French said") is no place. */
    @Test
    void demonymSurnameIsNoPlace() {
        Analysis a = Fixtures.sitrep().analyze(Article.of("surname",
                "Audit delayed. District spokeswoman Monica French said on Tuesday that the audit would end in "
                        + "May. \"We cooperated completely,\" French said after a meeting in Lyon."));
        assertTrue(a.places().stream().noneMatch(p -> a.textOf(p.span()).equals("French")), a.places().toString());
        assertEquals(1, placesNamed(a, "Lyon"), a.places().toString());
    }

    /** Invented text: a small town opening a local body's name, near another place of the story. */
    @Test
    void townOpeningALocalBodyNearTheStory() {
        Analysis a = Fixtures.sitrep().analyze(Article.of("body",
                "Officers of the Grovetown Department of Public Safety arrested a man in Augusta on Monday."));
        assertEquals(1, placesNamed(a, "Grovetown"), a.places().toString());
    }

    /** Invented text: a first-level region inside a body's name is a place. */
    @Test
    void regionInsideABodysName() {
        Analysis a = Fixtures.sitrep().analyze(Article.of("region",
                "She was treated at the Hospital of the University of Vermont after the crash, police said."));
        assertEquals(1, placesNamed(a, "Vermont"), a.places().toString());
    }

    /** Invented text: a state's abbreviation whose period also ends the sentence. */
    @Test
    void abbreviationAtSentenceEnd() {
        Analysis a = Fixtures.sitrep().analyze(Article.of("abbreviation",
                "The bakery moved its ovens last spring from Camden to Harrisburg, Pa. Sales rose by a third."));
        List<Place> ps = a.places().stream().filter(p -> a.textOf(p.span()).startsWith("Pa")).toList();
        assertEquals(1, ps.size(), a.places().toString());
        assertEquals("USA", ps.get(0).country(), a.places().toString());
    }

    /** Invented text: towns read through old or foreign names must not outweigh those known by their own. */
    @Test
    void oldNamesVouchLessThanOwnNames() {
        Analysis a = Fixtures.sitrep().analyze(Article.of("old-names",
                "Paris and Henry County are rich in history, and the Lee Academy for the Arts shows it. Lee "
                        + "Academy opened its doors in Paris in 1921. Dancers from across Henry County train at Lee."));
        near(a, "Paris", "USA", 36.30, -88.33);
    }

    /** Invented text: a country's name listed with a country stays a country in a local US story. */
    @Test
    void listedWithACountryIsACountry() {
        Analysis a = Fixtures.sitrep().analyze(Article.of("listed",
                "SPRINGFIELD, Ill. -- Farmers from Decatur and Champaign met the state grain board on Tuesday. "
                        + "The board said soybean exports to Jordan and Lebanon fell last year."));
        near(a, "Jordan", "JOR", 31.0, 36.0);
        near(a, "Lebanon", "LBN", 33.9, 35.8);
        assertTrue(a.entities().stream().filter(e -> e.mentions().stream()
                        .anyMatch(m -> a.textOf(m.span()).equals("Lebanon")))
                .allMatch(e -> "LBN".equals(e.country())), a.entities().toString());
    }

    /** Invented text: a name listed with a US state is the state, with a country the country. */
    @Test
    void listedGeorgiaFollowsItsNeighbour() {
        Analysis state = Fixtures.sitrep().analyze(Article.of("listed-state",
                "Storms flooded roads in Georgia and Alabama on Sunday, officials said."));
        near(state, "Georgia", "USA", 32.75, -83.5);
        Analysis country = Fixtures.sitrep().analyze(Article.of("listed-country",
                "Trade between Georgia and Russia fell last year, officials said."));
        near(country, "Georgia", "GEO", 42.0, 43.5);
    }

    @Test
    void greatCircle() {
        assertEquals(0, Geocoder.km(40, 50, 40, 50), 1e-9);
        assertEquals(111.2, Geocoder.km(0, 0, 1, 0), 0.1);
    }

    /** The first articles of LGL: floors a little under the figures measured when the rules were written. */
    @Test
    void lglSubsetFloors() throws IOException {
        List<PlacesEval.Doc> docs = PlacesEval.readLgl(Fixtures.shared("eval/geo-lgl/lgl.xml")).subList(0, LGL_SUBSET);
        PlacesEval.Result r = PlacesEval.run(Fixtures.sitrep(), docs);
        System.out.println("LGL first " + LGL_SUBSET + ": " + r.summary());
        assertTrue(r.toponyms().recall() >= 0.78, r.summary());
        assertTrue(r.toponyms().precision() >= 0.85, r.summary());
        assertTrue(r.accuracy161() >= 0.85, r.summary());
    }
}
