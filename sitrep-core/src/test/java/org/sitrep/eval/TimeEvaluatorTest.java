package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.time.TimeStage;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.SuTime;
import org.sitrep.testing.Fixtures;

class TimeEvaluatorTest {

    /** The first 30 TimeBank documents measured relaxed F1 0.949 and value F1 0.783 (SUTime 0.935, 0.762). */
    private static final int SUBSET = 30;

    @Test
    void readsTimeMlTextAndGoldSpans(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.tml");
        Files.writeString(f, "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-13\" "
                + "functionInDocument=\"CREATION_TIME\">02/13/1998</TIMEX3></DCT>\n<TEXT>AT&amp;T <EVENT eid=\"e1\">voted</EVENT> "
                + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-02-13\" mod=\"END\">Friday</TIMEX3>.</TEXT></TimeML>");
        TimeMlDocument d = TimeMlDocument.read(f);
        assertEquals(LocalDate.of(1998, 2, 13), d.dct());
        assertEquals("AT&T voted Friday.", d.text());
        assertEquals(1, d.gold().size());
        TimeExpression g = d.gold().get(0);
        assertEquals("Friday", g.span().of(d.text()));
        assertEquals("1998-02-13", g.value());
        assertEquals("END", g.mod());
    }

    @Test
    void scoresStrictRelaxedAndValue() {
        String text = "It fell on Friday, and last year too.";
        List<TimeExpression> gold = List.of(new TimeExpression(new Span(11, 17), "DATE", "1998-02-13", null),
                new TimeExpression(new Span(23, 32), "DATE", "1997", null));
        List<TimeExpression> system = List.of(new TimeExpression(new Span(8, 17), "DATE", "1998-02-13", null),
                new TimeExpression(new Span(23, 32), "DATE", "1998", null),
                new TimeExpression(new Span(0, 2), "DATE", "PRESENT_REF", null));
        TimeScore s = TimeScore.of("d", text, system, gold);
        assertEquals(1, s.strict().tp());
        assertEquals(2, s.relaxed().tp());
        assertEquals(1, s.value().tp());
        assertEquals(0.5, s.valueAccuracy(), 1e-9);
        // The right value on a wider span, the wrong value, and the spurious time.
        assertEquals(3, s.errors().size(), s.errors().toString());
        assertTrue(s.errors().stream().anyMatch(e -> e.startsWith("SPAN\td\t\"Friday\"")), s.errors().toString());
    }

    @Test
    void timeBankSubsetStaysAboveItsFloorAndAboveSuTime() throws IOException {
        Path dir = Fixtures.shared("eval/timebank/TimeBank");
        List<Path> files = TimeMlDocument.files(dir).subList(0, SUBSET);
        SuTime suTime = new SuTime();
        TimeEvaluator.Result r = new TimeEvaluator(Fixtures.nlp(), new TimeStage(suTime), suTime).timeMl(files);
        String report = "sitrep relaxed " + r.sitrep().relaxed().summary() + ", value " + r.sitrep().value().summary()
                + "; sutime relaxed " + r.baseline().relaxed().summary() + ", value " + r.baseline().value().summary();
        assertTrue(r.sitrep().relaxed().f1() >= 0.94, report);
        assertTrue(r.sitrep().value().f1() >= 0.80, report);
        assertTrue(r.sitrep().value().f1() > r.baseline().value().f1(), report);
        assertTrue(r.sitrep().relaxed().f1() > r.baseline().relaxed().f1(), report);
    }
}
