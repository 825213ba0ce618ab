package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.Problem;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Pipeline;

/** The {@code maxChars} limit: where the text is cut, and that the whole text is kept with a truncated problem. */
class SitrepLimitTest {

    @Test
    void cutsAtAParagraphThenAtWhiteSpaceThenAtTheLimit() {
        assertEquals(30, Sitrep.cut("a".repeat(30) + "\n" + "b".repeat(100), 40));
        assertEquals(35, Sitrep.cut("a".repeat(10) + "\n" + "b".repeat(24) + " " + "c".repeat(100), 40), "paragraph too early");
        assertEquals(40, Sitrep.cut("x".repeat(100), 40));
        String pairs = "\uD83D\uDE00".repeat(50);
        assertEquals(40, Sitrep.cut(pairs, 40), "between two surrogate pairs");
        assertEquals(41, Sitrep.cut("y" + pairs, 42), "never inside a surrogate pair");
    }

    @Test
    void longTextKeepsItsWholeTextAndSaysWhatWasNotAnalysed() {
        Sitrep s = Sitrep.of(SitrepConfig.DEFAULT.withMaxChars(40).withThreads(1), Pipeline.of(List.of()));
        String text = "First paragraph of the article.\nSecond paragraph, which is well past the limit.";
        Analysis a = s.analyze(Article.of("long", text));
        assertEquals(text, a.text());
        Problem p = a.problems().stream().filter(x -> x.code().equals(Sitrep.TRUNCATED)).findFirst().orElseThrow();
        assertEquals(new Span(31, text.length()), p.span());
        assertTrue(p.message().contains("limit of 40"), p.message());
        Analysis shortOne = s.analyze(Article.of("short", "Short."));
        assertTrue(shortOne.problems().isEmpty());
    }

    @Test
    void anArticleInAnotherLanguageIsSaidToBeReadAsEnglish() {
        Sitrep s = Sitrep.of(SitrepConfig.DEFAULT.withThreads(1), Pipeline.of(List.of()));
        Article de = Article.of("de", "Der Minister sagte am Montag, die Gespräche würden fortgesetzt.")
                .withMeta(ArticleMeta.NONE.withLanguage("de", "html lang attribute"));
        Problem p = s.analyze(de).problems().stream().filter(x -> x.code().equals(Sitrep.NOT_ENGLISH)).findFirst()
                .orElseThrow();
        assertEquals(Problem.Severity.WARNING, p.severity());
        assertTrue(p.message().contains("'de' (html lang attribute)"), p.message());
        for (String english : new String[] {"en", "en-gb"}) {
            Article en = Article.of("en", "The minister said on Monday.").withMeta(ArticleMeta.NONE.withLanguage(english, "x"));
            assertTrue(s.analyze(en).problems().isEmpty(), english);
        }
        assertTrue(s.analyze(Article.of("unknown", "Short.")).problems().isEmpty(), "no language known: no warning");
    }
}
