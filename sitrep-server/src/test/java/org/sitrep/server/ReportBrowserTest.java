package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.sitrep.report.ReportBuilder;
import org.sitrep.report.ReportHtml;
import org.sitrep.report.SituationReport;
import org.sitrep.store.Goldstein;

/**
 * report.html over the real pipeline's analyses of the seed's stories and the hostile article, opened from
 * disk in real headless Chromium: charts render, payloads stay text.
 */
class ReportBrowserTest {

    @Test
    void reportRendersOfflineAndPayloadsStayText() throws Exception {
        SituationReport r = new ReportBuilder(e -> Goldstein.of(e.cameo(), e.type()), ReportBuilder.Limits.DEFAULT)
                .build("Nagorno-Karabakh, 19–20 September 2023", "4 articles (the seed's stories, one hostile)",
                        DeskCorpus.seedAndHostile(), null, null);
        Path file = Path.of("target", "report.html").toAbsolutePath();
        Files.writeString(file, ReportHtml.render(r), StandardCharsets.UTF_8);
        WebDriver d = Browser.open();
        try {
            d.get(file.toUri().toString());
            JavascriptExecutor js = (JavascriptExecutor) d;
            assertEquals("Nagorno-Karabakh, 19–20 September 2023", d.getTitle());
            assertEquals(2, d.findElements(By.cssSelector("svg.chart")).size(), "escalation and stance charts");
            assertTrue(d.findElements(By.cssSelector("svg.chart rect.bar")).size() >= 2, "a bar per day with events");
            assertTrue(d.findElement(By.cssSelector("svg.chart")).getSize().getWidth() > 300, "the chart has room");
            assertTrue(d.findElement(By.tagName("body")).getText().contains("Dmitry Peskov"), "the main speaker");
            assertTrue(d.findElement(By.cssSelector("table.sources")).getText().contains("<img src=x"), "titles are text");
            assertTrue(d.findElements(By.cssSelector("body img, body script")).isEmpty());
            assertNull(js.executeScript("return window.__xss === undefined ? null : window.__xss"));
            Browser.screenshot(d, "report");
            js.executeScript("window.scrollTo(0, document.body.scrollHeight / 2)");
            Browser.screenshot(d, "report-speakers");
        } finally {
            d.quit();
        }
    }
}
