package org.sitrep.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Quote;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageContract;
import org.sitrep.testing.Fixtures;

/** When a statement was said, on small made-up sentences, plus the stage contract on the seed. */
class ReportTimeStageTest extends StageContract {

    private static final ReportTimeStage STAGE = new ReportTimeStage();

    @Override
    protected Stage stage() {
        return STAGE;
    }

    private static Analysis run(String text) {
        return Fixtures.sitrep().analyze(Article.of("t", text));
    }

    private static String reportTime(String text) {
        Analysis a = run(text);
        assertEquals(1, a.quotes().size(), () -> "quotes: " + a.quotes());
        Quote q = a.quotes().get(0);
        return q.time() == null ? null : a.textOf(q.time());
    }

    @Test
    void toldReportersOnADay() {
        assertEquals("Tuesday", reportTime("Jane Holloway told reporters on Tuesday that the talks would go on."));
    }

    @Test
    void addingThatContinuesTheTimeOfTheStatementItHangsOn() {
        Analysis a = run("Jane Holloway said on Tuesday that the talks would go on, adding that a deal was close.");
        assertEquals(2, a.quotes().size(), () -> "quotes: " + a.quotes());
        for (Quote q : a.quotes()) {
            assertEquals("Tuesday", q.time() == null ? null : a.textOf(q.time()), () -> "quote " + a.textOf(q.content()));
        }
    }

    @Test
    void aTimeInsideTheContentIsWhenItHappenedNotWhenItWasSaid() {
        assertNull(reportTime("Jane Holloway said the attack happened on Monday."));
    }

    @Test
    void directQuoteSaidOnADay() {
        assertEquals("Friday", reportTime("“We will not back down,” Senator Jane Holloway said on Friday."));
    }

    @Test
    void inAStatementOnADay() {
        assertEquals("Monday", reportTime("The Defense Ministry said in a statement on Monday that the border was closed."));
    }

    @Test
    void frontedTimeOfTheFrame() {
        String t = reportTime("Earlier in the day, the Defense Ministry said that troops had withdrawn from the border.");
        assertTrue(t != null && t.contains("day"), "report time " + t);
    }

    @Test
    void aTimeInAnotherClauseOfTheFrameIsNotTheReportTime() {
        assertNull(reportTime("“We will inform you at once,” Tom Becker said, commenting on whether talks are planned"
                + " in the coming hours."));
    }

    @Test
    void aTimeModifyingTheOccasionDatesTheStatement() {
        assertEquals("Friday evening", reportTime("Tom Becker said during a Friday evening rally in Ohio that trade had"
                + " cost jobs."));
    }

    @Test
    void aTimeWordInsideANameIsNoReportTime() {
        assertNull(reportTime("“We were there under legitimate pretenses,” Tom Becker told USA Today."));
    }
}
