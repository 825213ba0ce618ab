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
        assertEquals(4, c.get("articles").asInt());
        assertEquals(6, c.get("quotes").asInt());
        assertEquals(5, c.get("events").asInt());
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
        assertEquals(3, q.get("items").size(), q.toString());
        for (JsonNode row : q.get("items")) {
            assertEquals("2023-09-19", row.get("date").asText());
            JsonNode article = get("/api/articles/" + row.get("article").asLong());
            String text = article.get("text").asText();
            assertTrue(text.contains(row.get("quote").asText()), "the quote is in its article");
            assertTrue(article.get("sentences").size() > 5, "sentences come with the article");
        }
    }

    @Test
    void pagesThroughResults() throws Exception {
        JsonNode p1 = get("/api/quotes?limit=2");
        JsonNode p2 = get("/api/quotes?limit=2&offset=2");
        JsonNode p3 = get("/api/quotes?limit=2&offset=4");
        assertTrue(p1.get("more").asBoolean());
        assertTrue(p2.get("more").asBoolean());
        assertFalse(p3.get("more").asBoolean());
        Set<Long> ids = new HashSet<>();
        for (JsonNode p : new JsonNode[] {p1, p2, p3}) {
            p.get("items").forEach(r -> ids.add(r.get("id").asLong()));
        }
        assertEquals(6, ids.size(), "pages neither overlap nor skip");
    }

    @Test
    void filtersLikeTheCommandLine() throws Exception {
        JsonNode aze = get("/api/events?dyad=AZE-ARM");
        assertEquals(1, aze.get("items").size(), aze.toString());
        assertEquals("ASSAULT", aze.get("items").get(0).get("type").asText());
        JsonNode late = get("/api/events?from=2023-09-20");
        assertEquals(1, late.get("items").size());
        JsonNode tl = get("/api/timeline?by=day");
        assertEquals(3, tl.get("items").size(), tl.toString());
        JsonNode esc = get("/api/timeline?dyad=AZE-ARM");
        assertTrue(esc.get("items").get(0).get("goldstein").asDouble() < 0, "an assault weighs negative");
        assertTrue(get("/api/stories").get("items").size() >= 1);
    }

    @Test
    void networkAndDyads() throws Exception {
        JsonNode n = get("/api/network");
        assertTrue(n.get("nodes").size() >= 5, n.toString());
        assertEquals(5, n.get("edges").size(), n.toString());
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
