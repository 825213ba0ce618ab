package org.sitrep.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** URLs and the feed watcher, against a server on the loopback interface only. */
class HttpInputsTest {

    record Hit(String path, String ifNoneMatch, long nanos) {
    }

    HttpServer server;
    String base;
    final List<Hit> hits = new CopyOnWriteArrayList<>();
    volatile String feed;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        feed = feedWith(2);
        server.createContext("/feed.xml", ex -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            hits.add(new Hit("/feed.xml", inm, System.nanoTime()));
            String etag = "\"" + Integer.toHexString(feed.hashCode()) + "\"";
            if (etag.equals(inm)) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            ex.getResponseHeaders().add("ETag", etag);
            send(ex, 200, "application/rss+xml", feed);
        });
        server.createContext("/busy.xml", ex -> {
            hits.add(new Hit("/busy.xml", null, System.nanoTime()));
            ex.getResponseHeaders().add("Retry-After", "1");
            send(ex, 429, "text/plain", "slow down");
        });
        server.createContext("/page/", ex -> {
            hits.add(new Hit(ex.getRequestURI().getPath(), null, System.nanoTime()));
            if (ex.getRequestURI().getPath().equals("/page/1")) {
                send(ex, 200, "text/html; charset=utf-8", InputsFormatsTest.page("Page one", "2024-04-22"));
            } else {
                send(ex, 404, "text/plain", "not found");
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, b.length);
        try (var out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    String feedWith(int items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                + "<link>http://127.0.0.1/</link><description>d</description>");
        for (int i = 1; i <= items; i++) {
            sb.append("<item><title>Item ").append(i).append("</title><link>").append(base).append("/page/").append(i)
                    .append("</link><guid>g").append(i).append("</guid><description>Item ").append(i)
                    .append(" says something newsworthy in its own words.</description></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    @Test
    void aHostThatAsksToSlowDownIsLeftAloneForItsRetryAfter() throws Exception {
        FeedWatcher w = new FeedWatcher(HttpFetcher.DEFAULT, new FeedWatcher.Settings(Duration.ZERO, Duration.ZERO, 1, false));
        ReadResult busy = w.poll(base + "/busy.xml").get(0);
        assertTrue(busy.failed());
        assertTrue(busy.error().contains("HTTP 429"), busy.error());
        w.poll(base + "/feed.xml");
        long gap = hits.get(1).nanos() - hits.get(0).nanos();
        assertTrue(gap >= 1_000_000_000L, "waited for Retry-After: " + gap);
        assertEquals(2, FeedWatcher.retryAfterSeconds("2", Duration.ofMinutes(5)));
        assertEquals(300, FeedWatcher.retryAfterSeconds("Wed, 21 Oct 2015 07:28:00 GMT", Duration.ofMinutes(5)));
    }

    @Test
    void urlsAreFetchedAndReadByContentType() {
        List<ReadResult> page = Inputs.read(base + "/page/1", InputStream.nullInputStream());
        assertEquals(1, page.size());
        assertEquals("Page one", page.get(0).article().title());
        assertEquals(base + "/page/1", page.get(0).article().url());

        List<ReadResult> items = Inputs.read(base + "/feed.xml", InputStream.nullInputStream());
        assertEquals(2, items.size());
        assertEquals("Page one", items.get(0).article().title(), "an item's page is read where it can be fetched");
        assertEquals("Item 2", items.get(1).article().title());

        ReadResult missing = Inputs.read(base + "/page/9", InputStream.nullInputStream()).get(0);
        assertTrue(missing.failed());
        assertTrue(missing.error().contains("HTTP 404"), missing.error());
    }

    @Test
    void aServerThatIsNotThereIsSaidInWordsNotNull() throws Exception {
        String closed = "http://127.0.0.1:" + server.getAddress().getPort() + "/page/1";
        server.stop(0);
        ReadResult r = Inputs.read(closed, InputStream.nullInputStream()).get(0);
        assertTrue(r.failed());
        assertTrue(r.error().contains("connection refused"), r.error());
        assertFalse(r.error().contains("null"), r.error());

        FeedWatcher w = new FeedWatcher(HttpFetcher.DEFAULT, FeedWatcher.Settings.ONCE);
        String feedError = w.poll(closed).get(0).error();
        assertTrue(feedError.contains("connection refused"), feedError);
    }

    @Test
    void watcherHandsOnNewItemsOnlyAndPollsPolitely() throws Exception {
        Duration gap = Duration.ofMillis(150);
        FeedWatcher w = new FeedWatcher(HttpFetcher.DEFAULT, new FeedWatcher.Settings(Duration.ZERO, gap, 1, true));
        List<ReadResult> first = w.poll(base + "/feed.xml");
        assertEquals(2, first.size());
        assertEquals("Page one", first.get(0).article().title(), "page fetched and read as HTML");
        assertEquals("Item 2 says something newsworthy in its own words.", first.get(1).article().text(),
                "unreachable page: the item's own content");

        assertEquals(List.of(), w.poll(base + "/feed.xml"), "unchanged feed: 304, nothing new");
        Hit second = hits.stream().filter(h -> h.path().equals("/feed.xml")).toList().get(1);
        assertTrue(second.ifNoneMatch() != null, "conditional request sent");

        feed = feedWith(3);
        List<ReadResult> third = w.poll(base + "/feed.xml");
        assertEquals(1, third.size());
        assertEquals("Item 3", third.get(0).article().title());
        assertFalse(third.get(0).failed());

        for (int i = 1; i < hits.size(); i++) {
            long between = hits.get(i).nanos() - hits.get(i - 1).nanos();
            assertTrue(between >= gap.toNanos(), "requests to one host at least the delay apart: " + between);
        }
    }
}
