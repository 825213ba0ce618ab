package org.sitrep.server;

import java.util.function.Supplier;
import org.sitrep.Sitrep;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;

/**
 * The analysis engine behind {@code POST /api/analyze}, created on first use: loading CoreNLP takes
 * seconds and gigabytes, and a desk that only browses a corpus never needs it.
 */
final class Engine {

    private final Supplier<Sitrep> factory;
    private volatile Sitrep sitrep;

    Engine(Supplier<Sitrep> factory) {
        this.factory = factory;
    }

    boolean loaded() {
        return sitrep != null;
    }

    Analysis analyze(Article a) {
        Sitrep s = sitrep;
        if (s == null) {
            synchronized (this) {
                if (sitrep == null) {
                    sitrep = factory.get();
                }
                s = sitrep;
            }
        }
        return s.analyze(a);
    }
}
