package org.sitrep.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Quote;
import org.sitrep.testing.Fixtures;

/** What the quote tests share: a made-up text through the standard pipeline, and finding its statements. */
final class QuoteTexts {

    private QuoteTexts() {
    }

    static Analysis run(String text) {
        return Fixtures.sitrep().analyze(Article.of("t", text));
    }

    /** The quotes of an analysis, one a line, for assertion messages. */
    static String describe(Analysis a) {
        StringBuilder sb = new StringBuilder();
        for (Quote q : a.quotes()) {
            sb.append("\n  ").append(q.kind()).append(" [").append(a.textOf(q.content())).append("] <")
                    .append(q.speaker().name()).append("> ").append(q.sieve());
        }
        return sb.toString();
    }

    static Optional<Quote> withContent(Analysis a, String content) {
        return a.quotes().stream().filter(q -> a.textOf(q.content()).equals(content)).findFirst();
    }

    /** The quote with exactly this content, spoken by the entity of this canonical name (any, when null). */
    static Quote find(Analysis a, String content, String speaker) {
        Quote q = found(a, content);
        if (speaker != null) {
            assertEquals(speaker, q.speaker().name(), describe(a));
        }
        return q;
    }

    /** The quote with exactly this content, whose speaker is named by this mention (any, when null). */
    static Quote findByMention(Analysis a, String content, String speakerMention) {
        Quote q = found(a, content);
        if (speakerMention != null) {
            assertEquals(speakerMention, a.textOf(q.speaker().mention()), describe(a));
        }
        return q;
    }

    private static Quote found(Analysis a, String content) {
        Quote q = withContent(a, content).orElse(null);
        assertTrue(q != null, () -> "no quote [" + content + "] among:" + describe(a));
        return q;
    }
}
