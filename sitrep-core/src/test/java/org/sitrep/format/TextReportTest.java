package org.sitrep.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.Published;
import org.sitrep.model.Span;
import org.sitrep.model.Story;

/** The readable report says what a page is: its title, address and authors, not only a file name. */
class TextReportTest {

    private static final String TEXT = "Fighting resumed on Tuesday after the ceasefire collapsed.";

    @Test
    void aPageReportsItsTitleUrlAndAuthorsAndItsStoryIsHeadedByTheTitle() {
        Article page = new Article("APNews_2024_09_03", "AP News", "https://apnews.com/article/x",
                "Campaigns brace for a sprint", Published.UNKNOWN, TEXT,
                new ArticleMeta(List.of("Steve Peoples", "Thomas Beaumont"), "json-ld author", null, "en", null, null, true));
        Analysis a = Analysis.of(page).withStories(List.of(new Story(new Span(0, TEXT.length()), null, "AP News")));
        for (TextReport.Style style : TextReport.Style.values()) {
            String r = TextReport.render(a, style);
            assertTrue(r.contains("Title: Campaigns brace for a sprint"), r);
            assertTrue(r.contains("URL: https://apnews.com/article/x"), r);
            assertTrue(r.contains("By: Steve Peoples, Thomas Beaumont"), r);
            assertTrue(r.contains("1. Campaigns brace for a sprint  [source: AP News]"), r);
            assertFalse(r.contains("(no headline)"), r);
        }
    }

    @Test
    void aTextWithoutTitleKeepsItsPlainHeading() {
        Analysis a = Analysis.of(Article.of("note", TEXT))
                .withStories(List.of(new Story(new Span(0, TEXT.length()), null, null)));
        String r = TextReport.render(a, TextReport.Style.PLAIN);
        assertTrue(r.startsWith("NOTE\n====\nPublished: unknown\n"), r);
        assertTrue(r.contains("1. (no headline)"), r);
        assertFalse(r.contains("Title:") || r.contains("URL:") || r.contains("By:"), r);
    }

    @Test
    void anArticleNamedByItsAddressKeepsTheAddressAsItIs() {
        String url = "https://www.example.com/News/Story-1";
        Analysis a = Analysis.of(new Article(url, null, url, null, Published.UNKNOWN, TEXT));
        String r = TextReport.render(a, TextReport.Style.PLAIN);
        assertTrue(r.startsWith(url + "\n"), r);
    }
}
