package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.Fixtures;

/** The JSON API against the real server in-process, over HTTP on 127.0.0.1. */
class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void healthAnswers() throws Exception {
        HttpResponse<String> r = TestServer.get("/api/health");
        assertEquals(200, r.statusCode());
        assertEquals("ok", JSON.readTree(r.body()).get("status").asText());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void analysesPlainTextWithMetadataInTheQuery() throws Exception {
        String seed = Fixtures.seedArticle().text();
        HttpResponse<String> r = TestServer.post("/api/analyze?id=seed&published=2023-09-19", "text/plain; charset=utf-8", seed);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode a = JSON.readTree(r.body());
        assertEquals("seed", a.get("id").asText());
        assertEquals(seed, a.get("text").asText());
        assertEquals("2023-09-19", a.at("/published/date").asText());
        assertEquals("given", a.at("/published/how").asText());
        assertEquals(3, a.get("stories").size(), "the seed holds three stories");
        assertTrue(a.get("entities").size() >= 10, "entities found: " + a.get("entities").size());
        assertSpansMatchText(a, a, seed);
    }

    @Test
    void analysesAJsonArticle() throws Exception {
        ObjectNode in = JSON.createObjectNode();
        in.put("text", "Azerbaijan launched an operation in Karabakh on Tuesday.\r\nArmenia protested.");
        in.put("title", "A short one");
        in.put("id", "short-1");
        HttpResponse<String> r = TestServer.post("/api/analyze", "application/json", in.toString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode a = JSON.readTree(r.body());
        assertEquals("A short one", a.get("title").asText());
        assertEquals("short-1", a.get("id").asText());
        assertTrue(a.get("text").asText().contains("Tuesday.\nArmenia"), "line ends are made canonical");
        assertEquals("unknown", a.at("/published/how").asText());
    }

    @Test
    void refusesBadRequestsWithJsonErrors() throws Exception {
        assertError(TestServer.post("/api/analyze", "application/json", "{\"text\": \"  \"}"), 400, "empty-text");
        assertError(TestServer.post("/api/analyze", "text/plain", ""), 400, "empty-text");
        assertError(TestServer.post("/api/analyze", "application/json", "{\"text\": "), 400, "invalid-json");
        assertError(TestServer.post("/api/analyze", "application/json", "[1, 2]"), 400, "invalid-json");
        assertError(TestServer.post("/api/analyze", "application/json", "{\"text\": \"x\", \"body\": \"y\"}"), 400, "unknown-field");
        assertError(TestServer.post("/api/analyze", "application/json", "{\"text\": 42}"), 400, "invalid-field");
        assertError(TestServer.post("/api/analyze", "application/json", "{\"text\": \"x\", \"published\": \"19/09/2023\"}"),
                400, "invalid-published");
        assertError(TestServer.post("/api/analyze?published=yesterday", "text/plain", "Some text."), 400, "invalid-published");
        assertError(TestServer.post("/api/analyze", "application/xml", "<a/>"), 415, "unsupported-media-type");
        assertError(TestServer.post("/api/analyze", null, "text"), 415, "unsupported-media-type");
        assertError(TestServer.get("/api/no-such-thing"), 404, "not-found");
    }

    @Test
    void refusesBinaryInput() throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestServer.base() + "/api/analyze"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {0x50, 0x4b, 3, 4, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0x7f, 1, 2}));
        assertError(TestServer.send(b), 400, "unreadable-text");
    }

    @Test
    void enforcesSizeLimits() throws Exception {
        String tooLongText = "word ".repeat(TestServer.MAX_TEXT / 5 + 10);
        assertError(TestServer.post("/api/analyze", "text/plain", tooLongText), 413, "text-too-long");
        String tooLargeBody = "x".repeat(TestServer.MAX_BODY + 1);
        assertError(TestServer.post("/api/analyze", "text/plain", tooLargeBody), 413, "body-too-large");
    }

    @Test
    void aRouteAskedWithTheWrongMethodSaysSo() throws Exception {
        HttpResponse<String> r = TestServer.get("/api/analyze");
        assertError(r, 405, "method-not-allowed");
        assertTrue(r.body().contains("GET is not accepted on /api/analyze"), r.body());
        assertError(TestServer.get("/api/no-such-route"), 404, "not-found");
    }

    @Test
    void servesThePageWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> r = TestServer.get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<script src=\"app.js\""), r.body());
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertEquals(200, TestServer.get("/app.js").statusCode());
        assertEquals(200, TestServer.get("/app.css").statusCode());
    }

    static void assertError(HttpResponse<String> r, int status, String code) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), "JSON error body");
        JsonNode e = JSON.readTree(r.body()).get("error");
        assertEquals(status, e.get("status").asInt());
        assertEquals(code, e.get("code").asText(), r.body());
        assertTrue(e.get("message").asText().length() > 5, "a message a person can act on");
    }

    /** Every {begin, end, text} object anywhere in the answer carries the text under its span. */
    private static void assertSpansMatchText(JsonNode root, JsonNode n, String text) {
        if (n.isObject()) {
            if (n.has("begin") && n.has("end") && n.has("text") && n != root) {
                assertEquals(text.substring(n.get("begin").asInt(), n.get("end").asInt()), n.get("text").asText());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                assertSpansMatchText(root, it.next().getValue(), text);
            }
        } else if (n.isArray()) {
            n.forEach(c -> assertSpansMatchText(root, c, text));
        }
    }
}
