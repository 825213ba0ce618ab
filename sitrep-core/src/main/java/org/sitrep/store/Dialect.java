package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;

/**
 * What differs between the SQL engines: where the migrations live and how full-text search is written.
 * SQLite searches FTS5 tables keyed by rowid; PostgreSQL searches generated {@code tsvector} columns.
 */
public enum Dialect {
    SQLITE("sqlite"), POSTGRES("postgres");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The resource folder of this dialect's versioned migration scripts. */
    public String migrations() {
        return folder;
    }

    /** A predicate "article {@code alias} matches the text search", with one parameter, {@link #searchTerms}. */
    public String articleMatches(String alias) {
        return switch (this) {
            case SQLITE -> alias + ".id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)";
            case POSTGRES -> alias + ".tsv @@ plainto_tsquery('english', ?)";
        };
    }

    /** A predicate "quote {@code alias} matches the text search", with one parameter, {@link #searchTerms}. */
    public String quoteMatches(String alias) {
        return switch (this) {
            case SQLITE -> alias + ".id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)";
            case POSTGRES -> alias + ".tsv @@ plainto_tsquery('english', ?)";
        };
    }

    /** An aggregate joining the distinct non-null values of {@code expr} with commas. */
    public String joinDistinct(String expr) {
        return switch (this) {
            case SQLITE -> "group_concat(DISTINCT " + expr + ")";
            case POSTGRES -> "string_agg(DISTINCT " + expr + ", ',')";
        };
    }

    /**
     * The parameter for a user's search words: all words must occur. For FTS5 each word is quoted, so that
     * user input can never be read as query syntax (AND, NEAR, column filters, unbalanced quotes).
     */
    public String searchTerms(String userText) {
        if (this == POSTGRES) {
            return userText;
        }
        List<String> quoted = new ArrayList<>();
        for (String w : userText.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                quoted.add("\"" + w + "\"");
            }
        }
        return quoted.isEmpty() ? "\"\"" : String.join(" ", quoted);
    }
}
