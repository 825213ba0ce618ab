package org.sitrep.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Quote;
import org.sitrep.testing.Fixtures;

/**
 * Where a quotation's statement begins and ends, and whether it is direct: lead-ins the statement takes in,
 * frames that only set the scene, quotations going on across a frame or after a reported sentence.
 */
class LeadInsTest {

    private static Analysis run(String text) {
        return Fixtures.sitrep().analyze(Article.of("t", text));
    }

    /** The one quote whose content holds {@code words}. */
    private static Quote holding(Analysis a, String words) {
        List<Quote> qs = a.quotes().stream().filter(q -> a.textOf(q.content()).contains(words)).toList();
        assertEquals(1, qs.size(), () -> "quotes holding [" + words + "]: " + QuoteTexts.describe(a));
        return qs.get(0);
    }

    private static boolean anyDirect(Analysis a) {
        return a.quotes().stream().anyMatch(q -> q.kind() == Quote.Kind.DIRECT);
    }

    @Test
    void lowerCaseQuotationFinishesTheSentenceBeforeItsFrame() {
        Analysis a = run("It was, the minister said, “a mistake that cost the country dearly.”");
        Quote q = holding(a, "a mistake that cost");
        assertEquals(Quote.Kind.MIXED, q.kind(), QuoteTexts.describe(a));
        assertTrue(a.textOf(q.content()).startsWith("It was, the minister said"), QuoteTexts.describe(a));
    }

    @Test
    void phraseSettingTheSceneIsNotPartOfTheStatement() {
        Analysis a = run("In a statement on Monday, the minister said, “the talks have failed.”");
        List<Quote> direct = a.quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        assertEquals(1, direct.size(), QuoteTexts.describe(a));
        assertEquals("the talks have failed.", a.textOf(direct.get(0).content()));
    }

    @Test
    void quotationAfterAConjunctionGoesOnWithTheOneBefore() {
        Analysis a = run("“I like the plan,” Jane Holloway said, but “the money is simply not there.”");
        Quote q = holding(a, "the money is simply not there");
        assertEquals(Quote.Kind.DIRECT, q.kind(), QuoteTexts.describe(a));
        assertEquals("I like the plan,” Jane Holloway said, but “the money is simply not there.", a.textOf(q.content()));
        assertEquals("Jane Holloway", q.speaker().name());
    }

    @Test
    void quotationOpeningWithThatIsAReportedClause() {
        Analysis a = run("Most voters in the region have come to believe “that the war is already lost.”");
        assertFalse(anyDirect(a), QuoteTexts.describe(a));
    }

    @Test
    void invertedSaidBeforeAColonFramesTheQuote() {
        Analysis a = run("Tom Becker is a diplomat in Geneva.\n\nSaid Becker: “Nobody in this room wants another war.”");
        Quote q = holding(a, "Nobody in this room");
        assertEquals(Quote.Kind.DIRECT, q.kind(), QuoteTexts.describe(a));
        assertEquals("Tom Becker", q.speaker().name());
    }

    @Test
    void verblessPhraseBeforeAQuotationOnlySetsTheScene() {
        Analysis a = run("As for the budget, “nobody knows where the money went,” said Tom Becker, a diplomat.");
        Quote q = holding(a, "nobody knows where the money went");
        assertEquals(Quote.Kind.DIRECT, q.kind(), QuoteTexts.describe(a));
        assertEquals("Tom Becker", q.speaker().name());
    }

    @Test
    void titleAfterASceneSettingPhraseIsNoQuote() {
        Analysis a = run("In his 2002 book, “Make Your Kid a Millionaire,” Tom Becker suggested saving early.");
        assertFalse(anyDirect(a), QuoteTexts.describe(a));
    }

    @Test
    void quotationGivenAsAnExampleBelongsToTheObject() {
        Analysis a = run("Even now, my grandmother still says things such as, “We are not all meant to be equal.”");
        Quote q = holding(a, "We are not all meant");
        assertEquals(Quote.Kind.MIXED, q.kind(), QuoteTexts.describe(a));
        assertTrue(a.textOf(q.content()).startsWith("things such as"), QuoteTexts.describe(a));
    }

    @Test
    void clauseWithItsOwnSubjectBeforeTheQuotationIsTheStatement() {
        Analysis a = run("Jane Holloway said she recalled thinking, “This is what people have talked about for years.”");
        Quote q = holding(a, "This is what people");
        assertEquals(Quote.Kind.MIXED, q.kind(), QuoteTexts.describe(a));
        assertTrue(a.textOf(q.content()).startsWith("she recalled thinking"), QuoteTexts.describe(a));
    }

    @Test
    void quotationStandingAloneAfterAReportedSentenceGoesOnWithIt() {
        Analysis a = run("The talks were “going nowhere,” said Tom Becker, a diplomat in Geneva. "
                + "“We have simply run out of ideas.”");
        Quote q = holding(a, "We have simply run out of ideas");
        assertEquals(Quote.Kind.MIXED, q.kind(), QuoteTexts.describe(a));
        assertTrue(a.textOf(q.content()).startsWith("The talks were"), QuoteTexts.describe(a));
        assertEquals("Tom Becker", q.speaker().name());
    }

    @Test
    void bylineClosesTheQuoteItSigns() {
        Analysis a = run("Readers told us what they think.\n\n“We need law and order in this country.” ― Maria Lopez\n"
                + "“He is not a leader, he is a dictator and nobody can stop him.”");
        assertEquals("Maria Lopez", holding(a, "law and order").speaker().name(), QuoteTexts.describe(a));
        assertFalse(a.textOf(holding(a, "he is a dictator").content()).contains("law and order"), QuoteTexts.describe(a));
    }

    @Test
    void quotationEndedByAPhraseOfTheWritersGoesOnWithTheQuoteBefore() {
        Analysis a = run("“It is more tinkering at the edges,” said Tom Becker, an economist. "
                + "“It is basically just a tax increase” for the top income bracket.");
        Quote q = holding(a, "basically just a tax increase");
        assertEquals(Quote.Kind.DIRECT, q.kind(), QuoteTexts.describe(a));
        assertTrue(a.textOf(q.content()).startsWith("It is more tinkering"), QuoteTexts.describe(a));
        assertEquals("Tom Becker", q.speaker().name());
    }

    @Test
    void titleCase() {
        assertTrue(LeadIns.titleCase("Make Your Kid a Millionaire,"));
        assertFalse(LeadIns.titleCase("nobody knows where the money went,"));
        assertFalse(LeadIns.titleCase("Nobody knows where the money went,"));
    }

    @Test
    void lowerCaseOpening() {
        assertTrue(LeadIns.opensLowerCase("… we were floored."));
        assertFalse(LeadIns.opensLowerCase("We were floored."));
        assertFalse(LeadIns.opensLowerCase("2,521 incidents"));
    }
}
