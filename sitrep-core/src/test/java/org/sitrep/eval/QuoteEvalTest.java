package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.testing.Fixtures;

/** The matching rules of the quote evaluator, the seed targets, and a floor on a PolNeAR dev subset. */
class QuoteEvalTest {

    private static Quote quote(Quote.Kind kind, int b, int e, String name, Span mention) {
        return new Quote(kind, new Span(b, e), null, new Quote.Speaker(null, name, mention), 1, "test", null);
    }

    @Test
    void overlapOfHalfMatchesAndSpeakerIsJudgedByMentionOrHeadWord() {
        String text = "x".repeat(100);
        QuoteGold g = new QuoteGold("d", text, null, List.of(
                new QuoteGold.Attribution(new Span(0, 20), true, new Span(30, 40), "Senator Jane Holloway", null),
                new QuoteGold.Attribution(new Span(50, 70), false, new Span(80, 85), "the aide", null)));
        QuoteEval.Scores s = QuoteEval.score(g, List.of(
                quote(Quote.Kind.DIRECT, 0, 12, "Jane Holloway", null),   // overlap 12/20 = 0.6, head word matches
                quote(Quote.Kind.INDIRECT, 60, 90, "Tom Becker", null),  // overlap 10/40 = 0.25: no match
                quote(Quote.Kind.INDIRECT, 52, 70, null, new Span(82, 84))));
        assertEquals(new Prf(2, 3, 2), s.all());
        assertEquals(new Prf(1, 1, 1), s.direct());
        assertEquals(new Prf(1, 2, 1), s.other());
        assertEquals(2, s.speakerRight());
        assertEquals(2, s.speakerJudged());
    }

    @Test
    void bratDiscontinuousContentUsesItsCoveringSpanAndQuoteMarkMeansDirect() {
        String text = "“One,” he said, “two.” Then more text follows here.";
        List<QuoteGold.Attribution> a = QuoteGold.brat(text, List.of(
                "T1\tContent 0 6;16 22\t“One,” “two.”", "T2\tSource 7 9\the", "T3\tCue 10 14\tsaid",
                "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2"));
        assertEquals(1, a.size());
        assertEquals(new Span(0, 22), a.get(0).content());
        assertTrue(a.get(0).direct());
        assertEquals("he", a.get(0).sourceText());
    }

    @Test
    void seedHasAtLeast30Of31QuotesWithTheRightSpeakerAndAtMostTwoExtras() throws Exception {
        QuoteGold gold = QuoteGold.seed(Fixtures.shared("corpus/seed/karabakh-2023-09-19.gold.json"));
        assertEquals(31, gold.attributions().size());
        QuoteEval.Scores s = QuoteEval.score(gold, Fixtures.seedAnalysis().quotes());
        String errors = String.join("\n", s.errors());
        assertTrue(s.all().tp() >= 30, errors);
        assertTrue(s.speakerRight() >= 30, errors);
        assertTrue(s.all().system() - s.all().tp() <= 2, errors);
    }

    @Test
    void polnearDevSubsetStaysAboveItsFloor() throws Exception {
        Path dir = Fixtures.shared("eval/polnear-dev");
        List<QuoteGold> docs = QuoteGold.polnear(dir).subList(0, 12);
        QuoteEval.Scores s = QuoteEval.Scores.ZERO;
        for (QuoteGold d : docs) {
            Analysis a = Fixtures.sitrep().analyze(Article.of(d.id(), d.text()));
            s = s.plus(QuoteEval.score(d, a.quotes()));
        }
        assertFalse(docs.isEmpty());
        String all = "direct " + s.direct().summary() + "; all " + s.all().summary() + "; speaker " + s.speakerAccuracy();
        // Measured on these 12 documents: direct F1 0.897, all F1 0.756, speaker accuracy 0.917.
        assertTrue(s.direct().f1() >= 0.85, all);
        assertTrue(s.all().f1() >= 0.72, all);
        assertTrue(s.speakerAccuracy() >= 0.88, all);
    }
}
