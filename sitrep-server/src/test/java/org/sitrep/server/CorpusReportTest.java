package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.sitrep.query.QueryFilter;
import org.sitrep.query.QueryService;
import org.sitrep.report.CorpusReports;
import org.sitrep.report.ReportHtml;
import org.sitrep.report.ReportMarkdown;
import org.sitrep.report.SituationReport;

/** Situation reports over the stored corpus (a story, a query, a date range), and the HTML in Chromium. */
class CorpusReportTest {

    private static long storyOf(String words) {
        QueryService q = new QueryService(DeskCorpus.store());
        var t = q.articles(new QueryFilter(null, null, null, null, null, words, null, 1));
        return ((Number) t.get(0, "story")).longValue();
    }

    @Test
    void aStorysReport() {
        SituationReport r = CorpusReports.forStory(DeskCorpus.store(), storyOf("Peskov regrets"), null, null, null);
        assertTrue(r.title().startsWith("Kremlin Regrets"), r.title());
        assertEquals("Dmitry Peskov", r.speakers().get(0).name(), "the Kremlin's spokesman speaks most");
        assertTrue(r.speakers().get(0).quotes() >= 3);
        assertTrue(r.events().stream().anyMatch(e -> e.type().equals("ASSAULT") && e.goldstein() != null && e.goldstein() < 0),
                "Goldstein weights come from the store's table");
        assertFalse(r.escalation().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> CorpusReports.forStory(DeskCorpus.store(), 9999, null, null, null));
    }

    @Test
    void aQuerysReportWithinDates() {
        SituationReport all = CorpusReports.forQuery(DeskCorpus.store(), "Karabakh", null, null, "Karabakh");
        assertTrue(all.sources().size() >= 3, all.sources().toString());
        SituationReport late = CorpusReports.forQuery(DeskCorpus.store(), "Karabakh", LocalDate.of(2023, 9, 20), null, "Karabakh");
        assertTrue(late.sources().stream().allMatch(s -> s.date().compareTo("2023-09-20") >= 0));
        assertTrue(late.events().stream().allMatch(e -> e.date().compareTo("2023-09-20") >= 0));
        assertTrue(ReportMarkdown.render(all).contains("## Who said what"));
    }

    @Test
    void theCorpusReportOpensInChromium() throws Exception {
        SituationReport r = CorpusReports.forQuery(DeskCorpus.store(), "Baku", null, null, "Baku, 19–21 September 2023");
        Path file = Path.of("target", "report-corpus.html").toAbsolutePath();
        Files.writeString(file, ReportHtml.render(r), StandardCharsets.UTF_8);
        Files.writeString(Path.of("target", "report-corpus.md"), ReportMarkdown.render(r), StandardCharsets.UTF_8);
        WebDriver d = Browser.open();
        try {
            d.get(file.toUri().toString());
            assertEquals(2, d.findElements(By.cssSelector("svg.chart")).size());
            assertTrue(d.findElement(By.tagName("body")).getText().contains("Who said what"));
            assertTrue(d.findElement(By.tagName("body")).getText().contains("<script>window.__xss=2</script>"), "hostile title shown as text");
            assertTrue(d.findElements(By.cssSelector("body img, body script")).isEmpty());
            assertNull(((JavascriptExecutor) d).executeScript("return window.__xss === undefined ? null : window.__xss"));
            Browser.screenshot(d, "report-corpus");
        } finally {
            d.quit();
        }
    }
}
