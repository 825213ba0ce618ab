package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analyst's flows over a stored corpus in real headless Chromium: the corpus view renders its timeline,
 * network and escalation chart; searching "Peskov" leads to his speaker view; a quote there opens the article
 * with its sentence highlighted; a story has its own timeline; hostile strings stay text.
 */
class DeskBrowserTest extends BrowserSession {

    private static void open(String fragment) {
        driver.get("about:blank"); // a fresh document each time, never a mere fragment change
        driver.get(TestServer.base() + "/" + fragment);
    }

    private static void awaitRoute(String hashPrefix) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js().executeScript(
                "return window.sitrepReady === true && (document.body.dataset.route || '').startsWith(arguments[0])", hashPrefix)));
        assertFalse(driver.findElement(By.id("error")).isDisplayed(), driver.findElement(By.id("error")).getText());
    }

    @Test
    void corpusViewDrawsTimelineNetworkAndEscalation() {
        open("");
        awaitRoute("#/");
        assertTrue(driver.findElement(By.id("corpus-counts")).getText().contains(DeskCorpus.articles() + " articles"));
        assertTrue(driver.findElements(By.cssSelector("#timeline-chart rect")).size() >= 3, "timeline bars");
        String stories = driver.findElement(By.id("story-list")).getText();
        assertTrue(stories.contains(" 1 article ·") && !stories.contains(" 1 articles"), "one article, not '1 articles': " + stories);
        List<WebElement> nodes = driver.findElements(By.cssSelector("#network-chart g.node"));
        assertTrue(nodes.size() >= 5, "network nodes: " + nodes.size());
        assertFalse(driver.findElements(By.cssSelector("#network-chart path.edge.conflict")).isEmpty(), "conflict edges are red");
        assertFalse(driver.findElements(By.cssSelector("#network-chart path.edge.coop")).isEmpty(), "cooperation edges are green");
        assertFalse(driver.findElements(By.cssSelector("#escalation-chart path.curve")).isEmpty(), "escalation curve drawn");
        assertTrue(driver.findElements(By.cssSelector("#dyad-select option")).size() >= 4);
        Browser.screenshot(driver, "desk-corpus");
        // The whole overview in one picture (timeline, stories, network, escalation) for the README.
        Dimension size = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(size.getWidth(), 1160));
        try {
            Browser.screenshot(driver, "desk-corpus-overview");
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    @Test
    void searchPeskovOpenHisQuotesAndSeeTheSentenceInTheArticle() {
        open("");
        awaitRoute("#/");
        WebElement box = driver.findElement(By.id("search-box"));
        box.sendKeys("Peskov");
        box.sendKeys(Keys.ENTER);
        awaitRoute("#/search/Peskov");
        Browser.screenshot(driver, "desk-search-peskov");
        WebElement who = driver.findElements(By.cssSelector("#search-entities a.entity-link")).stream()
                .filter(a -> a.getText().equals("Dmitry Peskov")).findFirst().orElseThrow();
        who.click();
        awaitRoute("#/speaker/");
        assertEquals("Dmitry Peskov", driver.findElement(By.id("speaker-name")).getText());
        List<WebElement> quotes = driver.findElements(By.cssSelector("#speaker-quotes a.quote-link"));
        assertTrue(quotes.size() >= 3, "Peskov's quotes: " + quotes.size());
        assertTrue(driver.findElement(By.id("speaker-quotes")).getText().contains("2023-09-19"), "quotes are dated");
        Browser.screenshot(driver, "desk-speaker-peskov");
        String quote = quotes.get(1).getText();
        quotes.get(1).click();
        awaitRoute("#/article/");
        List<WebElement> sentence = driver.findElements(By.cssSelector("#article-text .hl-sentence"));
        assertFalse(sentence.isEmpty(), "the quote's sentence is highlighted");
        String highlighted = sentence.stream().map(WebElement::getText).reduce("", String::concat);
        assertTrue(highlighted.contains(quote.substring(0, Math.min(30, quote.length()))), highlighted + " / " + quote);
        assertTrue(sentence.get(0).isDisplayed());
        Browser.screenshot(driver, "desk-article-linked-sentence");
    }

    @Test
    void aStoryHasItsTimelineEventsAndArticles() {
        open("");
        awaitRoute("#/");
        driver.findElements(By.cssSelector("#story-list a")).stream()
                .filter(a -> a.getText().startsWith("Kremlin Regrets")).findFirst().orElseThrow().click();
        awaitRoute("#/story/");
        assertFalse(driver.findElements(By.cssSelector("#story-timeline rect")).isEmpty());
        assertFalse(driver.findElements(By.cssSelector("#story-articles li")).isEmpty());
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#story-map circle.map-point")).size() >= 3);
        assertTrue(driver.findElement(By.id("story-map")).getText().contains("Yerevan"), "the geocoder placed Yerevan");
        assertFalse(driver.findElements(By.cssSelector("#story-map circle.event-place")).isEmpty(), "the assault's place is ringed");
        Browser.screenshot(driver, "desk-story");
    }

    @Test
    void aViewThatFailsShowsItsErrorAloneNotThePreviousView() {
        open("");
        awaitRoute("#/");
        driver.findElements(By.cssSelector("#story-list a")).get(0).click();
        awaitRoute("#/story/");
        assertTrue(driver.findElement(By.id("view-story")).isDisplayed());
        for (String bad : List.of("#/story/abc", "#/article/99999", "#/nonsense")) {
            js().executeScript("window.sitrepReady = false; location.hash = arguments[0]", bad);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js().executeScript(
                    "return window.sitrepReady === true && document.body.dataset.route === arguments[0]", bad)));
            assertTrue(driver.findElement(By.id("error")).isDisplayed(), bad);
            assertTrue(driver.findElements(By.cssSelector("main .view")).stream().noneMatch(WebElement::isDisplayed),
                    bad + ": the story from before still shows under the error");
        }
        // No request for /favicon.ico, which would answer 404 and log an error on every page load.
        assertEquals("data:,", js().executeScript("return document.querySelector('link[rel~=icon]').getAttribute('href')"));
    }

    @Test
    void hostileStringsInTheCorpusStayText() throws Exception {
        open("#/search/respond");
        awaitRoute("#/search/");
        assertTrue(driver.findElement(By.id("search-quotes")).getText().contains("<img src=x"), "the speaker name shows as text");
        open("#/search/Baku");
        awaitRoute("#/search/");
        driver.findElements(By.cssSelector("#search-articles a")).stream()
                .filter(a -> a.getText().contains("<script>")).findFirst().orElseThrow().click();
        awaitRoute("#/article/");
        assertTrue(driver.findElement(By.id("article-title")).getText().contains("<script>window.__xss=2</script>"));
        assertTrue(driver.findElement(By.id("article-text")).getText().contains("<img src=x onerror="));
        assertTrue(driver.findElements(By.cssSelector("main img, main script")).isEmpty(), "nothing was injected");
        Thread.sleep(300);
        assertNull(js().executeScript("return window.__xss === undefined ? null : window.__xss"), "no payload ran");
        Browser.screenshot(driver, "desk-hostile-article");
    }
}
