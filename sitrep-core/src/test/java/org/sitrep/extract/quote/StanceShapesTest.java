package org.sitrep.extract.quote;

import static org.sitrep.extract.quote.QuoteTexts.run;
import static org.sitrep.extract.quote.QuoteTexts.describe;
import static org.sitrep.extract.quote.QuoteTexts.withContent;
import static org.sitrep.extract.quote.QuoteTexts.findByMention;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;

/** Statements found without a verb of saying or in its rarer shapes ({@link Topics} and friends), on made-up texts. */
class StanceShapesTest {

    @Test
    void whatAHolderTalksOrThinksAbout() {
        Analysis a = run("Mayor Ana Ruiz continually brags about her record on housing. "
                + "Tom Becker has no illusions about the cost of the new bridge.");
        findByMention(a, "her record on housing", "Ana Ruiz");
        findByMention(a, "the cost of the new bridge", "Tom Becker");
    }

    @Test
    void aThingOrAWalkAboutIsNoStatement() {
        Analysis a = run("The new film is about the war in the north. Tourists wandered about the old town for hours.");
        assertFalse(withContent(a, "the war in the north").isPresent(), describe(a));
        assertFalse(withContent(a, "the old town").isPresent(), describe(a));
    }

    @Test
    void aStanceAgentHoldsItsStance() {
        Analysis a = run("Senator Jane Holloway is a staunch opponent of the new coal mine.");
        findByMention(a, "the new coal mine", "Jane Holloway");
    }

    @Test
    void aTopicEndsBeforeAnAsideButKeepsItsList() {
        Analysis a = run("Mayor Ana Ruiz weighed in on Friday about whether the report should be published, even as copies circulated. "
                + "Tom Becker often talks about farmers, teachers and nurses.");
        findByMention(a, "whether the report should be published", "Ana Ruiz");
        findByMention(a, "farmers, teachers and nurses", "Tom Becker");
    }

    @Test
    void participleOfSayingWhoseClauseTheParserHungElsewhere() {
        Analysis a = run("Tom Becker appeared on television on Tuesday and began by saying he would never run for office.");
        findByMention(a, "he would never run for office", "Tom Becker");
    }

    @Test
    void gerundOfAProposal() {
        Analysis a = run("The Republican candidate proposes allowing parents to deduct the cost of child care from their taxes.");
        findByMention(a, "allowing parents to deduct the cost of child care from their taxes", "The Republican candidate");
    }

    @Test
    void nounsOfAStanceWithTheirHolder() {
        Analysis a = run("Tom Becker's theory of the crash drew ridicule. "
                + "Mayor Ana Ruiz's disdain for the press was plain.");
        findByMention(a, "the crash", "Tom Becker");
        findByMention(a, "the press", "Ana Ruiz");
    }

    @Test
    void whatIsOfferedOrRated() {
        Analysis a = run("Senator Jane Holloway offered some pointed advice to the mayor on Friday.");
        findByMention(a, "some pointed advice to the mayor", "Jane Holloway");
    }

    @Test
    void whatSomethingIsCalledWhenTheParserBrokeTheSmallClause() {
        Analysis a = run("At the forum, Clinton called her vote in favor of the Iraq War a mistake. "
                + "Bill Clinton calls Obamacare ‘crazy system’ during campaign stop. "
                + "Later, Tom Becker called the police a few minutes later.");
        findByMention(a, "her vote in favor of the Iraq War a mistake", "Clinton");
        findByMention(a, "Obamacare ‘crazy system’ during campaign stop", "Bill Clinton");
        assertFalse(withContent(a, "the police a few minutes later").isPresent(), "a time, no judgement:" + describe(a));
    }

    @Test
    void whatAHolderWants() {
        Analysis a = run("Democrats want policies that create more revenue.");
        findByMention(a, "policies that create more revenue", "Democrats");
    }
}
