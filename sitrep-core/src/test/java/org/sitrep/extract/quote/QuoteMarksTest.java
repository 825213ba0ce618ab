package org.sitrep.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    private static List<String> inner(String text) {
        return QuoteMarks.find(text).stream().map(r -> r.inner().of(text)).toList();
    }

    @Test
    void curlyStraightAndMismatched() {
        assertEquals(List.of("a b,"), inner("“a b,” he said."));
        assertEquals(List.of("a b,"), inner("\"a b,\" he said."));
        assertEquals(List.of("a b,"), inner("“a b,\" he said."));
        assertEquals(List.of("constant contact."), inner("is in \"constant contact.” Then"));
    }

    @Test
    void nestedMarksStayInsideTheOuterQuote() {
        assertEquals(List.of("He called it “a farce” twice."), inner("“He called it “a farce” twice.” she said"));
        assertEquals(List.of("He called it \"a farce\" twice."), inner("“He called it \"a farce\" twice.” she said"));
    }

    @Test
    void paragraphsContinueOnlyWhenTheNextOpensWithAMark() {
        assertEquals(List.of("One.\n“Two."), inner("“One.\n“Two.” he said"));
        assertEquals(List.of("One.", "Two."), inner("“One.\nThen. “Two.”"));
    }

    @Test
    void aParagraphOpeningWithAnotherKindOfMarkStartsANewQuote() {
        // A block quote in straight marks, then a paragraph holding a curly quote of its own.
        assertEquals(List.of("One.\n\n\"Two.", "Three,"), inner("\"One.\n\n\"Two.\n\n“Three,” she said."));
    }

    @Test
    void aWronglyTurnedMarkOpeningAParagraphOpensAQuote() {
        assertEquals(List.of(" … what I learned is this,"), inner("He spoke.\n” … what I learned is this,” he said."));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals(List.of(), inner("Russia's position isn't ‘new’ at all."));
    }

    private static boolean nickname(String text) {
        return QuoteMarks.isNickname(text, QuoteMarks.find(text).get(0));
    }

    @Test
    void nicknamesInNamesQuoteNobody() {
        assertTrue(nickname("state Del. Marcia \"Cia\" Price shouted to the crowd."));
        assertTrue(nickname("Rep. Robert C. “Bobby” Scott threw open his yard."));
        assertFalse(nickname("Johnson tells MSNBC's \"Morning Joe\" on Friday that he won."));
        assertFalse(nickname("Trump called Cruz \"Lyin' Ted.\" Then he left."));
        assertFalse(nickname("He said \"Yes\" Monday."));
    }
}
