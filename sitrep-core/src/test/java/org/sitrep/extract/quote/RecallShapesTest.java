package org.sitrep.extract.quote;

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
}
