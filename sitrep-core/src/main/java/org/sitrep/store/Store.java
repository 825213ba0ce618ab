package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.sitrep.model.Analysis;

/**
 * A corpus of analysed articles. Each {@link #put} is one transaction: an interrupted ingest leaves every
 * article either fully stored or absent. Articles are identified by the hash of their text, so storing the
 * same text twice stores nothing new. Implementations: SQLite (embedded, the default) and PostgreSQL.
 */
public interface Store extends AutoCloseable {

    /** Opens a store: a JDBC URL ({@code jdbc:postgresql://…}, {@code jdbc:sqlite:…}) or a SQLite file path. */
    static Store open(String location) {
        return Stores.open(location);
    }

    Dialect dialect();

    /** Whether an article with this text (by {@link ContentHash}) is stored. */
    boolean contains(String contentHash);

    /** Stores an analysis with everything it holds, links it to its near-duplicates, story and corpus entities. */
    Stored put(Analysis analysis, String origin);

    /** The stored analysis of an article, every layer as it was put. */
    Optional<Analysis> analysis(long articleId);

    /** How many rows each part of the corpus holds. */
    Counts counts();

    /** Runs read-only SQL on the store's connection (queries and exports build their SQL per {@link #dialect()}). */
    <T> T read(Work<T> work);

    @Override
    void close();

    /** SQL work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    /**
     * The outcome of a put: the article's id, whether it was new, the article it repeats (a near-duplicate
     * keeps its own row and points to the first report), the estimated similarity to it, and its story.
     */
    record Stored(long id, boolean added, Long duplicateOf, double similarity, Long story) {
    }

    /** Sizes of the corpus: all articles, distinct ones (not near-duplicates), stories, entities, quotes, events. */
    record Counts(long articles, long distinct, long stories, long entities, long quotes, long events) {
    }
}
