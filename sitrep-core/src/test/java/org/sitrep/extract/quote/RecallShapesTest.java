package org.sitrep.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.extract.quote.QuoteTexts.find;
import static org.sitrep.extract.quote.QuoteTexts.findByMention;
import static org.sitrep.extract.quote.QuoteTexts.run;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;

/** Reported statements in shapes the parser misreads: invented sentences, one per rule. */
class RecallShapesTest {

    @Test
    void gerundClauseAfterAClauseVerb() {
        Analysis a = run("The latest Harbor Institute survey showed Mayor Lind doing better than in any earlier poll.\n\n"
                + "Recent polls in the northern provinces have similarly shown the governor's lead eroding.");
        findByMention(a, "Mayor Lind doing better than in any earlier poll", "The latest Harbor Institute survey");
        findByMention(a, "the governor's lead eroding", "Recent polls in the northern provinces");
    }

    @Test
    void relativePronounTakenForTheObjectBeforeAPhraseIsTheSubject() {
        Analysis a = run("The plan was drafted by Senator Ruth Calder, who in 2014 said the state's most urgent need was to "
                + "repair its bridges.\n\nThe bill was opposed by Ms. Keane, who on Tuesday argued the tax would hurt small farms.");
        assertEquals("who", a.textOf(find(a, "the state's most urgent need was to repair its bridges", "Ruth Calder").speaker().mention()));
        assertEquals("who", a.textOf(find(a, "the tax would hurt small farms", "Keane").speaker().mention()));
    }
}
