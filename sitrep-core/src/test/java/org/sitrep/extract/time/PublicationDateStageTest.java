package org.sitrep.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Published;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageContract;
import org.sitrep.testing.Fixtures;

class PublicationDateStageTest extends StageContract {

    @Override
    protected Stage stage() {
        return new PublicationDateStage();
    }

    private static Published published(String text) {
        return new PublicationDateStage().apply(Analysis.of(Article.of("t", text))).article().published();
    }

    @Test
    void seedIsInferredAsTheNineteenthOfSeptember2023() {
        Published p = new PublicationDateStage().apply(Analysis.of(Fixtures.seedArticle())).article().published();
        assertEquals(LocalDate.of(2023, 9, 19), p.date());
        assertEquals(Published.How.INFERRED, p.how());
        assertTrue(p.confidence() >= 0.8, "a full date and its weekday agree: " + p);
    }

    @Test
    void givenDateIsKept() {
        Article a = Article.of("t", "On March 3, 2021 the talks failed.").withPublished(Published.given(LocalDate.of(2022, 1, 5)));
        Published p = new PublicationDateStage().apply(Analysis.of(a)).article().published();
        assertEquals(LocalDate.of(2022, 1, 5), p.date());
        assertEquals(Published.How.GIVEN, p.how());
    }

    @Test
    void metadataDateIsKept() {
        Published meta = new Published(LocalDate.of(2020, 2, 2), Published.How.METADATA, 0.95, "meta tag");
        Article a = Article.of("t", "Talks resumed on 5 May 2019.").withPublished(meta);
        assertEquals(meta, new PublicationDateStage().apply(Analysis.of(a)).article().published());
    }

    @Test
    void weekdayAgreementBeatsALaterDate() {
        // March 4, 2021 was a Thursday; April 30, 2021 a Friday.
        Published p = published("Rebels attacked on Thursday. A vote is planned for April 30, 2021. "
                + "The strike began at dawn on March 4, 2021, officials said.");
        assertEquals(LocalDate.of(2021, 3, 4), p.date());
        assertTrue(p.evidence().contains("Thursday"), p.evidence());
    }

    @Test
    void withoutWeekdayTheLatestFullDateIsTakenWithLowConfidence() {
        Published p = published("The accord of 12 June 2018 was renewed on 3 July 2019.");
        assertEquals(LocalDate.of(2019, 7, 3), p.date());
        assertTrue(p.confidence() < 0.8);
    }

    @Test
    void noFullDateLeavesItUnknownWithAProblem() {
        Analysis a = new PublicationDateStage().apply(Analysis.of(Article.of("t", "Fighting resumed on Tuesday.")));
        assertNull(a.article().published().date());
        assertEquals("no-publication-date", a.problems().get(0).code());
    }
}
