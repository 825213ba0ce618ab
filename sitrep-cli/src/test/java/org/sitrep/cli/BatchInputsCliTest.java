package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.InputSamples;

/**
 * A folder holding a feed, a WARC archive and a JSON Lines file made here, beside broken inputs of every kind
 * the issue names, goes through {@code analyze} and {@code ingest}: every good article once, one error line
 * per broken file naming it, and the rest of the batch analysed.
 */
class BatchInputsCliTest {

    private static final int FEED_ITEMS = 3;
    private static final int WARC_PAGES = 2;
    private static final int JSONL_LINES = 2;
    private static final int ARTICLES = FEED_ITEMS + WARC_PAGES + JSONL_LINES;
    private static final String[] BROKEN = {"cut-page.html.gz", "cut-crawl.warc.gz", "malformed.rss", "no-body.html",
        "empty.txt"};

    private static Path batch(Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("news.rss"), InputSamples.rss(FEED_ITEMS));
        Files.write(in.resolve("crawl.warc.gz"), InputSamples.warc(WARC_PAGES));
        Files.writeString(in.resolve("lines.jsonl"), InputSamples.jsonl(JSONL_LINES));
        byte[] page = InputSamples.page("Library opens in Ghent", "2024-04-20", "Ghent").getBytes(StandardCharsets.UTF_8);
        Files.write(in.resolve("cut-page.html.gz"), InputSamples.truncated(InputSamples.gzip(page), 0.5));
        Files.write(in.resolve("cut-crawl.warc.gz"), InputSamples.truncated(InputSamples.warc(1), 0.02));
        Files.writeString(in.resolve("malformed.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x</title></channel>");
        Files.writeString(in.resolve("no-body.html"), "<!DOCTYPE html><html><head><title>Only a head</title></head></html>");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        return in;
    }

    @Test
    void goodInputsAreAnalysedAndStoredOnceAndEachBrokenFileIsNamed(@TempDir Path dir) throws Exception {
        Path in = batch(dir);
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("analyze", in.toString(), "--format", "jsonl", "--threads", "2");
        assertEquals(1, r.exit(), "broken files make the exit code 1: " + r.err());
        List<JsonNode> out = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        for (String line : r.out().lines().toList()) {
            out.add(m.readTree(line));
        }
        assertEquals(ARTICLES, out.size(), r.out());
        for (String broken : BROKEN) {
            assertEquals(1, r.err().lines().filter(l -> l.startsWith("sitrep: ") && l.contains(broken)).count(),
                    broken + " is named on one error line:\n" + r.err());
        }
        assertFalse(r.err().contains("Exception"), r.err());
        JsonNode warcPage = out.stream().filter(n -> n.path("url").asText().contains("/page-1")).findFirst().orElseThrow();
        assertEquals("Library opens in Lyon", warcPage.path("title").asText());
        assertEquals("2024-04-21", warcPage.at("/published/date").asText());
        assertEquals("en", warcPage.at("/language/tag").asText());
        assertEquals("html lang attribute", warcPage.at("/language/from").asText());
        assertEquals(1, warcPage.get("stories").size(), "a page is one story");

        Path db = dir.resolve("store/sitrep.db");
        AnalyzeCommandTest.Run ingest = AnalyzeCommandTest.run("ingest", in.toString(), "--store", db.toString(), "--threads", "2");
        assertEquals(1, ingest.exit(), ingest.err());
        assertTrue(ingest.err().contains(ARTICLES + " added"), ingest.err());
        assertTrue(ingest.err().contains(BROKEN.length + " failed"), ingest.err());
        for (String broken : BROKEN) {
            assertTrue(ingest.err().contains(broken), broken + " named:\n" + ingest.err());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM article")) {
            rs.next();
            assertEquals(ARTICLES, rs.getLong(1));
        }
    }
}
