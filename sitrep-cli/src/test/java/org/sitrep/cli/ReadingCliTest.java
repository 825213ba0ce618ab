package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading side of the command line, without loading the NLP models. */
class ReadingCliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void brokenInputsAreNamedOneLineEach() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path feed = Files.writeString(dir.resolve("bad.xml"), "<?xml version=\"1.0\"?><rss><channel><item></rss>");
        Run r = run("analyze", empty.toString(), feed.toString(), "--input-format", "AUTO");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("empty.txt: empty file (0 bytes)"), r.err());
        assertTrue(r.err().contains("bad.xml: malformed feed"), r.err());
        assertEquals(2, r.err().strip().split("\n").length, r.err());
    }

    @Test
    void anOutputFileThatCannotBeWrittenIsSaidWhy() throws Exception {
        String store = dir.resolve("empty.db").toString();
        org.sitrep.store.Store.open(store).close();
        Path out = dir.resolve("no-such-folder").resolve("events.csv");
        Run r = run("export", "--format", "csv", "-o", out.toString(), "--store", store);
        assertEquals(2, r.code(), r.toString());
        assertEquals("sitrep: " + out + ": no such file or directory", r.err().strip());
    }

    @Test
    void queryRefusesAPeriodOrLimitItDoesNotKnow() throws Exception {
        String store = dir.resolve("q.db").toString();
        org.sitrep.store.Store.open(store).close();
        Run month = run("query", "timeline", "--by", "month", "--store", store);
        assertEquals(2, month.code(), month.toString());
        assertTrue(month.err().contains("--by") && month.err().contains("month"), month.err());
        Run negative = run("query", "quotes", "--limit", "-5", "--store", store);
        assertEquals(2, negative.code(), negative.toString());
        assertTrue(negative.err().contains("--limit must be 0 (all rows) or more, got -5"), negative.err());
        Run week = run("query", "timeline", "--by", "week", "--store", store);
        assertEquals(0, week.code(), week.toString());
        assertTrue(week.out().startsWith("week"), week.out());
    }

    @Test
    void watchPrintsNewItemsOfALocalFeed() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>http://127.0.0.1/</link>"
                + "<description>d</description><item><title>One</title><guid>1</guid><description>First item text.</description></item>"
                + "<item><title>Two</title><guid>2</guid><description>Second item text.</description></item></channel></rss>";
        server.createContext("/feed", ex -> {
            byte[] b = feed.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed";
            Run r = run("watch", url, "--rounds", "2", "--interval", "0", "--per-host-delay", "0", "--format", "articles");
            assertEquals(0, r.code(), r.toString());
            String[] lines = r.out().strip().split("\n");
            assertEquals(2, lines.length, "two items, each once over two rounds: " + r.out());
            assertTrue(lines[0].contains("\"title\":\"One\"") && lines[0].contains("First item text."), lines[0]);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void watchSaysWhyAFeedCannotBeReadAndExitsNonZero() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/page", ex -> {
            byte[] b = "<!DOCTYPE html><html><head><title>A page</title></head><body><p>Text.</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Run page;
        try {
            page = run("watch", base + "/page", "--rounds", "1", "--per-host-delay", "0", "--format", "articles");
        } finally {
            server.stop(0);
        }
        assertEquals(1, page.code(), page.toString());
        assertTrue(page.err().contains(base + "/page: not a feed: an HTML page"), page.err());
        Run gone = run("watch", base + "/feed", "--rounds", "1", "--per-host-delay", "0", "--format", "articles");
        assertEquals(1, gone.code(), gone.toString());
        assertTrue(gone.err().contains("connection refused"), gone.err());
    }
}
