package org.sitrep.read;

import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

/**
 * One document read from an input: an article (with problems met while reading, such as an assumed
 * charset) or, for an unreadable document, the error alone. {@code origin} names the file, and the line
 * for JSON Lines input.
 */
public record ReadResult(String origin, Article article, List<Problem> problems, String error) {

    public ReadResult {
        problems = List.copyOf(problems);
    }

    /** A document read; an article whose input declares no language gets a guessed one, said to be guessed. */
    public static ReadResult ok(String origin, Article article, List<Problem> problems) {
        return new ReadResult(origin, withLanguage(article), problems, null);
    }

    static Article withLanguage(Article a) {
        if (a.meta().language() != null) {
            return a;
        }
        Languages.Guess g = Languages.guess(a.text());
        return g == null ? a : a.withMeta(a.meta().withLanguage(g.tag(), g.basis()));
    }

    public static ReadResult failed(String origin, String error) {
        return new ReadResult(origin, null, List.of(), error);
    }

    public boolean failed() {
        return error != null;
    }
}
