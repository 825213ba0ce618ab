package org.sitrep.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.extract.quote.QuoteTexts.run;
import static org.sitrep.extract.quote.QuoteTexts.describe;
import static org.sitrep.extract.quote.QuoteTexts.withContent;
import static org.sitrep.extract.quote.QuoteTexts.find;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Quote;

/** Reported speech, statements named by nouns, transcripts and titles on small made-up texts. */
class ReportedSpeechTest {

    @Test
    void statementOnBothSidesOfItsFrame() {
        Analysis a = run("The new bridge, Mayor Ana Ruiz said, would open to traffic in the spring.");
        find(a, "The new bridge, Mayor Ana Ruiz said, would open to traffic in the spring", "Ana Ruiz");
    }

    @Test
    void participleWhoseClauseTheParserMisread() {
        Analysis a = run("\"He did his best,\" Mayor Ana Ruiz recalled, suggesting the second debate erased all memory of the first. "
                + "Claiming the criticism of the judge is designed to pressure the court, Tom Becker left the hearing. "
                + "Saying goodbye to his friends, Becker walked out.");
        find(a, "the second debate erased all memory of the first", "Ana Ruiz");
        find(a, "the criticism of the judge is designed to pressure the court", "Tom Becker");
        assertTrue(QuoteTexts.withContent(a, "goodbye to his friends").isEmpty(), describe(a));
    }

    @Test
    void statementPointingBackToAnEarlierOne() {
        Analysis a = run("Tom Becker said as much in an interview on Thursday. "
                + "Most voters agreed that the mayor is healthy, while 73 percent said the same of her rival.");
        find(a, "as much", "Tom Becker");
        find(a, "the same of her rival", null);
    }

    @Test
    void coordinatedStatementOfItsOwnEndsTheSurfaceClause() {
        Analysis a = run("The former first lady and U.S. senator said it was \"a mistake\" to use private email while at the "
                + "State Department, but she denied that she mishandled classified information.");
        find(a, "she mishandled classified information", null);
    }

    @Test
    void relativePronounOfAClauseTheParserLabelledDep() {
        Analysis a = run("The Democratic senator also forced Tom Becker, who was under questioning from the Senate banking "
                + "committee over his bank's handling of the scam, to admit that no senior executives have been held "
                + "accountable for the actions of the low-level bankers.");
        find(a, "no senior executives have been held accountable for the actions of the low-level bankers", "Tom Becker");
    }

    @Test
    void writersCircumstanceAfterTheFrameIsNotSaid() {
        Analysis a = run("The talks in the capital had failed, Tom Becker said, as protesters gathered outside.");
        find(a, "The talks in the capital had failed", "Tom Becker");
    }

    @Test
    void nounOfSayingWithItsClause() {
        Analysis a = run("Tom Becker visited the city on Monday. He repeated his claim that the election had been stolen.");
        find(a, "the election had been stolen", "Tom Becker");
    }

    @Test
    void passiveWithItsAgentIsTheAgentsStatement() {
        Analysis a = run("The registration issue was first reported by The Washington Post on Monday. "
                + "It was announced by the ministry that the border would reopen next week.");
        find(a, "The registration issue", "The Washington Post");
        Quote q = find(a, "the border would reopen next week", null);
        assertEquals("the ministry", a.textOf(q.speaker().mention()), describe(a));
    }

    @Test
    void passiveWithoutSayingIsNoStatement() {
        Analysis a = run("The road was blocked by protesters for three hours. The case will be heard by ten judges. "
                + "In offering analysis of the election, the pollster was cautious.");
        assertTrue(a.quotes().isEmpty(), describe(a));
    }

    @Test
    void documentsStateWhatTheyFind() {
        Analysis a = run("The poll indicates a tightening race. "
                + "In the previous national poll, conducted in early September, Clinton led Trump by 5 points among likely voters. "
                + "In the city, protesters gathered on Monday.");
        Quote q = find(a, "a tightening race", null);
        assertEquals("The poll", a.textOf(q.speaker().mention()), describe(a));
        q = find(a, "Clinton led Trump by 5 points among likely voters", null);
        assertEquals("the previous national poll", a.textOf(q.speaker().mention()), describe(a));
        assertFalse(withContent(a, "protesters gathered on Monday").isPresent(), describe(a));
    }

    @Test
    void refusalReportsWhatIsRefused() {
        Analysis a = run("Tom Becker refuses to release his tax records.");
        find(a, "to release his tax records", "Tom Becker");
    }

    @Test
    void whatAReplyAnswers() {
        Analysis a = run("The Becker campaign did not immediately respond to requests for comment.");
        find(a, "requests for comment", null);
    }

    @Test
    void topicOfAVerbOfSaying() {
        Analysis a = run("Jane Holloway talked about the rising cost of housing in the city.");
        find(a, "the rising cost of housing in the city", "Jane Holloway");
    }

    @Test
    void objectOfSayingWithWhatItIsCalled() {
        Analysis a = run("Tom Becker dismissed the report as a political stunt.");
        find(a, "the report as a political stunt", "Tom Becker");
    }

    @Test
    void secondVerbOfSayingIsAStatementOfItsOwn() {
        Analysis a = run("Tom Becker said he would order a review of the budget and warned against new spending.");
        find(a, "he would order a review of the budget", "Tom Becker");
    }

    @Test
    void phraseBeforeTheSpeakerIsNotWhatWasSaid() {
        Analysis a = run("In her book about the war, Jane Holloway noted the risks of the plan.");
        assertFalse(withContent(a, "In her book about the war").isPresent(), describe(a));
        find(a, "the risks of the plan", "Jane Holloway");
    }

    @Test
    void transcriptLinesNameTheirSpeakers() {
        Analysis a = run("Chris Wallace interviewed Mike Pence on Sunday.\n\n"
                + "WALLACE: Will you attend the debate tomorrow night?\n\n"
                + "PENCE: I will be there with my whole family.\n");
        find(a, "Will you attend the debate tomorrow night?", null);
        find(a, "I will be there with my whole family.", null);
    }

    @Test
    void notesInCapitalsAreNotSpeakers() {
        Analysis a = run("Chris Wallace interviewed Mike Pence on Sunday.\n\n"
                + "CORRECTION: An earlier version of this story misstated the date of the interview.\n");
        assertFalse(withContent(a, "An earlier version of this story misstated the date of the interview.").isPresent(),
                describe(a));
    }

    @Test
    void titleLineWithASpeakerAndAColon() {
        Analysis a = run("Jane Holloway: The Housing Bill Will Pass Next Week\n\n"
                + "Jane Holloway spoke to reporters in the capital on Monday about the vote.\n");
        find(a, "The Housing Bill Will Pass Next Week", "Jane Holloway");
    }

    @Test
    void accordingToAfterTheStatement() {
        Analysis a = run("Prices rose by four percent last year, according to the national statistics office.");
        find(a, "Prices rose by four percent last year", null);
    }

    @Test
    void semicolonContinuesTheReportedStatement() {
        Analysis a = run("Jane Holloway said that the border would stay closed; the government hopes that trade will resume soon.");
        find(a, "the border would stay closed; the government hopes that trade will resume soon", "Jane Holloway");
        assertFalse(withContent(a, "trade will resume soon").isPresent(), "a hope inside a report is part of it:" + describe(a));
    }

    @Test
    void whatSomeoneIsCalled() {
        Analysis a = run("Tom Becker called the new tax a disaster for small farmers.");
        find(a, "the new tax a disaster for small farmers", "Tom Becker");
    }

    @Test
    void aSingleNameCanBeWhatAStanceIsAbout() {
        Analysis a = run("Jane Holloway has long admired Mandela.");
        find(a, "Mandela", "Jane Holloway");
    }

    @Test
    void stanceAdjectiveWithAClauseAnInfinitiveOrATopic() {
        Analysis a = run("Senator Tom Becker was furious that the committee had delayed the vote. "
                + "Jane Holloway has been critical of the new tax since the spring. "
                + "Several farmers were willing to sell their land to the city.");
        find(a, "the committee had delayed the vote", "Tom Becker");
        find(a, "the new tax since the spring", "Jane Holloway");
        find(a, "to sell their land to the city", null);
    }

    @Test
    void stanceAdjectiveOfAThingOrInsideAReportIsNoStatement() {
        Analysis a = run("The new bridge is critical to the economy of the region. "
                + "Jane Holloway said residents were worried that the water was unsafe. "
                + "Tom Becker could embrace the plan if he can be convinced that it is a good business decision.");
        assertFalse(withContent(a, "the economy of the region").isPresent(), describe(a));
        assertFalse(withContent(a, "the water was unsafe").isPresent(), "part of Holloway's statement:" + describe(a));
        find(a, "residents were worried that the water was unsafe", "Jane Holloway");
        assertFalse(withContent(a, "it is a good business decision").isPresent(), "a stance he might take:" + describe(a));
    }

    @Test
    void writersJudgementHasNoSpeaker() {
        Analysis a = run("Tom Becker left the party in May. It was obvious that the judges would rule before the election. "
                + "The lack of funding seems to be a real problem for the campaign. "
                + "It is unclear whether the mayor will run again.");
        Quote q = find(a, "the judges would rule before the election", null);
        assertFalse(q.speaker().known(), describe(a));
        find(a, "The lack of funding seems to be a real problem for the campaign", null);
        assertFalse(withContent(a, "the mayor will run again").isPresent(), "an open question claims nothing:" + describe(a));
    }

    @Test
    void seemingEventsAndPlainAppearancesAreNoJudgement() {
        Analysis a = run("The senator appeared on television on Monday. The applause seemed to reverberate through the hall. "
                + "In defeat, the president appeared tired.");
        assertTrue(a.quotes().isEmpty(), describe(a));
    }

    @Test
    void rulingsAndVotes() {
        Analysis a = run("A federal appeals court ruled that the state's voting law was unconstitutional. "
                + "The House committee voted to hold the former aide in contempt of Congress. "
                + "Tom Becker voted against the farm bill. Many residents voted for Jane Holloway. "
                + "Last year the two governments began discussing a future peace treaty.");
        find(a, "the state's voting law was unconstitutional", null);
        find(a, "to hold the former aide in contempt of Congress", null);
        find(a, "the farm bill", "Tom Becker");
        assertFalse(withContent(a, "Jane Holloway").isPresent(), "a ballot is not a statement:" + describe(a));
        assertFalse(withContent(a, "a future peace treaty").isPresent(), "a talk is not a statement:" + describe(a));
    }

    @Test
    void statementsMadeWithMake() {
        Analysis a = run("General Tom Becker made it clear that he had misgivings about the new budget. "
                + "Jane Holloway has made the case for a higher minimum wage. Tom Becker also made a fortune in real estate.");
        find(a, "he had misgivings about the new budget", "Tom Becker");
        find(a, "a higher minimum wage", "Jane Holloway");
        assertFalse(withContent(a, "a fortune in real estate").isPresent(), describe(a));
    }

    @Test
    void pointOfViewFramesItsClause() {
        Analysis a = run("The talks ended on Monday. In Jane Holloway's view, the treaty had failed. "
                + "By one estimate, 300,000 acres of forest have been damaged. In the city, protesters gathered on Monday.");
        find(a, "the treaty had failed", "Jane Holloway");
        find(a, "300,000 acres of forest have been damaged", null);
        assertFalse(withContent(a, "protesters gathered on Monday").isPresent(), describe(a));
    }

    @Test
    void judgingAndLinking() {
        Analysis a = run("Tom Becker repeatedly linked the hacking to the private email server. "
                + "Jane Holloway judged the plan a failure.");
        find(a, "the hacking to the private email server", "Tom Becker");
        find(a, "the plan a failure", "Jane Holloway");
    }

    @Test
    void whatARuleAllowsOrRequires() {
        Analysis a = run("The party's bylaws permit members to appoint proxies. "
                + "The 1951 Refugee Convention obligates countries to offer protection to refugees. "
                + "Loopholes allow developers to pay little tax. A pilot program allowed a few trucks over the border.");
        find(a, "members to appoint proxies", null);
        find(a, "countries to offer protection to refugees", null);
        assertFalse(withContent(a, "developers to pay little tax").isPresent(), "loopholes are no rule:" + describe(a));
        assertFalse(withContent(a, "a few trucks over the border").isPresent(), "an event, not a rule:" + describe(a));
    }

    @Test
    void passiveReportWithoutAgentIsTheWholeClause() {
        Analysis a = run("The governor's veto is expected to come before the deadline on Friday. "
                + "Mr. Ortega was accused of using $5 million for personal expenses. "
                + "A woman can be heard yelling to the officers. The deal was announced.");
        Quote q = find(a, "The governor's veto is expected to come before the deadline on Friday", null);
        assertFalse(q.speaker().known(), describe(a));
        find(a, "Mr. Ortega was accused of using $5 million for personal expenses", null);
        assertEquals(2, a.quotes().size(), "hearing is no report, a bare passive has nothing said:" + describe(a));
    }

    @Test
    void reportedQuestionKeepsItsOpeningWord() {
        Analysis a = run("Jane Holloway isn't saying if the foundation violated any laws.");
        find(a, "if the foundation violated any laws", "Jane Holloway");
    }

    @Test
    void sayingInfinitiveWithAClauseOfItsOwn() {
        Analysis a = run("Tom Becker appeared to suggest that veterans who suffer from stress might not be as strong as others.");
        find(a, "veterans who suffer from stress might not be as strong as others", "Tom Becker");
    }

    @Test
    void objectKeepsWhatTheParserHungBesideIt() {
        Analysis a = run("The senator cited derogatory comments the mayor had made about the city. "
                + "Recent polls show Jane Holloway with a lead in the low single digits.");
        find(a, "derogatory comments the mayor had made about the city", null);
        find(a, "Jane Holloway with a lead in the low single digits", null);
    }

    @Test
    void circumstanceAfterSaidIsNotWhatWasSaid() {
        Analysis a = run("\u201cWe will not give up,\u201d Tom Becker said as he entered the talks.");
        assertFalse(withContent(a, "as he entered the talks").isPresent(), describe(a));
        find(a, "We will not give up,", "Tom Becker");
    }

    @Test
    void secondSpeakerJoinedByAConjunctionStartsAStatementOfItsOwn() {
        Analysis a = run("Jane Holloway said the campaign planned to stage a protest, though she acknowledged it was unlikely to work. "
                + "Officials said the reforms were not complete, and human rights groups warned that the army kept its power.");
        find(a, "the campaign planned to stage a protest", "Jane Holloway");
        find(a, "it was unlikely to work", "Jane Holloway");
        find(a, "the reforms were not complete", null);
        find(a, "the army kept its power", null);
    }

    @Test
    void secondSpeakerAfterACommaOrASharedSubjectStartsAStatementOfItsOwn() {
        Analysis a = run("While she conceded money was a major reason she felt tired working for the mayor, Collins also noted several “problems” left her disillusioned. "
                + "Mary Collins stressed her record on veterans during a forum in Ohio and said she has the experience to lead.");
        find(a, "money was a major reason she felt tired working for the mayor", null);
        find(a, "her record on veterans during a forum in Ohio", "Mary Collins");
        find(a, "she has the experience to lead", "Mary Collins");
    }

    @Test
    void objectKeepsThePhraseSayingWhomOrWhatItConcerns() {
        Analysis a = run("Mary Collins blamed the riots on poor policing by the city police. "
                + "Tom Becker criticized the mayor on Tuesday.");
        find(a, "the riots on poor policing by the city police", "Mary Collins");
        find(a, "the mayor", "Tom Becker");
    }

    @Test
    void infinitiveOrObjectEndsBeforeAClauseWithItsOwnSubject() {
        Analysis a = run("The union agreed to lend the company $5 million, and the city council also stepped in with money.");
        find(a, "to lend the company $5 million", null);
    }

    @Test
    void participleOfSayingAfterACommaAndAPrepositionStartsAStatement() {
        Analysis a = run("The governor has met ten candidates, but he refuses to discuss the vacancy, aside from saying he wants a younger senator.");
        find(a, "to discuss the vacancy", null);
        assertFalse(a.quotes().stream().anyMatch(q -> a.textOf(q.content()).contains("vacancy, aside")), describe(a));
    }

    @Test
    void whatIsCalledForAndWhatSomethingIsCalled() {
        Analysis a = run("Tom Becker has called for reducing the corporate tax rate to 28 percent. "
                + "The company called the charges unsubstantiated and fabricated by former employees.");
        find(a, "reducing the corporate tax rate to 28 percent", "Tom Becker");
        find(a, "the charges unsubstantiated and fabricated by former employees", null);
    }

    @Test
    void nounsOfSayingWhenTheParserMissesTheirClause() {
        Analysis a = run("Some lawmakers have expressed concern that changing the policy could lead to voter fraud. "
                + "Jane Holloway's decision to reopen talks with the rebels in 2011 was praised.");
        find(a, "changing the policy could lead to voter fraud", null);
        find(a, "to reopen talks with the rebels in 2011", "Jane Holloway");
    }

    @Test
    void statementRunsToTheEndOfAQuotationItOpened() {
        Analysis a = run("Tom Becker told reporters that \"they hit the mayor because they said he should have been much tougher. "
                + "... What they are doing is gaming the system.\"");
        find(a, "\"they hit the mayor because they said he should have been much tougher. ... "
                + "What they are doing is gaming the system.\"", "Tom Becker");
    }

    @Test
    void reportedClauseCutShortByTheParserRunsToItsVerb() {
        Analysis a = run("Tom Becker believes that his efforts to slow the warming of the planet will be the most lasting legacy of his term. "
                + "Investigators have also discovered that attempts to infiltrate the program were made by people with ties to criminals.");
        find(a, "his efforts to slow the warming of the planet will be the most lasting legacy of his term", "Tom Becker");
        find(a, "attempts to infiltrate the program were made by people with ties to criminals", null);
    }

    @Test
    void whatAPersonWasAskedAboutAndWhatTheyWereBlamedFor() {
        Analysis a = run("The moderator asked Jane Holloway about her email account. "
                + "Tom Becker blasted the local press for being \"unbelievably dishonest.\" He described his plan on Monday.");
        find(a, "her email account", null);
        find(a, "the local press for being \"unbelievably dishonest.\"", "Tom Becker");
        assertFalse(withContent(a, "Monday").isPresent(), "a date is not what a plan is about:" + describe(a));
    }

    @Test
    void frameInsideTheStatementAndAClauseAfterIt() {
        Analysis a = run("The museum, Tom Becker said, would make visitors face uncomfortable truths. "
                + "The middle fifth paid 8.9 percent, the agency said in a June report, and those in the bottom fifth paid 0.8 percent.");
        find(a, "The museum, Tom Becker said, would make visitors face uncomfortable truths", "Tom Becker");
        find(a, "The middle fifth paid 8.9 percent, the agency said in a June report, and those in the bottom fifth paid 0.8 percent", null);
    }

    @Test
    void theWritersHypothesisIsNoReport() {
        Analysis a = run("Let's say you think a degree from a state university will cost $160,000 in 18 years.");
        assertFalse(a.quotes().stream().anyMatch(q -> a.textOf(q.cue()).equals("say")), describe(a));
    }

    @Test
    void writersGlossesAfterTheStatementAreNotSaid() {
        Analysis a = run("The experts praised Jane Holloway's proposals to help small farms, which include a grant for new barns, which would otherwise be taxed. "
                + "The farmers were swayed by Tom Becker's announcement of his plan to cut pollution from old factories, which gave his diplomats the leverage they needed.");
        assertFalse(a.quotes().stream().anyMatch(q -> a.textOf(q.content()).contains("which")), describe(a));
    }

    @Test
    void secondThatClauseGoesOnWithTheStatement() {
        Analysis a = run("Jane Holloway said that he was not familiar with the program because he did not get the network at home, and that he might decide against his plans. "
                + "The experts said that the proposal would increase taxes on the rich but that it would add many new layers of complexity.");
        find(a, "he was not familiar with the program because he did not get the network at home, and that he might decide against his plans", "Jane Holloway");
        find(a, "the proposal would increase taxes on the rich but that it would add many new layers of complexity", null);
    }

    @Test
    void participleAfterACommaWithAnAdverbIsTheWriters() {
        Analysis a = run("Tom Becker told supporters on Tuesday that he would consider it a personal insult if they did not vote for his party, implicitly putting his name on the line.");
        find(a, "he would consider it a personal insult if they did not vote for his party", "Tom Becker");
    }

    @Test
    void participleAfterARequestIsTheWriters() {
        Analysis a = run("Jane Holloway urged her volunteers to sign up five million voters, focusing on people under 30.");
        find(a, "her volunteers to sign up five million voters", "Jane Holloway");
    }

    @Test
    void frameOfSayingAtTheEndIsNotWhatWasSaid() {
        Analysis a = run("Witnesses disputed that the driver had a gun, as police have said.");
        assertTrue(a.quotes().stream().noneMatch(q -> a.textOf(q.content()).contains("police have said")), describe(a));
        find(a, "the driver had a gun", null);
    }

    // ---------------------------------------------------------------- content boundaries

    @Test
    void objectKeepsAWithoutPhraseHungOnTheVerb() {
        Analysis a = run("The union criticized the sale of the land without a public vote. "
                + "Ana Ruiz questioned the company's hiring practices behind the scenes of the merger.");
        find(a, "the sale of the land without a public vote", null);
        find(a, "the company's hiring practices behind the scenes of the merger", "Ana Ruiz");
    }

    @Test
    void relativeClauseAfterAReportedClauseGoesOnAfterAPhraseItIsTheWriters() {
        Analysis a = run("Tom Becker said the mayor was headed to the stadium to meet supporters, which she was doing when the police stopped her. "
                + "Jane Holloway cited the rising cost of housing, which has doubled in ten years.");
        find(a, "the mayor was headed to the stadium to meet supporters, which she was doing when the police stopped her", "Tom Becker");
        find(a, "the rising cost of housing", "Jane Holloway");
    }

    @Test
    void secondVerbInTheSameFormGoesOnWithTheReportedClause() {
        Analysis a = run("The officers said he posed a threat and refused to drop the knife.");
        find(a, "he posed a threat and refused to drop the knife", null);
        assertTrue(withContent(a, "to drop the knife").isEmpty(), describe(a));
    }

    @Test
    void semicolonContinuesAStatementOnlyWithAReportOfItsOwn() {
        Analysis a = run("Republicans said the timing of the report was not intentional; they only learned of it on Friday. "
                + "The ministry said the talks would resume; Moscow hopes that both sides will return to the table.");
        find(a, "the timing of the report was not intentional", null);
        find(a, "the talks would resume; Moscow hopes that both sides will return to the table", null);
    }

    @Test
    void writersTailEndsTheStatement() {
        Analysis a = run("The army said the latest test was its biggest yet, although it may take days to know how powerful it was. "
                + "The mayor thanked the council for backing her plan - delaying a vote on the budget until spring. "
                + "The minister condemned the missile launch as the rebels fired three rockets into the city. "
                + "The city agreed to release the money so the builders could start the work.");
        find(a, "the latest test was its biggest yet", null);
        find(a, "the council for backing her plan", null);
        find(a, "the missile launch", null);
        find(a, "to release the money", null);
    }

    @Test
    void reasonAndSecondThatClauseHungOnTheVerbGoOnWithTheStatement() {
        Analysis a = run("Tom Becker said the officers stopped the car because they were looking for another man. "
                + "The witnesses said they saw a truck and that it was parked near the bridge.");
        find(a, "the officers stopped the car because they were looking for another man", "Tom Becker");
        find(a, "they saw a truck and that it was parked near the bridge", null);
    }

    @Test
    void frontedDocumentDoesNotFrameAClauseWithItsOwnVerbOfSaying() {
        Analysis a = run("In a letter to the council, Jane Holloway told the mayor how worried she is about the river.");
        find(a, "how worried she is about the river", "Jane Holloway");
        assertTrue(a.quotes().stream().noneMatch(q -> a.textOf(q.content()).startsWith("Jane Holloway told")), describe(a));
    }

    @Test
    void finiteVerbRightAfterTheClauseRunsItToTheEndOfTheSentence() {
        Analysis a = run("A report released last year found that the agency could not be sure that money spent on the program was not coming from criminal groups.");
        find(a, "the agency could not be sure that money spent on the program was not coming from criminal groups", null);
    }

    @Test
    void purposeAfterAnObjectOfSayingIsTheWriters() {
        Analysis a = run("Some companies are reporting different numbers to different government agencies to obfuscate how they avoid taxes.");
        find(a, "different numbers to different government agencies", null);
    }

    @Test
    void whereClauseAfterAPhraseIsAGloss() {
        Analysis a = run("The poll shows a close contest in the state, where 18 electoral votes are at stake.");
        find(a, "a close contest in the state", null);
    }

    @Test
    void objectKeepsItsIncludingPhrase() {
        Analysis a = run("Ana Ruiz condemned the invasion of the island, including the seizure of its main port.");
        find(a, "the invasion of the island, including the seizure of its main port", "Ana Ruiz");
    }

    @Test
    void descriptionOfANameEndingAReportedClauseIsTheWriters() {
        Analysis a = run("Ministers say resources could be better spent in partnership with NATO, the military alliance that includes most European countries.");
        find(a, "resources could be better spent in partnership with NATO", null);
    }

    @Test
    void frameInsideADirectQuoteReportsNothingOfItsOwn() {
        Analysis a = run("\"Wall Street's a pretty cynical place,\" said Tim Hess, a real estate developer in Virginia, who introduced "
                + "Mr. Clarke to his banking contacts. \"But when you see somebody with that kind of passion, people lean forward.\"");
        assertTrue(a.quotes().stream().allMatch(q -> q.kind() == Quote.Kind.DIRECT), describe(a));
        assertEquals("Tim Hess", a.quotes().get(0).speaker().name(), describe(a));
    }

    @Test
    void statementInsideAQuotationBelongsToIt() {
        Analysis a = run("The audit's verdict was blunt: \"Nine agencies reported 400 contracts to the treasury, while only "
                + "reporting 120 contracts to parliament.\"");
        assertTrue(a.quotes().stream().noneMatch(q -> q.kind() != Quote.Kind.DIRECT
                && a.textOf(q.content()).startsWith("400 contracts")), describe(a));
        assertTrue(a.quotes().stream().noneMatch(q -> a.textOf(q.content()).startsWith("120 contracts")), describe(a));
    }

    @Test
    void innerStatementRunningPastTheOuterIsPartOfIt() {
        Analysis a = run("Tom Becker, who left the network in 2015, said he did not support Ana Ruiz, the presumed favorite.");
        assertTrue(a.quotes().stream().noneMatch(q -> a.textOf(q.content()).startsWith("Ana Ruiz")), describe(a));
    }

    @Test
    void descriptionOfADirectSpeakerSaysNothingOfItsOwn() {
        Analysis a = run("\"Now is the time to rebuild,\" said Tom Becker, who led the agency from 1995 to 1997 and has backed "
                + "Ana Ruiz. \"It will take years.\"");
        assertTrue(a.quotes().stream().noneMatch(q -> a.textOf(q.content()).equals("Ana Ruiz")), describe(a));
    }

    @Test
    void secondCoordinatedVerbOfSayingStartsAStatementOfItsOwn() {
        Analysis a = run("Tom Becker claimed broad support and said it ensured he was not beholden to the unions.");
        find(a, "broad support", "Tom Becker");
        find(a, "it ensured he was not beholden to the unions", "Tom Becker");
    }

    @Test
    void asFrameReportsTheClauseItHangsOn() {
        Analysis a = run("The footage was released on Friday. It does not show whether the driver was armed, as police have said. "
                + "As Ana Ruiz put it in a statement, the talks are over for now.");
        Quote q = find(a, "It does not show whether the driver was armed", null);
        assertEquals("police", a.textOf(q.speaker().mention()), describe(a));
        find(a, "the talks are over for now", "Ana Ruiz");
    }

    @Test
    void asClauseOfItsOwnIsNoFrame() {
        Analysis a = run("As the crowds talked about the vote, the ministers left the hall.");
        assertTrue(a.quotes().stream().noneMatch(q -> a.textOf(q.content()).contains("left the hall")), describe(a));
    }

    @Test
    void cueOfAQuotationReportsTheQuotationNotItsSentence() {
        Analysis a = run("She said parents who adopt would not be eligible for the leave, and when pressed on why, the mother of "
                + "three replied, \"It is meant to benefit the mother who has given birth.\"");
        find(a, "It is meant to benefit the mother who has given birth.", null);
        assertTrue(a.quotes().stream().noneMatch(q -> q.kind() != Quote.Kind.DIRECT
                && a.textOf(q.content()).contains("It is meant")), describe(a));
    }

    @Test
    void aboutTopicKeepsTheOccasionHungOnItsVerbAndHasOneReading() {
        Analysis a = run("Tom Becker is raising questions about his microphone problems during Monday's debate with Ana Ruiz.");
        find(a, "his microphone problems during Monday's debate with Ana Ruiz", "Tom Becker");
        assertTrue(withContent(a, "his microphone problems").isEmpty(), describe(a));
    }

    @Test
    void occasionEndingAStatementIsNotSaid() {
        Analysis a = run("Mayor Ana Ruiz called for more road repairs in a statement on Thursday.");
        find(a, "more road repairs", "Ana Ruiz");
    }

    @Test
    void editorsNoteStatesNoStatementOfTheStory() {
        Analysis a = run("Editor’s note: Tom Becker is a serial liar who has\nrepeatedly pledged to close all schools.\n\n"
                + "Mayor Ana Ruiz said the schools would stay open.");
        find(a, "the schools would stay open", "Ana Ruiz");
        assertTrue(a.quotes().stream().noneMatch(q -> a.textOf(q.content()).contains("close all schools")), describe(a));
    }

    @Test
    void relativeClauseAfterAccordingToDescribesTheSource() {
        Analysis a = run("Tom Becker is 6 feet tall and weighs 236 pounds, which classifies him as overweight according to his body mass index.");
        assertTrue(a.quotes().stream().noneMatch(q -> a.textOf(q.content()).startsWith("which")), describe(a));
    }

    @Test
    void embeddedPostIsNoStatement() {
        Analysis a = run("Mayor Ana Ruiz said the bridge would open in May.\n\n"
                + "Like you’ve never seen them before.@AnaRuiz sits down with @TomBecker.#CityTalk Coming May 30th."
                + "https://t.co/abcdefgh pic.twitter.com/Abc123— City Radio (@CityRadio) May 27, 2024.");
        find(a, "the bridge would open in May", "Ana Ruiz");
        assertTrue(a.quotes().stream().noneMatch(q -> a.textOf(q.content()).contains("@")), describe(a));
    }
}
