package org.sitrep.server;

import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.sitrep.model.Analysis;
import org.sitrep.query.QueryService;
import org.sitrep.query.ResultTable;
import org.sitrep.store.Store;

/**
 * The corpus behind the API: a {@link Store} and the {@link QueryService} the command line uses too. A store
 * holds one JDBC connection, so requests take turns on it (reads are milliseconds on a local store).
 */
public final class Corpus {

    private final Store store;
    private final QueryService queries;
    private final ReentrantLock lock = new ReentrantLock();

    public Corpus(Store store) {
        this.store = store;
        this.queries = new QueryService(store);
    }

    ResultTable ask(Function<QueryService, ResultTable> question) {
        lock.lock();
        try {
            return question.apply(queries);
        } finally {
            lock.unlock();
        }
    }

    Optional<Analysis> analysis(long articleId) {
        lock.lock();
        try {
            return store.analysis(articleId);
        } finally {
            lock.unlock();
        }
    }

    Store.Counts counts() {
        lock.lock();
        try {
            return store.counts();
        } finally {
            lock.unlock();
        }
    }
}
