package org.sitrep.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.extract.quote.QuoteTexts.find;
import static org.sitrep.extract.quote.QuoteTexts.findByMention;
import static org.sitrep.extract.quote.QuoteTexts.run;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Quote;

/** Speakers the syntax hides: invented sentences, one per rule of {@link Subjects} and {@link SpeakerSieves}. */
class SpeakersTest {

    @Test
    void participleMisreadByTheParserSpeaksForTheClauseBesideIt() {
        Analysis a = run("Senator Maria Okafor had mocked the proposal, saying anybody who supports it “is not reading the bill.”\n\n"
                + "In 1990, the Appeals Court stopped the firm from dumping its waste in the river, citing a danger to public health.\n\n"
                + "Lamenting their fate, farmers in the valley often say the rain never comes when it is needed.\n\n"
                + "The mayor said he was tired, adding he would never run for office again.");
        find(a, "anybody who supports it “is not reading the bill.”", "Maria Okafor");
        find(a, "a danger to public health", "Appeals Court");
        findByMention(a, "their fate", "farmers in the valley");
        findByMention(a, "he would never run for office again", "The mayor");
    }

    @Test
    void relativePronounIsTheMentionAndItsNounTheSpeaker() {
        Analysis a = run("The budget was drafted by Finance Minister Tom Brandt, who argued that it would cut the deficit by half.\n\n"
                + "Analysts praised the Harbor Authority, which reported that cargo traffic rose last year.");
        assertEquals("who", a.textOf(find(a, "it would cut the deficit by half", "Tom Brandt").speaker().mention()));
        assertEquals("which", a.textOf(find(a, "cargo traffic rose last year", "Harbor Authority").speaker().mention()));
    }

    @Test
    void statementNamedByANounWithoutPossessorIsTheirsWhomItComesFrom() {
        Analysis a = run("The plan was approved despite warnings from engineers that the bridge could not carry the load.\n\n"
                + "Shares fell after a Daily Ledger report that the mine had been closed for a year.\n\n"
                + "Union leaders persisted in arguments that the new contract would cut wages.");
        findByMention(a, "the bridge could not carry the load", "engineers");
        findByMention(a, "the mine had been closed for a year", "Daily Ledger");
        findByMention(a, "the new contract would cut wages", "Union leaders");
    }

    @Test
    void finiteVerbLeftWithoutSubjectSpeaksForTheNounBeforeIt() {
        Analysis a = run("The debate over fishing is predictable - Governor Ann Kowalski has vowed to reopen the northern waters, "
                + "and Senator Paul Dufresne is promising to protect the reefs.\n\n"
                + "Lena Brooks, a former trade minister who is a fierce critic of the government, suggests that the tariffs "
                + "will hurt farmers most.\n\n"
                + "Mr. Okoro backed the union during his years at the port, which fired him in 2019, and said he did not "
                + "trust the new owners.");
        find(a, "to reopen the northern waters", "Ann Kowalski");
        find(a, "to protect the reefs", "Paul Dufresne");
        find(a, "the tariffs will hurt farmers most", "Lena Brooks");
        find(a, "he did not trust the new owners", "Okoro");
    }

    @Test
    void participleDescribingADocumentSpeaksForWhoeverIssuedIt() {
        Analysis a = run("The two senators sent a letter on Monday to party leaders opposing any cut to the pension fund.\n\n"
                + "The Interior Ministry issued a statement calling the strike \"an illegal act of sabotage.\"\n\n"
                + "Rebel leaders unleashed a series of posts criticizing the ceasefire plan.");
        findByMention(a, "any cut to the pension fund", "The two senators");
        find(a, "the strike \"an illegal act of sabotage.\"", "Interior Ministry");
        findByMention(a, "the ceasefire plan", "Rebel leaders");
    }

    @Test
    void subjectInAnAppositiveOfANameIsThatPerson() {
        Analysis a = run("The report quotes Ines Moreau, a nurse who said the ward had been closed for weeks.");
        assertEquals("who", a.textOf(find(a, "the ward had been closed for weeks", "Ines Moreau").speaker().mention()));
    }

    @Test
    void quoteFrameWhoseSubjectTheParserLostKeepsItsOwnSpeaker() {
        Analysis a = run("\"We were lucky,\" Mayor Tom Ellis said. Maria Lund, an engineer who inspected the dam, recalled, "
                + "\"Nobody expected the water to rise so fast.\"");
        Quote q = find(a, "Nobody expected the water to rise so fast.", "Maria Lund");
        assertEquals("Maria Lund", a.textOf(q.speaker().mention()));
    }
}
