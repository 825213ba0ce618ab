package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageContract;
import org.sitrep.testing.Fixtures;

class CoreNlpStageTest extends StageContract {

    @Override
    protected Stage stage() {
        return Fixtures.nlp();
    }

    @Test
    void tokensPointBackIntoTheTextAndEachLineIsItsOwnSentence() {
        Analysis a = stage().apply(Analysis.of(Article.of("t", "Kremlin Regrets Casualties\n\nPeskov said “it is hard.” He left.")));
        for (Token t : a.tokens()) {
            assertFalse(a.textOf(t.span()).isBlank());
        }
        assertEquals(3, a.sentences().size());
        assertEquals("Kremlin Regrets Casualties", a.textOf(a.sentences().get(0).span()));
    }

    @Test
    void everyParsedSentenceHasOneRootAndArcsInsideIt() {
        Analysis a = Fixtures.nlp().apply(Analysis.of(Fixtures.seedArticle()));
        for (Sentence s : a.sentences()) {
            assertEquals(s.size(), s.dependencies().size(), "one arc per token");
            assertEquals(1, s.dependencies().stream().filter(d -> d.isRoot()).count());
            s.dependencies().forEach(d -> assertTrue(d.isRoot() || d.head() >= s.firstToken() && d.head() < s.endToken()));
        }
    }

    @Test
    void theParserCacheSizeChangesNoParse() {
        // CoreNLP's default cache (5,000 slices) against Sitrep's: a hit must add the same slice a miss computes.
        CoreNlpStage small = new CoreNlpStage(NlpSettings.DEFAULT, 5000);
        Analysis a = Fixtures.nlp().apply(Analysis.of(Fixtures.seedArticle()));
        Analysis b = small.apply(Analysis.of(Fixtures.seedArticle()));
        assertEquals(a.sentences().size(), b.sentences().size());
        assertTrue(a.sentences().stream().mapToInt(s -> s.dependencies().size()).sum() > 500, "the seed is parsed");
        for (int i = 0; i < a.sentences().size(); i++) {
            assertEquals(a.sentences().get(i).dependencies(), b.sentences().get(i).dependencies(), "sentence " + i);
        }
    }
}
