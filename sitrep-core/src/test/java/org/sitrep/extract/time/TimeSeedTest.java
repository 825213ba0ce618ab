package org.sitrep.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.SeedGold;
import org.sitrep.model.Analysis;
import org.sitrep.model.Published;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.testing.Fixtures;

/** The founding example through the standard pipeline: its date inferred, all gold times with their values. */
class TimeSeedTest {

    @Test
    void publicationDateIsInferred() {
        Published p = Fixtures.seedAnalysis().article().published();
        assertEquals(LocalDate.of(2023, 9, 19), p.date());
        assertEquals(Published.How.INFERRED, p.how());
    }

    @Test
    void everyGoldTimeIsFoundWithItsValue() throws IOException {
        SeedGold gold = SeedGold.read(Fixtures.shared("corpus/seed/karabakh-2023-09-19.gold.json"));
        Analysis a = Fixtures.seedAnalysis();
        List<String> wrong = new ArrayList<>();
        for (SeedGold.GoldTime g : gold.times()) {
            int at = a.text().indexOf(g.text());
            assertTrue(at >= 0, g.text());
            Span span = new Span(at, at + g.text().length());
            TimeExpression hit = a.times().stream().filter(t -> t.span().overlaps(span)).findFirst().orElse(null);
            if (hit == null || !g.value().equals(hit.value())) {
                wrong.add(g.text() + " → " + (hit == null ? "nothing" : hit.value()) + " (gold " + g.value() + ")");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void endOfMonthCarriesTheEndModifier() {
        Analysis a = Fixtures.seedAnalysis();
        TimeExpression t = a.times().stream().filter(x -> a.textOf(x.span()).equals("the end of May this year"))
                .findFirst().orElseThrow();
        assertEquals("END", t.mod());
    }
}
