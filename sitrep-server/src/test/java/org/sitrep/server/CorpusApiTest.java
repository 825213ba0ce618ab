package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The corpus routes over HTTP against the real server and a real SQLite store ({@link DeskCorpus}). */
class CorpusApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode get(String path) throws Exception {
        var r = TestServer.get(path);
        assertEquals(200, r.statusCode(), path + " -> " + r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void countsTheCorpus() throws Exception {
        JsonNode c = get("/api/corpus");
        assertEquals(DeskCorpus.articles(), c.get("articles").asInt());
        // The seed alone yields dozens of quotes and events from the real extractors.
        assertTrue(c.get("quotes").asInt() >= 10, c.toString());
        assertTrue(c.get("events").asInt() >= 10, c.toString());
    }

    @Test
    void searchFindsPeskovAsEntityAndInQuotes() throws Exception {
        JsonNode s = get("/api/search?q=Peskov");
        assertTrue(s.get("entities").size() >= 1, s.toString());
        assertEquals("Dmitry Peskov", s.get("entities").get(0).get("name").asText());
        JsonNode none = get("/api/search?q=zzzqqq");
        assertEquals(0, none.get("articles").size());
    }

    @Test
    void aSpeakersQuotesCarryTheirArticle() throws Exception {
        long peskov = get("/api/search?q=Peskov").get("entities").get(0).get("id").asLong();
        JsonNode q = get("/api/quotes?who=" + peskov);
        assertTrue(q.get("items").size() >= 3, q.toString());
        for (JsonNode row : q.get("items")) {
            assertEquals("Dmitry Peskov", row.get("speaker").asText());
            assertTrue(row.get("date").asText().startsWith("2023-09-"), row.toString());
            JsonNode article = get("/api/articles/" + row.get("article").asLong());
            String text = article.get("text").asText();
            assertTrue(text.contains(row.get("quote").asText()), "the quote is in its article");
            assertTrue(article.get("sentences").size() > 5, "sentences come with the article");
        }
    }

    @Test
    void pagesThroughResults() throws Exception {
        int total = get("/api/corpus").get("quotes").asInt();
        Set<Long> ids = new HashSet<>();
        int pages = 0;
        JsonNode p;
        do {
            p = get("/api/quotes?limit=7&offset=" + 7 * pages++);
            assertTrue(p.get("items").size() <= 7);
            p.get("items").forEach(r -> ids.add(r.get("id").asLong()));
        } while (p.get("more").asBoolean() && pages < 100);
        assertTrue(pages > 1, "more than one page");
        assertFalse(p.get("more").asBoolean());
        assertEquals(total, ids.size(), "pages neither overlap nor skip");
    }

    @Test
    void filtersLikeTheCommandLine() throws Exception {
        // The seed's Armenian recognition of Azerbaijan's sovereignty: events from Armenia on Azerbaijan.
        JsonNode arm = get("/api/events?dyad=ARM-AZE");
        assertFalse(arm.get("items").isEmpty(), arm.toString());
        for (JsonNode e : arm.get("items")) {
            assertTrue(e.get("source_code").asText().startsWith("ARM") && e.get("target_code").asText().startsWith("AZE"), e.toString());
        }
        JsonNode assaults = get("/api/events?type=ASSAULT");
        assertFalse(assaults.get("items").isEmpty(), "Baku's assault of 19 September");
        for (JsonNode e : assaults.get("items")) {
            assertEquals("ASSAULT", e.get("type").asText());
            assertTrue(e.get("goldstein").asDouble() < 0, "an assault weighs negative: " + e);
        }
        JsonNode late = get("/api/events?from=2023-09-20");
        assertFalse(late.get("items").isEmpty());
        late.get("items").forEach(e -> assertTrue(e.get("date").asText().compareTo("2023-09-20") >= 0, e.toString()));
        JsonNode tl = get("/api/timeline?by=day");
        Set<String> days = new HashSet<>();
        tl.get("items").forEach(d -> days.add(d.get("day").asText()));
        assertTrue(days.containsAll(Set.of("2023-09-19", "2023-09-20", "2023-09-21")), tl.toString());
        JsonNode esc = get("/api/timeline?dyad=ARM-AZE");
        assertFalse(esc.get("items").isEmpty(), esc.toString());
        assertTrue(esc.get("items").size() < tl.get("items").size(), "the dyad's curve covers only its days");
        assertTrue(get("/api/stories").get("items").size() >= 1);
    }

    @Test
    void networkAndDyads() throws Exception {
        JsonNode n = get("/api/network");
        assertTrue(n.get("nodes").size() >= 5, n.toString());
        assertTrue(n.get("edges").size() >= 5, n.toString());
        boolean conflict = false;
        boolean coop = false;
        for (JsonNode e : n.get("edges")) {
            conflict |= e.get("conflictual").asInt() > 0;
            coop |= e.get("cooperative").asInt() > 0;
        }
        assertTrue(conflict && coop, "edges carry cooperation and conflict: " + n);
        JsonNode d = get("/api/dyads");
        assertTrue(d.get("items").size() >= 4, d.toString());
    }

    @Test
    void refusesBadParameters() throws Exception {
        ApiTest.assertError(TestServer.get("/api/quotes?limit=0"), 400, "invalid-parameter");
        ApiTest.assertError(TestServer.get("/api/quotes?limit=many"), 400, "invalid-parameter");
        ApiTest.assertError(TestServer.get("/api/events?from=yesterday"), 400, "invalid-parameter");
        ApiTest.assertError(TestServer.get("/api/events?dyad=AZERBAIJAN"), 400, "invalid-parameter");
        ApiTest.assertError(TestServer.get("/api/events?from=2023-09-20&to=2023-09-01"), 400, "invalid-parameter");
        ApiTest.assertError(TestServer.get("/api/timeline?by=month"), 400, "invalid-parameter");
        ApiTest.assertError(TestServer.get("/api/search"), 400, "missing-parameter");
        ApiTest.assertError(TestServer.get("/api/articles/abc"), 400, "invalid-parameter");
        ApiTest.assertError(TestServer.get("/api/articles/99999"), 404, "not-found");
    }
}
