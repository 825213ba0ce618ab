package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile requests against the real server: SQL injection in every query parameter of every route is inert
 * (never a server error, never a changed corpus), no path reaches files outside the page's own assets,
 * request size limits hold without a declared length, and the server listens on loopback unless told.
 */
class SecurityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> INJECTIONS = List.of(
            "' OR '1'='1",
            "1' OR 1=1 --",
            "\" OR \"\"=\"",
            "1; DROP TABLE article; --",
            "x'); DELETE FROM article; --",
            "%' UNION SELECT name, sql, 1, 1, 1, 1, 1, 1 FROM sqlite_master --",
            "Peskov' AND (SELECT count(*) FROM article) > 0 --",
            "\"unbalanced",
            "NEAR(a b",
            "text: * OR title:*",
            "a AND OR NOT",
            "^*-+()\"",
            "%_%",
            "\\",
            "\u0000",
            "1 OR 1=1",
            "-1",
            "2023-09-19' OR '1'='1",
            "9999999999999999999999");

    /** Every GET route with the query parameters it reads (all corpus filters are read by every list route). */
    private static final Map<String, List<String>> ROUTES = Map.ofEntries(
            Map.entry("/api/corpus", List.of("who")),
            Map.entry("/api/search", List.of("q", "limit")),
            Map.entry("/api/articles", List.of("who", "type", "dyad", "from", "to", "text", "story", "limit", "offset")),
            Map.entry("/api/quotes", List.of("who", "type", "dyad", "from", "to", "text", "story", "limit", "offset")),
            Map.entry("/api/events", List.of("who", "type", "dyad", "from", "to", "text", "story", "limit", "offset")),
            Map.entry("/api/entities", List.of("who", "type", "dyad", "from", "to", "text", "story", "limit", "offset")),
            Map.entry("/api/stories", List.of("who", "type", "dyad", "from", "to", "text", "story", "limit", "offset")),
            Map.entry("/api/timeline", List.of("by", "who", "type", "dyad", "from", "to", "text", "story")),
            Map.entry("/api/network", List.of("who", "type", "dyad", "from", "to", "text", "story")),
            Map.entry("/api/dyads", List.of("who", "type", "dyad", "from", "to", "text", "story")));

    @Test
    void sqlInjectionInEveryQueryParameterIsInert() throws Exception {
        String before = snapshot();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<String, List<String>> route : ROUTES.entrySet()) {
            for (String param : route.getValue()) {
                for (String payload : INJECTIONS) {
                    String extra = route.getKey().equals("/api/search") && !param.equals("q") ? "&q=Peskov" : "";
                    String path = route.getKey() + "?" + param + "=" + URLEncoder.encode(payload, StandardCharsets.UTF_8) + extra;
                    HttpResponse<String> r = TestServer.get(path);
                    requests++;
                    if (r.statusCode() != 200 && r.statusCode() != 400) {
                        failures.add(r.statusCode() + " " + path + " -> " + r.body());
                    } else if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                        failures.add("not JSON: " + path);
                    } else {
                        JSON.readTree(r.body());
                    }
                }
            }
        }
        for (String payload : INJECTIONS) {
            HttpResponse<String> r = TestServer.get("/api/articles/" + URLEncoder.encode(payload, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
            requests++;
            if (r.statusCode() != 400 && r.statusCode() != 404) {
                failures.add(r.statusCode() + " /api/articles/" + payload + " -> " + r.body());
            }
        }
        assertEquals(List.of(), failures, "of " + requests + " requests");
        assertEquals(before, snapshot(), "the corpus is unchanged");
        assertTrue(requests > 1000, "requests sent: " + requests);
    }

    @Test
    void injectionInAnalysisMetadataIsKeptAsText() throws Exception {
        String payload = "x'); DROP TABLE article; -- <script>alert(1)</script>";
        String q = URLEncoder.encode(payload, StandardCharsets.UTF_8);
        HttpResponse<String> r = TestServer.post("/api/analyze?id=" + q + "&title=" + q + "&source=" + q + "&url=" + q,
                "text/plain; charset=utf-8", "Officials in Geneva said on Tuesday that talks had resumed.");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode a = JSON.readTree(r.body());
        assertEquals(payload, a.get("id").asText());
        assertEquals(payload, a.get("title").asText());
        assertEquals(200, TestServer.get("/api/corpus").statusCode());
    }

    /** The page's assets come from one classpath folder; nothing above it (classes, the API's resources) is served. */
    @Test
    void noPathTraversal() throws Exception {
        List<String> paths = List.of(
                "/../Routes.class", "/..%2fRoutes.class", "/%2e%2e/Routes.class", "/%2e%2e%2fRoutes.class",
                "/..\\Routes.class", "/web/../Routes.class", "/./../openapi.json", "/../openapi.json",
                "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/../../../../../../etc/passwd",
                "/..%252f..%252f..%252fetc%252fpasswd", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
                "/org/sitrep/server/Routes.class", "/org/sitrep/server/openapi.json", "/META-INF/MANIFEST.MF",
                "/file:/etc/passwd", "//etc/passwd", "/app.js/../../Routes.class", "/api/articles/..%2f..%2fetc%2fpasswd",
                "/api/articles/../../../etc/passwd", "/api/../../Routes.class", "/world.json%00.html");
        List<String> failures = new ArrayList<>();
        for (String p : paths) {
            Raw r = raw("GET " + p + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            boolean leaked = r.body().contains("root:x:0:0") || r.body().contains("\u00ca\u00fe\u00ba\u00be")
                    || r.body().contains("\"openapi\"") || r.body().contains("Manifest-Version");
            if (leaked || r.status() >= 500 || r.status() == 200) {
                failures.add(r.status() + " " + p + (leaked ? " LEAKED" : ""));
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(200, TestServer.get("/app.js").statusCode(), "the page's own files are still served");
    }

    @Test
    void requestSizeLimitsHoldWithoutADeclaredLength() throws Exception {
        // Chunked: no Content-Length to check up front, so the limit must hold while reading.
        byte[] chunk = "word ".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        int chunks = TestServer.MAX_BODY / chunk.length + 2;
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofByteArrays(Collections.nCopies(chunks, chunk)));
        HttpResponse<String> r = TestServer.send(HttpRequest.newBuilder(URI.create(TestServer.base() + "/api/analyze"))
                .header("Content-Type", "text/plain").POST(chunked));
        assertEquals(413, r.statusCode(), r.body());
        // An oversized URL and oversized headers are refused by the HTTP layer, not by a failing handler.
        Raw longUrl = raw("GET /api/search?q=" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertTrue(longUrl.status() == 414 || longUrl.status() == 431 || longUrl.status() == 400, "long URL: " + longUrl.status());
        Raw bigHeader = raw("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "b".repeat(100_000)
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(bigHeader.status() == 431 || bigHeader.status() == 400, "big header: " + bigHeader.status());
        ApiTest.assertError(TestServer.get("/api/search?q=" + "a".repeat(201)), 400, "invalid-parameter");
        ApiTest.assertError(TestServer.get("/api/articles?limit=100000"), 400, "invalid-parameter");
        assertEquals(200, TestServer.get("/api/health").statusCode(), "the server is still up");
    }

    @Test
    void listensOnLoopbackUnlessTold() throws Exception {
        assertEquals("127.0.0.1", ServerSettings.DEFAULT.host());
        InetAddress outside = nonLoopbackAddress();
        try (SitrepServer s = SitrepServer.start(ServerSettings.DEFAULT.withPort(0), () -> {
            throw new IllegalStateException("no analysis in this test");
        }, new Corpus(DeskCorpus.store()))) {
            try (Socket ok = new Socket()) {
                ok.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), s.port()), 2000);
            }
            if (outside != null) {
                assertThrows(ConnectException.class, () -> {
                    try (Socket no = new Socket()) {
                        no.connect(new InetSocketAddress(outside, s.port()), 2000);
                    }
                }, "not reachable on " + outside);
            }
        }
    }

    private static InetAddress nonLoopbackAddress() throws IOException {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!ni.isUp() || ni.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a instanceof Inet4Address) {
                    return a;
                }
            }
        }
        return null;
    }

    /** Corpus counts and the first page of articles: what an injection that wrote anything would change. */
    private static String snapshot() throws Exception {
        return TestServer.get("/api/corpus").body() + TestServer.get("/api/articles?limit=500").body();
    }

    private record Raw(int status, String body) {
    }

    /** A request sent byte for byte (an HTTP client would normalise the paths under test). */
    private static Raw raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", TestServer.server().port())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            String[] first = all.isEmpty() ? new String[] {"", "0"} : all.substring(0, Math.max(0, all.indexOf("\r\n"))).split(" ");
            int body = all.indexOf("\r\n\r\n");
            return new Raw(first.length > 1 ? Integer.parseInt(first[1]) : 0, body < 0 ? "" : all.substring(body + 4));
        }
    }
}
