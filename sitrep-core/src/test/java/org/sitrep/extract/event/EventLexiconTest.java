package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.testing.Fixtures;

class EventLexiconTest {

    @Test
    void everyPatternsTestSentenceYieldsItsType() {
        EventLexicon lex = EventLexicon.standard();
        assertTrue(lex.patterns().size() > 150, "lexicon holds " + lex.patterns().size() + " patterns");
        List<String> failures = new ArrayList<>();
        for (EventLexicon.Pattern p : lex.patterns()) {
            Analysis a = Fixtures.sitrep().analyze(Article.of("line" + p.line(), p.example()));
            boolean found = false;
            for (Event e : a.events()) {
                String trigger = a.textOf(e.trigger()).toLowerCase();
                // The pattern fired (its own code), or the type it stands for came out of the clause.
                if (e.cameo().equals(p.cameo()) || e.type().equals(p.type()) && trigger.startsWith(p.lemma().substring(0, 3))) {
                    found = true;
                }
            }
            if (!found) {
                failures.add("line " + p.line() + " " + p.lemma() + " → " + p.type() + ": \"" + p.example() + "\" gave "
                        + a.events().stream().map(e -> e.type() + "(" + a.textOf(e.trigger()) + ")").toList());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " patterns fail their test sentence:\n" + String.join("\n", failures));
    }

    @Test
    void malformedLinesAreRejectedWithTheirNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventLexicon.parse("# c\nattack | 190 | ASSAULT | | Rebels attacked.\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EventLexicon.parse("attack/v | 190 | ASSAULT | |\n"));
    }

    @Test
    void wordListsAreRead() {
        EventLexicon lex = EventLexicon.parse("@intend ready Willing\n");
        assertTrue(lex.words("intend").contains("willing"));
        assertTrue(lex.words("absent").isEmpty());
    }
}
