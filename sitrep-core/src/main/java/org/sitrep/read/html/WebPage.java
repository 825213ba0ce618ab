package org.sitrep.read.html;

import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.Problem;
import org.sitrep.model.Published;

/**
 * What was read from one news page: the main text (paragraphs separated by blank lines, the headline
 * kept apart in {@link #title}), the metadata found around it, each with where it was found
 * ({@code authorsFrom}, {@code languageFrom}, the dates' evidence), and problems met while reading.
 * {@code declaredLanguage} is what the page's markup says, which the text may contradict.
 */
public record WebPage(String url, String canonicalUrl, String title, List<String> authors, String authorsFrom,
        Published published, Published modified, String language, String languageFrom, String declaredLanguage,
        String siteName, String text, List<Problem> problems) {

    public WebPage {
        authors = List.copyOf(authors);
        problems = List.copyOf(problems);
        modified = modified == null ? Published.UNKNOWN : modified;
    }

    /** The article Sitrep analyses: the canonical URL where known, the site name as source. */
    public Article toArticle(String id) {
        return new Article(id, siteName, canonicalUrl != null ? canonicalUrl : url, title, published, text,
                new ArticleMeta(authors, authorsFrom, modified, language, languageFrom, canonicalUrl, true));
    }
}
