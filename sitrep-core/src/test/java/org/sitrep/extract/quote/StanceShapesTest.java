package org.sitrep.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Quote;
import org.sitrep.testing.Fixtures;

/** Statements found without a verb of saying or in its rarer shapes ({@link Topics} and friends), on made-up texts. */
class StanceShapesTest {

    private static Analysis run(String text) {
        return Fixtures.sitrep().analyze(Article.of("t", text));
    }

    private static Optional<Quote> withContent(Analysis a, String content) {
        return a.quotes().stream().filter(q -> a.textOf(q.content()).equals(content)).findFirst();
    }

    private static Quote find(Analysis a, String content, String speakerMention) {
        Quote q = withContent(a, content).orElse(null);
        assertTrue(q != null, () -> "no quote [" + content + "] among:" + QuoteStageTest.describe(a));
        if (speakerMention != null) {
            assertEquals(speakerMention, a.textOf(q.speaker().mention()), QuoteStageTest.describe(a));
        }
        return q;
    }

    @Test
    void whatAHolderTalksOrThinksAbout() {
        Analysis a = run("Mayor Ana Ruiz continually brags about her record on housing. "
                + "Tom Becker has no illusions about the cost of the new bridge.");
        find(a, "her record on housing", "Ana Ruiz");
        find(a, "the cost of the new bridge", "Tom Becker");
    }

    @Test
    void aThingOrAWalkAboutIsNoStatement() {
        Analysis a = run("The new film is about the war in the north. Tourists wandered about the old town for hours.");
        assertFalse(withContent(a, "the war in the north").isPresent(), QuoteStageTest.describe(a));
        assertFalse(withContent(a, "the old town").isPresent(), QuoteStageTest.describe(a));
    }

    @Test
    void aStanceAgentHoldsItsStance() {
        Analysis a = run("Senator Jane Holloway is a staunch opponent of the new coal mine.");
        find(a, "the new coal mine", "Jane Holloway");
    }

    @Test
    void aTopicEndsBeforeAnAsideButKeepsItsList() {
        Analysis a = run("Mayor Ana Ruiz weighed in on Friday about whether the report should be published, even as copies circulated. "
                + "Tom Becker often talks about farmers, teachers and nurses.");
        find(a, "whether the report should be published", "Ana Ruiz");
        find(a, "farmers, teachers and nurses", "Tom Becker");
    }

    @Test
    void participleOfSayingWhoseClauseTheParserHungElsewhere() {
        Analysis a = run("Tom Becker appeared on television on Tuesday and began by saying he would never run for office.");
        find(a, "he would never run for office", "Tom Becker");
    }

    @Test
    void gerundOfAProposal() {
        Analysis a = run("The Republican candidate proposes allowing parents to deduct the cost of child care from their taxes.");
        find(a, "allowing parents to deduct the cost of child care from their taxes", "The Republican candidate");
    }

    @Test
    void nounsOfAStanceWithTheirHolder() {
        Analysis a = run("Tom Becker's theory of the crash drew ridicule. "
                + "Mayor Ana Ruiz's disdain for the press was plain.");
        find(a, "the crash", "Tom Becker");
        find(a, "the press", "Ana Ruiz");
    }

    @Test
    void whatIsOfferedOrRated() {
        Analysis a = run("Senator Jane Holloway offered some pointed advice to the mayor on Friday.");
        find(a, "some pointed advice to the mayor", "Jane Holloway");
    }

    @Test
    void whatSomethingIsCalledWhenTheParserBrokeTheSmallClause() {
        Analysis a = run("At the forum, Clinton called her vote in favor of the Iraq War a mistake. "
                + "Bill Clinton calls Obamacare ‘crazy system’ during campaign stop. "
                + "Later, Tom Becker called the police a few minutes later.");
        find(a, "her vote in favor of the Iraq War a mistake", "Clinton");
        find(a, "Obamacare ‘crazy system’ during campaign stop", "Bill Clinton");
        assertFalse(withContent(a, "the police a few minutes later").isPresent(), "a time, no judgement:" + QuoteStageTest.describe(a));
    }

    @Test
    void whatAHolderWants() {
        Analysis a = run("Democrats want policies that create more revenue.");
        find(a, "policies that create more revenue", "Democrats");
    }
}
