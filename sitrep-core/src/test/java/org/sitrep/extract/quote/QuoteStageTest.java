package org.sitrep.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.extract.quote.QuoteTexts.run;
import static org.sitrep.extract.quote.QuoteTexts.describe;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageContract;
import org.sitrep.testing.Fixtures;

/** Each quote form and each speaker sieve on small made-up texts, plus the stage contract on the seed. */
class QuoteStageTest extends StageContract {

    private static final QuoteStage STAGE = new QuoteStage();

    @Override
    protected Stage stage() {
        return STAGE;
    }

    private static Quote only(Analysis a) {
        assertEquals(1, a.quotes().size(), () -> "quotes: " + describe(a));
        return a.quotes().get(0);
    }

    private static void check(Analysis a, Quote q, Quote.Kind kind, String content, String speaker, String sieve) {
        assertEquals(kind, q.kind(), describe(a));
        assertEquals(content, a.textOf(q.content()), describe(a));
        assertEquals(speaker, q.speaker().name(), describe(a));
        assertEquals(sieve, q.sieve(), describe(a));
    }

    @Test
    void directQuoteWithSpeakerAfter() {
        Analysis a = run("“We will not back down,” Senator Jane Holloway said on Monday.");
        check(a, only(a), Quote.Kind.DIRECT, "We will not back down,", "Jane Holloway", "name");
        assertEquals("said", a.textOf(only(a).cue()));
    }

    @Test
    void mismatchedMarksOverSeveralSentences() {
        Analysis a = run("“The talks failed. We are deeply disappointed,\" Jane Holloway told reporters.");
        check(a, only(a), Quote.Kind.DIRECT, "The talks failed. We are deeply disappointed,", "Jane Holloway", "name");
    }

    @Test
    void speakerInTheMiddleMakesOneQuote() {
        Analysis a = run("“The plan is dead,” Tom Becker said, “and we need a new one.”");
        check(a, only(a), Quote.Kind.DIRECT, "The plan is dead,” Tom Becker said, “and we need a new one.",
                "Tom Becker", "name");
    }

    @Test
    void speakerBeforeWithColon() {
        Analysis a = run("Tom Becker said: \"Nobody wants another war in this region.\"");
        check(a, only(a), Quote.Kind.DIRECT, "Nobody wants another war in this region.", "Tom Becker", "name");
    }

    @Test
    void quoteRunningOverTwoParagraphs() {
        Analysis a = run("“The first part of the statement is here.\n“The second part ends here,” Tom Becker said.");
        check(a, only(a), Quote.Kind.DIRECT, "The first part of the statement is here.\n“The second part ends here,",
                "Tom Becker", "name");
    }

    @Test
    void dashBylineSignsTheQuote() {
        Analysis a = run("“We need better schools for all of our children.”― Stephanie Egan\nMore text follows here.");
        check(a, only(a), Quote.Kind.DIRECT, "We need better schools for all of our children.", "Stephanie Egan", "name");
    }

    @Test
    void introducingSentenceEndingInAColon() {
        Analysis a = run("Tom Becker told reporters on Monday:\n“The border will stay closed until the talks resume.”");
        check(a, only(a), Quote.Kind.DIRECT, "The border will stay closed until the talks resume.", "Tom Becker", "name");
    }

    @Test
    void trailingFrameWithLongAppositive() {
        Analysis a = run("“We will not back down,” Tom Becker, a senior fellow at the Hoover Institution and a former "
                + "ambassador to Spain, said on Monday.");
        check(a, only(a), Quote.Kind.DIRECT, "We will not back down,", "Tom Becker", "name");
    }

    @Test
    void trailingFrameWithBracketedAffiliation() {
        Analysis a = run("“The bill is a disgrace to this chamber and to the whole country,” Rep. Jane Holloway (D-Ohio) said Friday.");
        check(a, only(a), Quote.Kind.DIRECT, "The bill is a disgrace to this chamber and to the whole country,",
                "Jane Holloway", "name");
    }

    @Test
    void frameAfterAQuestionMarkIsStillTheFrame() {
        Analysis a = run("“Why is this not clear proof that the bank is too big to manage?” Tom Becker demanded.");
        check(a, only(a), Quote.Kind.DIRECT, "Why is this not clear proof that the bank is too big to manage?",
                "Tom Becker", "name");
    }

    @Test
    void participleFrameSpeaksForTheClauseSubject() {
        Analysis a = run("Tom Becker attacked the plan in a speech on Monday, saying, “It is reckless and very unstable.”");
        Quote q = a.quotes().stream().filter(x -> x.kind() == Quote.Kind.DIRECT).findFirst().orElseThrow();
        check(a, q, Quote.Kind.DIRECT, "It is reckless and very unstable.", "Tom Becker", "name");
    }

    @Test
    void coordinatedFrameVerbSharesItsSubject() {
        Analysis a = run("Tom Becker laughed and said, “We will not back down from this fight.”");
        Quote q = a.quotes().stream().filter(x -> x.kind() == Quote.Kind.DIRECT).findFirst().orElseThrow();
        check(a, q, Quote.Kind.DIRECT, "We will not back down from this fight.", "Tom Becker", "name");
    }

    @Test
    void participleOnTheMainClauseSpeaksForItsSubject() {
        Analysis a = run("Maria Lopez spoke out on Tuesday about the flooding, arguing that the city must rebuild.");
        // "spoke out about the flooding" is a statement of its own (its topic); the participle's is checked here.
        Quote q = a.quotes().stream().filter(x -> x.content().of(a.text()).equals("the city must rebuild"))
                .findFirst().orElseThrow();
        check(a, q, Quote.Kind.INDIRECT, "the city must rebuild", "Maria Lopez", "name");
    }

    @Test
    void verbOfVoicingRightBeforeTheQuotation() {
        Analysis a = run("Jane Holloway shouted “Stop the vote now!”");
        check(a, only(a), Quote.Kind.DIRECT, "Stop the vote now!", "Jane Holloway", "name");
    }

    @Test
    void aNameGivenInQuotationMarksIsNotADirectQuote() {
        Analysis a = run("Tom Becker called the plan “a disaster”.");
        assertTrue(a.quotes().stream().noneMatch(q -> q.kind() == Quote.Kind.DIRECT), describe(a));
    }

    @Test
    void verbFurtherBackInTheSentenceIntroducesTheQuote() {
        Analysis a = run("Tom Becker told his radio audience on Monday evening, “The border will stay closed until the talks resume.”");
        Quote q = a.quotes().stream().filter(x -> x.kind() == Quote.Kind.DIRECT).findFirst().orElseThrow();
        check(a, q, Quote.Kind.DIRECT, "The border will stay closed until the talks resume.", "Tom Becker", "name");
    }

    @Test
    void colonSentenceWithoutASpeechVerbIntroducesTheQuote() {
        Analysis a = run("Tom Becker made the following comment:\n“The border will stay closed until the talks resume.”");
        check(a, only(a), Quote.Kind.DIRECT, "The border will stay closed until the talks resume.", "Tom Becker", "name");
    }

    @Test
    void anotherSentenceBetweenTwoQuotesKeepsThemApart() {
        Analysis a = run("“We are ready for talks,” Tom Becker said after the meeting. The summit achieved little, he added. "
                + "“We have waited long enough for this moment.”");
        List<Quote> direct = a.quotes().stream().filter(x -> x.kind() == Quote.Kind.DIRECT).toList();
        check(a, direct.get(0), Quote.Kind.DIRECT, "We are ready for talks,", "Tom Becker", "name");
        // The second quotation goes on with the reported sentence before it (LeadInsTest), not with the first quote.
        List<Quote> second = a.quotes().stream().filter(x -> a.textOf(x.content()).contains("We have waited")).toList();
        assertEquals(1, second.size(), describe(a));
        assertFalse(a.textOf(second.get(0).content()).contains("ready for talks"), describe(a));
    }

    @Test
    void frameGoingOnWithAnotherVerbSeparatesTwoQuotes() {
        Analysis a = run("“We are ready for talks,” Tom Becker said, adding later, “We have waited long enough for this moment.”");
        List<Quote> direct = a.quotes().stream().filter(x -> x.kind() == Quote.Kind.DIRECT).toList();
        assertEquals(2, direct.size(), describe(a));
        check(a, direct.get(0), Quote.Kind.DIRECT, "We are ready for talks,", "Tom Becker", "name");
    }

    @Test
    void asSomeonePutIt() {
        Analysis a = run("As Tom Becker put it, “The border will stay closed until the talks resume.”");
        Quote q = a.quotes().stream().filter(x -> x.kind() == Quote.Kind.DIRECT).findFirst().orElseThrow();
        check(a, q, Quote.Kind.DIRECT, "The border will stay closed until the talks resume.", "Tom Becker", "name");
    }

    @Test
    void headlineQuoteInSingleMarksAfterAColon() {
        Analysis a = run("Senator Jane Holloway Slams Bank Chief: ‘You Should Be Investigated.’\n\n"
                + "Senator Jane Holloway questioned the bank's chief on Tuesday.");
        Quote q = a.quotes().stream().filter(x -> x.kind() == Quote.Kind.DIRECT).findFirst().orElseThrow();
        assertEquals("You Should Be Investigated.", a.textOf(q.content()), describe(a));
        assertTrue(a.textOf(q.speaker().mention()).contains("Holloway"), describe(a));
    }

    @Test
    void quoteAfterAFrameEndingInAnAbbreviationGoesOnWithTheQuoteBefore() {
        Analysis a = run("“We are ready for talks,” Tom Becker said of the U.N. “We have waited long enough for this moment.”");
        check(a, only(a), Quote.Kind.DIRECT,
                "We are ready for talks,” Tom Becker said of the U.N. “We have waited long enough for this moment.",
                "Tom Becker", "name");
    }

    @Test
    void mixedQuote() {
        Analysis a = run("Tom Becker said that the deal was “dead on arrival” in the senate.");
        check(a, only(a), Quote.Kind.MIXED, "the deal was “dead on arrival” in the senate", "Tom Becker", "name");
    }

    @Test
    void indirectSpeechAndAddingThatContinuesTheSpeaker() {
        Analysis a = run("Jane Holloway told reporters that the bill would pass next week, adding that the vote was close.");
        assertEquals(2, a.quotes().size(), describe(a));
        check(a, a.quotes().get(0), Quote.Kind.INDIRECT, "the bill would pass next week", "Jane Holloway", "name");
        check(a, a.quotes().get(1), Quote.Kind.INDIRECT, "the vote was close", "Jane Holloway", "name");
    }

    @Test
    void accordingTo() {
        Analysis a = run("According to Jane Holloway, the bill will pass next week.");
        check(a, only(a), Quote.Kind.INDIRECT, "the bill will pass next week", "Jane Holloway", "name");
    }

    @Test
    void wentOnToSay() {
        Analysis a = run("Tom Becker went on to say that the border would reopen soon.");
        check(a, only(a), Quote.Kind.INDIRECT, "the border would reopen soon", "Tom Becker", "name");
        assertEquals("went on to say", a.textOf(only(a).cue()));
    }

    @Test
    void callsOnSomeoneToAct() {
        Analysis a = run("Tom Becker calls on both sides to return to the negotiating table.");
        check(a, only(a), Quote.Kind.INDIRECT, "both sides to return to the negotiating table", "Tom Becker", "name");
    }

    @Test
    void titleBeforeTheNameIsTheRoleAndTheNameIsTheSpeaker() {
        Analysis a = run("Troops will leave the area by Friday, Interior Ministry spokeswoman Anna Weber said.");
        check(a, only(a), Quote.Kind.INDIRECT, "Troops will leave the area by Friday", "Anna Weber", "name");
        Entity weber = a.entity(only(a).speaker().entity());
        assertEquals("Interior Ministry spokeswoman", weber.role());
    }

    @Test
    void pronounResolvesToTheLastCompatiblePerson() {
        Analysis a = run("Maria Lopez visited the flooded district on Monday. She said that the city would rebuild.");
        Quote q = only(a);
        check(a, q, Quote.Kind.INDIRECT, "the city would rebuild", "Maria Lopez", "pronoun");
        Entity lopez = a.entity(q.speaker().entity());
        assertTrue(lopez.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.PRONOUN
                && a.textOf(m.span()).equals("She")), "the pronoun joins the entity");
    }

    @Test
    void ofTwoSubjectsTheFrameTakesTheOneRightBeforeItsVerb() {
        // The parser gives "told" two subjects, "The difference" and "she": the frame's own is the nearer one.
        Analysis a = run("Jane Holloway runs the city library. The difference now, she told me on Friday, is that nobody reads the annual reports.");
        Quote q = only(a);
        assertEquals("Jane Holloway", q.speaker().name(), describe(a));
    }

    @Test
    void pronounOfTheOtherGenderStaysUnresolved() {
        Analysis a = run("Maria Lopez visited the flooded district on Monday. He said that the city would rebuild.");
        Quote q = only(a);
        assertNull(q.speaker().entity(), describe(a));
        assertEquals("He", a.textOf(q.speaker().mention()));
    }

    @Test
    void nominalsResolveByRoleAndByOrganisationName() {
        Analysis a = run("Spokesman Tom Becker met reporters in the capital. The spokesman said that the border would stay closed.\n"
                + "The Interior Ministry has deployed more police. The roads will reopen on Friday, the ministry said in a statement.");
        assertEquals(2, a.quotes().size(), describe(a));
        check(a, a.quotes().get(0), Quote.Kind.INDIRECT, "the border would stay closed", "Tom Becker", "nominal");
        check(a, a.quotes().get(1), Quote.Kind.INDIRECT, "The roads will reopen on Friday", "Interior Ministry", "nominal");
    }

    @Test
    void quoteStandingAloneInTheNextParagraphGoesOnWithTheQuoteBefore() {
        Analysis a = run("“We are ready for talks,” Tom Becker said.\n“We have waited long enough for this moment.”");
        check(a, only(a), Quote.Kind.DIRECT, "We are ready for talks,” Tom Becker said.\n“We have waited long enough for this moment.",
                "Tom Becker", "name");
    }

    @Test
    void quoteStandingAloneAfterAnotherParagraphContinuesTheConversation() {
        Analysis a = run("“We are ready for talks,” Tom Becker said.\nHe spoke in the capital on Monday.\n"
                + "“We have waited long enough for this moment.”");
        assertEquals(2, a.quotes().size(), describe(a));
        check(a, a.quotes().get(1), Quote.Kind.DIRECT, "We have waited long enough for this moment.", "Tom Becker",
                "continuation");
    }

    @Test
    void quoteWithNobodyAroundItIsNotReported() {
        assertTrue(run("“This cannot go on any longer.”").quotes().isEmpty());
    }

    @Test
    void reportedSpeechWithoutASpeakerKeepsAnUnknownSpeaker() {
        Analysis a = run("It was reported that the talks had failed.");
        Quote q = only(a);
        assertFalse(q.speaker().known(), describe(a));
        assertEquals("the talks had failed", a.textOf(q.content()));
    }

    @Test
    void scareQuotesAndQuotesInsideQuotesAreNotStatements() {
        Analysis a = run("The so-called “peace plan” was published on Monday.");
        assertTrue(a.quotes().isEmpty(), describe(a));
        Analysis b = run("“We urge everyone to follow the agreements,” Tom Becker said.");
        assertEquals(1, b.quotes().size(), describe(b));
    }

    @Test
    void quotesComeInTextOrderWithSpansInsideTheText() {
        Analysis a = Fixtures.seedAnalysis();
        List<Quote> qs = a.quotes();
        assertFalse(qs.isEmpty());
        checkSpans(a);
    }
}
