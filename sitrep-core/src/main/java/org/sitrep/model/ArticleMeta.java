package org.sitrep.model;

import java.util.List;

/**
 * What an input says about the article beyond its title and publication date, each with how it was found
 * (null "from" when nothing was): the authors, the last modification date (a {@link Published} because it
 * carries the same provenance), the language as a BCP-47 tag ("en", "de-ch") and the canonical URL the
 * page declares. {@code oneStory} says the input is one article by its nature (a web page, a feed item), so
 * that its text is one story whatever its subheads look like; a text file may run several stories together.
 * {@link #NONE} when the input gave nothing of the kind.
 */
public record ArticleMeta(List<String> authors, String authorsFrom, Published modified, String language,
        String languageFrom, String canonicalUrl, boolean oneStory) {

    public static final ArticleMeta NONE = new ArticleMeta(List.of(), null, Published.UNKNOWN, null, null, null, false);

    public ArticleMeta {
        authors = authors == null ? List.of() : List.copyOf(authors);
        modified = modified == null ? Published.UNKNOWN : modified;
    }

    public ArticleMeta withLanguage(String tag, String from) {
        return new ArticleMeta(authors, authorsFrom, modified, tag, from, canonicalUrl, oneStory);
    }
}
