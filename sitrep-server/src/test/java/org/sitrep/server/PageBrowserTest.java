package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.format.JsonFormat;
import org.sitrep.testing.Fixtures;

/** The web page in real headless Chromium against the real server: analyse, highlight, legend, escaping. */
class PageBrowserTest extends BrowserSession {

    /** Payloads that would run script if any article string reached the page as markup. */
    static final String XSS = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>"
            + "<svg onload=\"window.__xss=3\"></svg>";

    private static void openPage() {
        driver.get("about:blank"); // a fresh document: the same URL again would only be a fragment change
        driver.get(TestServer.base() + "/#/analyze");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(js().executeScript("return window.sitrepReady === true")));
    }

    private static void analyse(String title, String text) {
        openPage();
        driver.findElement(By.id("in-title")).sendKeys(title);
        js().executeScript("document.getElementById('in-text').value = arguments[0]", text);
        driver.findElement(By.id("analyze-btn")).click();
        new WebDriverWait(driver, Duration.ofMinutes(5))
                .until(d -> (d.findElement(By.id("article-panel")).isDisplayed()
                        && d.findElement(By.id("article-title")).getText().equals(title))
                        || d.findElement(By.id("error")).isDisplayed());
    }

    @Test
    void analysesTheSeedAndHighlightsItsLayers() throws Exception {
        String seed = Fixtures.seedArticle().text();
        analyse("Karabakh, 19 September 2023", seed);
        assertFalse(driver.findElement(By.id("error")).isDisplayed(), driver.findElement(By.id("error")).getText());
        WebElement article = driver.findElement(By.id("article-text"));
        assertEquals(seed.strip(), article.getText().strip().replace("\r\n", "\n"), "the whole text, once, in order");
        String headlines = driver.findElements(By.cssSelector("#article-text .hl-headline")).stream()
                .map(WebElement::getText).reduce("", String::concat);
        for (var story : Fixtures.seedAnalysis().stories()) {
            String h = Fixtures.seedAnalysis().textOf(story.headline());
            assertTrue(headlines.contains(h), "headline highlighted: " + h);
        }
        List<WebElement> persons = driver.findElements(By.cssSelector("#article-text .hl-entity-PERSON"));
        assertTrue(persons.size() >= 5, "person mentions highlighted: " + persons.size());
        assertEquals(7, driver.findElements(By.cssSelector("#legend input[type=checkbox]")).size(), "one legend entry per layer");
        Browser.screenshot(driver, "article-seed");

        // The legend hides a layer: the person underline goes away.
        String before = persons.get(0).getCssValue("border-bottom-style");
        driver.findElement(By.id("layer-entity")).click();
        assertEquals("none", persons.get(0).getCssValue("border-bottom-style"));
        assertNotEquals("none", before);
        driver.findElement(By.id("layer-entity")).click();

        // Clicking a highlighted span explains it; clicking an entity in the list flashes its mentions.
        persons.get(0).click();
        assertTrue(driver.findElement(By.id("details")).getText().contains("PERSON"));
        driver.findElements(By.cssSelector("#entity-list li")).get(0).click();
        assertFalse(driver.findElements(By.cssSelector("#article-text .flash")).isEmpty(), "mentions flashed");
    }

    @Test
    void quotesListLinksToTheQuoteInTheArticle() throws Exception {
        openPage();
        // The seed's real analysis (quotes from the quote stage) rendered through the page's own view.
        var a = Fixtures.seedAnalysis();
        List<String> said = a.quotes().stream().filter(q -> q.speaker() != null && String.valueOf(q.speaker().name()).contains("Peskov"))
                .map(q -> a.textOf(q.content())).toList();
        assertTrue(said.size() >= 3, "the quote stage attributes Peskov's quotes: " + said.size());
        js().executeScript("window.Sitrep.renderArticle(JSON.parse(arguments[0]))", JsonFormat.toJson(a).toString());
        driver.findElements(By.cssSelector("#quote-list li")).stream()
                .filter(li -> li.getText().contains("Peskov")).findFirst().orElseThrow().click();
        List<WebElement> flashed = driver.findElements(By.cssSelector("#article-text .hl-quote.flash"));
        assertFalse(flashed.isEmpty(), "the quote is highlighted in the article");
        String shown = flashed.stream().map(WebElement::getText).reduce("", String::concat).replaceAll("\\s+", " ");
        assertTrue(said.stream().anyMatch(q -> shown.contains(q.replaceAll("\\s+", " ").substring(0, Math.min(25, q.length())))),
                "one of Peskov's quotes flashed: " + shown);
        Browser.screenshot(driver, "article-quote-click");
    }

    @Test
    void mapsThePlacesOfTheArticleOffline() throws Exception {
        openPage();
        // The geocoder's places of the seed, drawn on the shipped world outline.
        var a = Fixtures.seedAnalysis();
        long located = a.places().stream().filter(p -> p.lat() != null).map(p -> p.name()).distinct().count();
        assertTrue(located >= 3, "the geocoder located the seed's places: " + located);
        js().executeScript("window.Sitrep.renderArticle(JSON.parse(arguments[0]))", JsonFormat.toJson(a).toString());
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#place-map circle.map-point")).size() >= 3);
        assertTrue(driver.findElements(By.cssSelector("#place-map .map-land path")).size() > 150, "country outlines drawn");
        assertTrue(driver.findElement(By.id("place-map")).getText().contains("Yerevan"));
        List<WebElement> points = driver.findElements(By.cssSelector("#place-map circle.map-point"));
        points.get(points.size() - 1).click(); // the last drawn lies on top of the neighbours it overlaps
        assertFalse(driver.findElements(By.cssSelector("#article-text .hl-place.flash")).isEmpty(), "its mentions flash");
        js().executeScript("document.getElementById('place-map').scrollIntoView()");
        Browser.screenshot(driver, "article-places-map");
    }

    @Test
    void articleStringsNeverRunAsScript() throws Exception {
        String text = "Officials said " + XSS + " on Monday in Baku.\n\n" + XSS + " Ilham Aliyev spoke.";
        analyse("Headline " + XSS, text);
        assertNull(js().executeScript("return window.__xss === undefined ? null : window.__xss"), "no payload ran");
        assertTrue(driver.findElement(By.id("article-title")).getText().contains("<img src=x"), "the title is shown as text");
        assertTrue(driver.findElement(By.id("article-text")).getText().contains("<script>window.__xss=2</script>"));
        assertTrue(driver.findElements(By.cssSelector("#article-text img, #article-text script, #article-text svg, h2 img")).isEmpty());

        // Names and labels too: an analysis whose entity and speaker names are payloads.
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(JsonFormat.write(Fixtures.seedAnalysis(), false));
        json.put("title", XSS);
        json.put("source", XSS);
        ((ObjectNode) json.get("entities").get(0)).put("name", XSS);
        ObjectNode q = json.putArray("quotes").addObject();
        q.put("kind", "direct");
        q.set("content", span(json.get("text").asText(), 0, 10));
        q.putObject("speaker").put("name", XSS);
        js().executeScript("window.Sitrep.renderArticle(JSON.parse(arguments[0]))", json.toString());
        driver.findElements(By.cssSelector("#article-text .hl-quote")).get(0).click();
        assertTrue(driver.findElement(By.id("details")).getText().contains("onerror"), "the payload shows as text");
        assertTrue(driver.findElement(By.id("quote-list")).getText().contains("<img src=x"));
        assertTrue(driver.findElement(By.id("entity-list")).getText().contains("<svg onload"));
        // The seed's places draw the offline map (an svg of the page's own); nothing else may appear.
        assertTrue(driver.findElements(By.cssSelector("main img, main script, main svg:not(#place-map svg), main [onload], main [onerror]"))
                .isEmpty(), "no element was injected");
        Thread.sleep(300);
        assertNull(js().executeScript("return window.__xss === undefined ? null : window.__xss"), "no payload ran");
        Browser.screenshot(driver, "xss-escaped");
        assertTrue(Files.size(Browser.SCREENSHOTS.resolve("xss-escaped.png")) > 5000);
    }

    @Test
    void showsTheServersRefusal() {
        analyse("empty", "   ");
        WebElement err = driver.findElement(By.id("error"));
        assertTrue(err.isDisplayed());
        assertTrue(err.getText().contains("blank"), err.getText());
    }

    private static ObjectNode span(String text, int b, int e) {
        ObjectNode n = new ObjectMapper().createObjectNode();
        n.put("begin", b);
        n.put("end", e);
        n.put("text", text.substring(b, e));
        return n;
    }
}
