package org.sitrep.model;

import java.util.Objects;

/**
 * One input document: identity, provenance and its single canonical text. All spans of an
 * {@link Analysis} index into {@link #text()}. {@code meta} holds what the input said about itself besides
 * title and date (authors, modification date, language, canonical URL); never null.
 */
public record Article(String id, String source, String url, String title, Published published, String text,
        ArticleMeta meta) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        published = published == null ? Published.UNKNOWN : published;
        // Null also when an analysis stored before the component existed is read back.
        meta = meta == null ? ArticleMeta.NONE : meta;
    }

    /** An article whose input says nothing about authors, language or modification. */
    public Article(String id, String source, String url, String title, Published published, String text) {
        this(id, source, url, title, published, text, ArticleMeta.NONE);
    }

    public static Article of(String id, String text) {
        return new Article(id, null, null, null, Published.UNKNOWN, text, ArticleMeta.NONE);
    }

    public Article withPublished(Published p) {
        return new Article(id, source, url, title, p, text, meta);
    }

    public Article withText(String t) {
        return new Article(id, source, url, title, published, t, meta);
    }

    public Article withSource(String s) {
        return new Article(id, s, url, title, published, text, meta);
    }

    public Article withMeta(ArticleMeta m) {
        return new Article(id, source, url, title, published, text, m);
    }
}
