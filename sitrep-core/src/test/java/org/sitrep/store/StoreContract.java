package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.export.AcledEvents;
import org.sitrep.export.EventRow;
import org.sitrep.export.EventRows;
import org.sitrep.export.GdeltEvents;
import org.sitrep.export.PloverEvents;
import org.sitrep.model.Analysis;
import org.sitrep.model.EntityType;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.query.QueryFilter;
import org.sitrep.query.QueryService;
import org.sitrep.query.ResultTable;

/**
 * What every {@link Store} must do, run against each engine by a subclass that opens a fresh, empty store:
 * lossless round trip of all layers, idempotence, atomic puts, near-duplicates, corpus identity, stories,
 * and the query filters on top.
 */
abstract class StoreContract {

    protected Store store;

    /** A new empty store. */
    protected abstract Store open();

    /** The same store opened again (for migration checks). */
    protected abstract Store reopen();

    @BeforeEach
    void setUp() {
        store = open();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    static final String WIRE = "Azerbaijan shells Armenian positions\n"
            + "Azerbaijani forces shelled Armenian positions near Stepanakert on 19 September, the Armenian defence "
            + "ministry said. Kremlin spokesman Dmitry Peskov told reporters: \"We are concerned about the escalation "
            + "in Nagorno-Karabakh.\" Peskov added that Moscow was in contact with Baku and Yerevan. Azerbaijan "
            + "called the shelling local anti-terrorist measures and demanded the withdrawal of Armenian troops.";

    static Analysis wire(String id, String text, String date) {
        SyntheticAnalyses s = SyntheticAnalyses.article(id, text).published(date)
                .entity(EntityType.PERSON, "Dmitry Peskov", "RUS", "Kremlin spokesman", "Dmitry Peskov", "Peskov")
                .entity(EntityType.LOCATION, "Azerbaijan", "AZE", null, "Azerbaijan")
                .entity(EntityType.ORGANIZATION, "Armenian defence ministry", "ARM", null)
                .entity(EntityType.LOCATION, "Stepanakert", "AZE", null)
                .entity(EntityType.LOCATION, "Nagorno-Karabakh", "AZE", null)
                .quote("We are concerned about the escalation in Nagorno-Karabakh.", "told", "Dmitry Peskov")
                .time("19 September", "2023-09-19")
                .place("Stepanakert", "AZE", 39.8153, 46.7519, 174875L)
                .event("ASSAULT", "195", "Azerbaijani forces", "AZEMIL", "Armenian positions", "ARMMIL", "shelled",
                        "19 September", "Stepanakert")
                .event("REQUEST", "1031", "Azerbaijan called", "AZE", "Armenian troops", "ARMMIL", "demanded", null, null);
        return s.build();
    }

    static Analysis other(String id, String date) {
        return SyntheticAnalyses.article(id, "Storm floods coastal villages\nHeavy rainfall flooded villages along "
                        + "the coast of Portugal on Tuesday, the civil protection agency said, and hundreds of residents "
                        + "were evacuated from their homes by firefighters.").published(date)
                .entity(EntityType.LOCATION, "Portugal", "PRT", null)
                .entity(EntityType.ORGANIZATION, "civil protection agency", "PRT", null)
                .build();
    }

    @Test
    void everyLayerSurvivesTheRoundTrip() {
        Analysis a = wire("w1", WIRE, "2023-09-19");
        Store.Stored s = store.put(a, "test");
        assertTrue(s.added());
        assertEquals(a, store.analysis(s.id()).orElseThrow());
        Store.Counts c = store.counts();
        assertEquals(1, c.articles());
        assertEquals(1, c.quotes());
        assertEquals(2, c.events());
        assertEquals(5, c.entities());
    }

    @Test
    void storingTheSameTextTwiceStoresNothingNew() {
        Analysis a = wire("w1", WIRE, "2023-09-19");
        Store.Stored first = store.put(a, "test");
        Analysis sameTextOtherId = wire("w1-again", WIRE + "  \n", "2023-09-19");
        Store.Stored second = store.put(sameTextOtherId, "test");
        assertFalse(second.added());
        assertEquals(first.id(), second.id());
        assertTrue(store.contains(ContentHash.of(WIRE)));
        assertEquals(new Store.Counts(1, 1, 1, 5, 1, 2), store.counts());
    }

    @Test
    void aFailingPutLeavesNothingBehind() {
        Analysis good = wire("w1", WIRE, "2023-09-19");
        Quote beyond = new Quote(Quote.Kind.DIRECT, new Span(0, WIRE.length() + 50), null, Quote.Speaker.UNKNOWN, 1, "x", null);
        Analysis broken = good.withQuotes(List.of(beyond));
        assertThrows(RuntimeException.class, () -> store.put(broken, "test"));
        assertEquals(new Store.Counts(0, 0, 0, 0, 0, 0), store.counts());
        assertTrue(store.put(good, "test").added());
    }

    @Test
    void aLightRewriteIsAReportOfTheFirstArticle() {
        Store.Stored first = store.put(wire("w1", WIRE, "2023-09-19"), "test");
        String rewrite = WIRE.replace("told reporters", "told journalists").replace("Heavy", "Strong")
                .replace("local anti-terrorist measures", "local counter-terrorist measures");
        Store.Stored copy = store.put(wire("w2", rewrite, "2023-09-20"), "test");
        Store.Stored unrelated = store.put(other("o1", "2023-09-19"), "test");
        assertTrue(copy.added());
        assertEquals(first.id(), copy.duplicateOf());
        assertTrue(copy.similarity() >= NearDuplicates.THRESHOLD);
        assertEquals(first.story(), copy.story());
        assertNull(unrelated.duplicateOf());
        assertEquals(2, store.counts().distinct());
        ResultTable arts = new QueryService(store).articles(QueryFilter.ALL);
        assertEquals(1L, arts.get(0, "reports"));
    }

    @Test
    void onePersonIsOneEntityAcrossArticles() {
        store.put(wire("w1", WIRE, "2023-09-19"), "test");
        String short1 = "Peskov declined to comment on the talks in Brussels, where the mediators are meeting today.";
        store.put(SyntheticAnalyses.article("s1", short1).entity(EntityType.PERSON, "Peskov", null, null).build(), "t");
        String variant = "Dmitri Peskov said the Kremlin would not attend the summit in Geneva next month at all.";
        store.put(SyntheticAnalyses.article("s2", variant).entity(EntityType.PERSON, "Dmitri Peskov", null, null).build(), "t");
        ResultTable e = new QueryService(store).entities(new QueryFilter("peskov", null, null, null, null, null, null, 0));
        assertEquals(1, e.size(), e.toString());
        assertEquals("Dmitry Peskov", e.get(0, "name"));
        assertEquals(3L, e.get(0, "articles"));
        assertEquals("Kremlin spokesman", e.get(0, "roles"));
    }

    @Test
    void anAcronymJoinsTheBodyItAbbreviates() {
        store.put(SyntheticAnalyses.article("a", "U.S. officials said the AP report on the talks was accurate.")
                .entity(EntityType.LOCATION, "U.S.", null, null).entity(EntityType.ORGANIZATION, "AP", null, null)
                .build(), "t");
        store.put(SyntheticAnalyses.article("b", "The United States told the Associated Press it would send aid soon.")
                .entity(EntityType.LOCATION, "United States", "USA", null)
                .entity(EntityType.ORGANIZATION, "Associated Press", null, null).build(), "t");
        QueryService q = new QueryService(store);
        ResultTable us = q.entities(new QueryFilter("united states", null, null, null, null, null, null, 0));
        assertEquals(1, us.size(), us.toString());
        assertEquals(2L, us.get(0, "articles"));
        assertEquals("USA", us.get(0, "country"));
        ResultTable ap = q.entities(new QueryFilter("associated press", null, null, null, null, null, null, 0));
        assertEquals(2L, ap.get(0, "articles"));
        assertEquals(2, store.counts().entities());
    }

    @Test
    void aBareSurnameSharedByTwoPeopleJoinsNeither() {
        store.put(SyntheticAnalyses.article("a", "John Smith met the delegation in the capital yesterday morning.")
                .entity(EntityType.PERSON, "John Smith", null, null).build(), "t");
        store.put(SyntheticAnalyses.article("b", "Mary Smith chaired the committee hearing on the budget plans.")
                .entity(EntityType.PERSON, "Mary Smith", null, null).build(), "t");
        store.put(SyntheticAnalyses.article("c", "Smith refused to answer questions from the press about it.")
                .entity(EntityType.PERSON, "Smith", null, null).build(), "t");
        ResultTable e = new QueryService(store).entities(new QueryFilter("smith", null, null, null, null, null, null, 0));
        assertEquals(3, e.size(), e.toString());
    }

    @Test
    void articlesOnOneDevelopingEventFormOneStory() {
        Store.Stored a = store.put(wire("w1", WIRE, "2023-09-19"), "test");
        String followUp = "Armenia reports new Azerbaijani shelling\nThe Armenian defence ministry said Azerbaijan "
                + "continued shelling near Stepanakert in Nagorno-Karabakh. Peskov said Moscow urged restraint and "
                + "the escalation must stop; Azerbaijan again demanded the withdrawal of Armenian troops.";
        Store.Stored b = store.put(SyntheticAnalyses.article("w3", followUp).published("2023-09-20")
                .entity(EntityType.PERSON, "Peskov", null, null)
                .entity(EntityType.LOCATION, "Azerbaijan", "AZE", null)
                .entity(EntityType.ORGANIZATION, "Armenian defence ministry", "ARM", null)
                .entity(EntityType.LOCATION, "Stepanakert", "AZE", null)
                .entity(EntityType.LOCATION, "Nagorno-Karabakh", "AZE", null).build(), "t");
        Store.Stored c = store.put(other("o1", "2023-09-20"), "test");
        assertNull(b.duplicateOf());
        assertEquals(a.story(), b.story());
        assertNotEquals(a.story(), c.story());
        ResultTable stories = new QueryService(store).stories(QueryFilter.ALL);
        assertEquals(2, stories.size());
        assertEquals(2L, stories.get(0, "articles"));
        assertEquals("2023-09-19", stories.get(0, "first_date"));
        assertEquals("2023-09-20", stories.get(0, "last_date"));
    }

    @Test
    void quotesAreFoundBySpeakerNameIdAndText() {
        store.put(wire("w1", WIRE, "2023-09-19"), "test");
        store.put(other("o1", "2023-09-19"), "test");
        QueryService q = new QueryService(store);
        ResultTable byName = q.quotes(new QueryFilter("PESKOV", null, null, null, null, null, null, 0));
        assertEquals(1, byName.size());
        assertEquals("Dmitry Peskov", byName.get(0, "speaker"));
        String id = String.valueOf(byName.get(0, "speaker_id"));
        assertEquals(1, q.quotes(new QueryFilter(id, null, null, null, null, null, null, 0)).size());
        assertEquals(1, q.quotes(new QueryFilter(null, null, null, null, null, "escalation concerned", null, 0)).size());
        assertEquals(0, q.quotes(new QueryFilter(null, null, null, null, null, "floods", null, 0)).size());
        assertEquals(0, q.quotes(new QueryFilter("Portugal", null, null, null, null, null, null, 0)).size());
        assertEquals(0, q.quotes(new QueryFilter(null, null, null, LocalDate.parse("2023-09-20"), null, null, null, 0)).size());
        // Query syntax in user text is searched as words, never parsed.
        assertEquals(0, q.quotes(new QueryFilter(null, null, null, null, null, "\"NEAR( AND", null, 0)).size());
    }

    @Test
    void aStatementIsDatedByItsReportTimeWhenTheTextGivesADay() {
        String text = "Talks stall\nOn Monday the envoy said the border talks had stalled. Officials hope for more.";
        Analysis a = SyntheticAnalyses.article("r1", text).published("2023-09-20")
                .entity(EntityType.PERSON, "Ann Envoy", "FRA", "envoy", "the envoy")
                .quote("the border talks had stalled", "said", "Ann Envoy").saidAt("Monday")
                .time("Monday", "2023-09-18")
                .quote("more", "hope", null)
                .build();
        store.put(a, "test");
        QueryService q = new QueryService(store);
        ResultTable all = q.quotes(QueryFilter.ALL);
        assertEquals(2, all.size());
        assertEquals("2023-09-20", all.get(0, "date"));  // no report time: the article's date, and newest first
        assertEquals("2023-09-18", all.get(1, "date"));
        ResultTable monday = q.quotes(new QueryFilter(null, null, null, null, LocalDate.parse("2023-09-18"), null, null, 0));
        assertEquals(1, monday.size());
        assertEquals("the border talks had stalled", monday.get(0, "quote"));
    }

    @Test
    void eventsFilterByDyadTypeAndDate() {
        store.put(wire("w1", WIRE, "2023-09-19"), "test");
        String october = "Ceasefire talks resume\nOn 3 October Armenian negotiators met Azerbaijani officials in "
                + "Brussels and both sides agreed to continue the border commission work next month.";
        store.put(SyntheticAnalyses.article("w9", october).published("2023-10-03")
                .time("3 October", "2023-10-03")
                .event("AGREE", "057", "Armenian negotiators", "ARMGOV", "Azerbaijani officials", "AZEGOV", "agreed",
                        "3 October", "Brussels").build(), "test");
        QueryService q = new QueryService(store);
        assertEquals(2, q.events(new QueryFilter(null, null, "AZE-ARM", null, null, null, null, 0)).size());
        ResultTable sept = q.events(new QueryFilter(null, null, "AZE-ARM", LocalDate.parse("2023-09-01"),
                LocalDate.parse("2023-09-30"), null, null, 0));
        assertEquals(2, sept.size(), sept.toString());
        assertEquals("2023-09-19", sept.get(0, "date"));
        assertEquals(-10.0, (Double) sept.get(0, "goldstein"));
        ResultTable armAze = q.events(new QueryFilter(null, null, "ARM-AZE", null, null, null, null, 0));
        assertEquals(1, armAze.size());
        assertEquals("AGREE", armAze.get(0, "type"));
        assertEquals(8.0, armAze.get(0, "goldstein"));
        assertEquals(1, q.events(new QueryFilter(null, "assault", "AZE-*", null, null, null, null, 0)).size());
        assertEquals(1, q.events(new QueryFilter(null, "19", null, null, null, null, null, 0)).size());
        assertEquals(1, q.events(new QueryFilter(null, null, null, null, null, "Brussels commission", null, 0)).size());
        assertEquals(3, q.events(new QueryFilter("armenian", null, null, null, null, null, null, 0)).size());
    }

    @Test
    void anActorWithoutCodeTakesItsEntitysCountry() {
        String t = "Russian troops entered Georgian villages near Gori on Friday, officials in Tbilisi said.";
        store.put(SyntheticAnalyses.article("g", t).published("2008-08-08")
                .entity(EntityType.ORGANIZATION, "Russian troops", "RUS", null)
                .entity(EntityType.LOCATION, "Georgian villages", "GEO", null)
                .event("FIGHT", null, "Russian troops", null, "Georgian villages", null, "entered", null, "Gori")
                .build(), "t");
        ResultTable e = new QueryService(store).events(new QueryFilter(null, null, "RUS-GEO", null, null, null, null, 0));
        assertEquals(1, e.size(), e.toString());
        assertEquals(-10.0, e.get(0, "goldstein"));
        assertEquals("2008-08-08", e.get(0, "date"));
    }

    @Test
    void timelineSumsGoldsteinPerDayAndWeek() {
        store.put(wire("w1", WIRE, "2023-09-19"), "test");
        QueryService q = new QueryService(store);
        QueryFilter dyad = new QueryFilter(null, null, "AZE-ARM", null, null, null, null, 0);
        ResultTable days = q.timeline(dyad, QueryService.Period.DAY);
        assertEquals(1, days.size(), days.toString());
        assertEquals("2023-09-19", days.get(0, "day"));
        assertEquals(2L, days.get(0, "events"));
        assertEquals(-15.0, days.get(0, "goldstein"));
        ResultTable weeks = q.timeline(QueryFilter.ALL, QueryService.Period.WEEK);
        assertEquals("2023-09-18", weeks.get(0, "week"));
        assertEquals(1L, weeks.get(0, "articles"));
        assertEquals(1L, weeks.get(0, "quotes"));
    }

    @Test
    void exportsEventShapesAndFullAnalyses() throws Exception {
        store.put(wire("w1", WIRE, "2023-09-19"), "test");
        store.put(wire("w2", WIRE.replace("told reporters", "told journalists"), "2023-09-19"), "test");
        List<EventRow> rows = EventRows.all(store);
        assertEquals(2, rows.size(), "events of the near-duplicate are not exported twice");
        EventRow assault = rows.get(0);
        assertEquals("ASSAULT", assault.type());
        assertEquals("Stepanakert", assault.placeText());
        assertEquals(39.8153, assault.lat());
        assertEquals(2, assault.reports());
        String[] gdelt = GdeltEvents.row(assault).split("\t", -1);
        assertEquals(GdeltEvents.COLUMNS, gdelt.length);
        assertEquals("2", gdelt[31], "NumMentions counts the reports");
        assertEquals("Violence against civilians", AcledEvents.row(assault).get(5));
        assertNull(AcledEvents.row(rows.get(1)), "a demand is not an ACLED event");
        var plover = PloverEvents.json(assault);
        assertEquals("ASSAULT", plover.get("event").asText());
        assertEquals("AZEMIL", plover.get("source").get(0).get("code").asText());
        List<String> lines = new java.util.ArrayList<>();
        CorpusExport.analyses(store, lines::add);
        assertEquals(2, lines.size());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(1));
        assertEquals("w2", json.get("id").asText());
        assertEquals(json.get("corpus").get("duplicateOf").asLong(), new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(lines.get(0)).get("corpus").get("article").asLong());
        assertEquals(1, json.get("quotes").size());
    }

    @Test
    void reopeningAppliesNoMigrationTwice() {
        store.put(wire("w1", WIRE, "2023-09-19"), "test");
        store.close();
        store = reopen();
        assertEquals(1, store.counts().articles());
        long versions = store.read(c -> {
            try (var s = c.createStatement(); var r = s.executeQuery("SELECT count(*) FROM schema_version")) {
                r.next();
                return r.getLong(1);
            }
        });
        assertEquals(2, versions);  // V1 (the corpus) and V2 (statement dates), once each
    }
}
