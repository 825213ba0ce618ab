package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Published;
import org.sitrep.store.Store;

/** {@code sitrep report} over a store, as a user runs it (no models needed: the analyses are stored). */
class ReportCommandTest {

    @Test
    void writesHtmlAndMarkdownForAQueryAndRefusesAnUnknownStory(@TempDir Path dir) throws Exception {
        String db = dir.resolve("corpus.db").toString();
        try (Store s = Store.open(db)) {
            s.put(Analysis.of(new Article("a1", "Wire", "https://example.org/a1", "Shelling <b>near</b> Stepanakert",
                    Published.given(LocalDate.of(2023, 9, 19)), "Shelling was reported near Stepanakert on Tuesday.")), "test");
        }
        Path html = dir.resolve("report.html");
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("report", "--query", "Stepanakert", "--store", db, "-o", html.toString());
        assertEquals(0, r.exit(), r.err());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("Shelling &lt;b&gt;near&lt;/b&gt; Stepanakert"), "source title escaped");
        assertFalse(page.contains("<script"));

        Path md = dir.resolve("report.md");
        r = AnalyzeCommandTest.run("report", "--query", "Stepanakert", "--store", db, "-o", md.toString(), "--title", "Stepanakert");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(md).startsWith("# Stepanakert"));

        r = AnalyzeCommandTest.run("report", "--story", "4242", "--store", db, "-o", dir.resolve("x.html").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no story 4242"), r.err());

        r = AnalyzeCommandTest.run("report", "--story", "1", "--query", "x", "--store", db, "-o", dir.resolve("y.html").toString());
        assertEquals(2, r.exit(), "--story and --query exclude each other");
    }

    @Test
    void aQueryThatMatchesNothingWritesNoReportAndFails(@TempDir Path dir) throws Exception {
        String db = dir.resolve("corpus.db").toString();
        try (Store s = Store.open(db)) {
            s.put(Analysis.of(new Article("a1", "Wire", "https://example.org/a1", "Shelling near Stepanakert",
                    Published.given(LocalDate.of(2023, 9, 19)), "Shelling was reported near Stepanakert on Tuesday.")), "test");
        }
        Path html = dir.resolve("r.html");
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("report", "--query", "Timbuktu", "--store", db, "-o", html.toString());
        assertTrue(r.exit() != 0, r.err());
        assertTrue(r.err().contains("no article in the store matches \"Timbuktu\""), r.err());
        assertFalse(Files.exists(html), "no report of empty sections");

        r = AnalyzeCommandTest.run("report", "--query", "Stepanakert", "--from", "2024-01-01", "--store", db, "-o", html.toString());
        assertTrue(r.exit() != 0, r.err());
        assertTrue(r.err().contains("no article in the store matches \"Stepanakert\" (events, 2024-01-01 to …)"), r.err());
        assertFalse(Files.exists(html));
    }
}
