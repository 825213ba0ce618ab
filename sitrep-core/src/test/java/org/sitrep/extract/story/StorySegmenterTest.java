package org.sitrep.extract.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.Story;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageContract;

class StorySegmenterTest extends StageContract {

    @Override
    protected Stage stage() {
        return new StorySegmenter();
    }

    private static List<Story> stories(String text) {
        return new StorySegmenter().apply(Analysis.of(Article.of("t", text))).stories();
    }

    @Test
    void plainArticleIsOneStoryWithoutHeadline() {
        List<Story> s = stories("Officials said the talks failed. Both sides blamed each other.\nMore fighting was reported.");
        assertEquals(1, s.size());
        assertNull(s.get(0).headline());
    }

    @Test
    void headlinesSplitStoriesAndCreditCarriesOver() {
        String t = "Rebels Seize Northern Town After Heavy Fighting\n\nRebels took the town on Monday, officials said.\n"
                + "Reuters\nThe army denied it.\nUN Calls for Immediate Ceasefire in the North\nThe UN urged calm.";
        Analysis a = new StorySegmenter().apply(Analysis.of(Article.of("t", t)));
        assertEquals(2, a.stories().size());
        assertEquals("Rebels Seize Northern Town After Heavy Fighting", a.textOf(a.stories().get(0).headline()));
        assertEquals("UN Calls for Immediate Ceasefire in the North", a.textOf(a.stories().get(1).headline()));
        assertEquals("Reuters", a.stories().get(0).source());
        assertEquals("Reuters", a.stories().get(1).source());
    }

    @Test
    void sentenceCaseLinesAreNotHeadlines() {
        assertEquals(1, stories("The talks failed\nBoth sides blamed each other for the collapse of the talks.").size());
    }

    /** A page's subheads ("What Is on the Table", "JETSETTER TO CONVICT") and short lines do not split it. */
    @Test
    void aWebPageIsOneStory() {
        String text = "Ceasefire Talks Resume in Geneva\n\nNegotiators returned to the table on Tuesday.\n\n"
                + "What Is on the Table\n\nDiplomats said the draft covers three points.\n\nJETSETTER TO CONVICT\n\n"
                + "The Background\n\nThe talks collapsed in March.";
        ArticleMeta page = new ArticleMeta(List.of(), null, null, "en", "html lang attribute", null, true);
        Article a = new Article("p", "Example News", "https://news.example.org/p", "Ceasefire Talks Resume in Geneva",
                null, text, page);
        List<Story> s = new StorySegmenter().apply(Analysis.of(a)).stories();
        assertEquals(1, s.size());
        assertEquals(0, s.get(0).span().begin());
        assertEquals(text.length(), s.get(0).span().end());
        assertEquals("Ceasefire Talks Resume in Geneva", s.get(0).headline().of(text));
        assertEquals("Example News", s.get(0).source());
        List<Story> file = stories(text);
        assertTrue(file.size() > 1, "the same text in a text file reads as a wire file of several items");
        Article titled = new Article("f", null, null, "Karabakh, 19 September 2023", null, text);
        assertTrue(new StorySegmenter().apply(Analysis.of(titled)).stories().size() > 1, "a title alone is only a label");
        Article other = new Article("q", null, null, "Another title", null, text.substring(text.indexOf("Negotiators")), page);
        assertNull(new StorySegmenter().apply(Analysis.of(other)).stories().get(0).headline());
    }
}
