package org.sitrep.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.Countries;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.EntityType;
import org.sitrep.testing.Fixtures;

class MentionRepairTest {

    private static List<String> misc(String text) {
        Analysis a = Fixtures.nlp().apply(Analysis.of(Article.of("x", text)));
        return new MentionRepair(Countries.load(), Vocabulary.load()).repair(a).stream()
                .filter(m -> m.type() == EntityType.MISC).map(m -> a.textOf(m.span())).toList();
    }

    @Test
    void demonymsOfOneOrMoreWordsAndJoinedToANameButNotToAParticiple() {
        assertEquals(List.of("Sri Lankan", "Israeli", "Egyptian", "Russians"),
                misc("Sri Lankan President Mahinda Rajapakse visited the Israeli-occupied village. "
                        + "Arab-Israeli and Egyptian-US talks included Russians."));
    }

    @Test
    void noDemonymInsideALongerName() {
        assertEquals(List.of("Spanish"),
                misc("Caddo and Atakapa Indians, then Spanish explorers came. The Egyptian Premier League met at "
                        + "the Spanish Oaks Apartments with Native Americans."));
    }
}
