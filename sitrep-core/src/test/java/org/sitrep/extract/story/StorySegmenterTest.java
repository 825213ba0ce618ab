package org.sitrep.extract.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
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
}
