package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.TimeExpression;
import org.sitrep.testing.Fixtures;

/**
 * SUTime gets only the stretches of text near a time word (sentences without one are skipped); that must not change
 * what it finds. Checked on made-up sentences that hold times only in words SUTime knows, on long sentences whose
 * times sit far inside them, on the seed, and on a sample of news from ../shared.
 */
class SuTimeFilterTest {

    private static final SuTime FILTERED = new SuTime();
    private static final SuTime ALL = new SuTime(true);
    private static final LocalDate ANCHOR = LocalDate.of(2023, 9, 19);

    private static void same(Analysis a) {
        List<TimeExpression> all = ALL.find(a, ANCHOR);
        assertEquals(all, FILTERED.find(a, ANCHOR), a.article().id());
    }

    private static Analysis nlp(String id, String text) {
        return Fixtures.nlp().apply(Analysis.of(Article.of(id, text)));
    }

    @Test
    void timesInWordsOnlyAreStillFound() {
        Analysis a = nlp("words", "The talks resumed this morning. Nothing happened here. They met at noon and again "
                + "in the evening. Prices rose in the fourth-quarter. The SEC said so. She left a fortnight ago. "
                + "It lasted for decades. Castro spoke Wednesday night. Now the rebels are gone. He was a former envoy.");
        assertFalse(FILTERED.find(a, ANCHOR).isEmpty());
        same(a);
    }

    @Test
    void longExpressionsDeepInLongSentencesAreFoundWhole() {
        Analysis a = nlp("long", "The delegation, which had travelled for many hours across the mountains and through the "
                + "valleys of the region, arrived at the crossing between 9 and 11 a.m. on Tuesday, September 19, 2023, "
                + "according to officials who spoke on condition of anonymity because they were not authorised to talk. "
                + "Negotiators who had been meeting behind closed doors in the capital said the talks would go on from "
                + "the first week of October until the end of the year, or for three and a half more months at least, "
                + "unless the fighting that broke out the day before yesterday spreads to the north of the country.");
        assertTrue(ALL.find(a, ANCHOR).size() >= 4, () -> ALL.find(a, ANCHOR).toString());
        same(a);
    }

    @Test
    void everyWeekdayAndMonthAloneIsFound() {
        StringBuilder text = new StringBuilder();
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            text.append("He came ").append(name).append(". ");
        }
        for (Month m : Month.values()) {
            text.append("She left in ").append(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                    .append(". They met on ").append(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                    .append(". 3 at the club. ");
        }
        Analysis a = nlp("calendar", text.toString());
        assertTrue(ALL.find(a, ANCHOR).size() >= 7 + 12, () -> ALL.find(a, ANCHOR).toString());
        same(a);
    }

    @Test
    void seedGivesTheSameTimes() {
        same(Fixtures.nlp().apply(Analysis.of(Fixtures.seedArticle())));
    }

    @Test
    void newsSampleGivesTheSameTimes() throws IOException {
        Path dir = Fixtures.shared("eval/polnear-dev/text");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().limit(5).toList();
        }
        for (Path f : files) {
            same(nlp(f.getFileName().toString(), Files.readString(f)));
        }
    }
}
