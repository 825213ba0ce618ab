package org.sitrep.model;

import java.util.Objects;

/**
 * One input document: identity, provenance and its single canonical text. All spans of an
 * {@link Analysis} index into {@link #text()}.
 */
public record Article(String id, String source, String url, String title, Published published, String text) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        published = published == null ? Published.UNKNOWN : published;
    }

    public static Article of(String id, String text) {
        return new Article(id, null, null, null, Published.UNKNOWN, text);
    }

    public Article withPublished(Published p) {
        return new Article(id, source, url, title, p, text);
    }

    public Article withText(String t) {
        return new Article(id, source, url, title, published, t);
    }

    public Article withSource(String s) {
        return new Article(id, s, url, title, published, text);
    }
}
