package org.sitrep;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StageTimings;

/**
 * The one entry point: {@code Sitrep.create(config).analyze(article)}. Creating it loads the models once;
 * the instance is thread-safe and meant to be shared for the life of the process.
 */
public final class Sitrep {

    private final SitrepConfig config;
    private final Pipeline pipeline;
    private final long loadNanos;

    private Sitrep(SitrepConfig config, Pipeline pipeline, long loadNanos) {
        this.config = config;
        this.pipeline = pipeline;
        this.loadNanos = loadNanos;
    }

    public static Sitrep create(SitrepConfig config) {
        long t0 = System.nanoTime();
        Pipeline p = Pipelines.standard(config);
        return new Sitrep(config, p, System.nanoTime() - t0);
    }

    /** Wraps an already built pipeline (tests share one loaded pipeline across many cases). */
    public static Sitrep of(SitrepConfig config, Pipeline pipeline) {
        return new Sitrep(config, pipeline, 0);
    }

    public SitrepConfig config() {
        return config;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /** Milliseconds spent loading models when this instance was created. */
    public double loadMillis() {
        return loadNanos / 1e6;
    }

    public Analysis analyze(Article article) {
        return pipeline.apply(Analysis.of(article));
    }

    public Analysis analyze(Article article, StageTimings timings) {
        return pipeline.apply(Analysis.of(article), timings);
    }

    /** Problem code of an article whose analysis failed outside the stages (the batch goes on). */
    public static final String ANALYSIS_FAILED = "analysis-failed";

    /**
     * Analyses many articles on {@code config.threads()} threads and hands each result to {@code sink} in
     * input order. At most a few articles per thread are in flight, so memory stays bounded on any input size.
     * An article whose analysis fails is handed over as its bare analysis with an {@link #ANALYSIS_FAILED}
     * error problem, never by ending the run.
     */
    public void analyzeAll(Iterator<Article> articles, StageTimings timings, Consumer<Analysis> sink) {
        int threads = config.threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-analyze");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Analysis>> window = new ArrayDeque<>();
            while (articles.hasNext()) {
                Article a = articles.next();
                window.add(pool.submit(() -> analyzeOrReport(a, timings)));
                if (window.size() >= threads * 2) {
                    sink.accept(await(window.poll()));
                }
            }
            while (!window.isEmpty()) {
                sink.accept(await(window.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Analysis analyzeOrReport(Article a, StageTimings timings) {
        try {
            return analyze(a, timings);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Analysis.of(a).withProblem(Problem.error(ANALYSIS_FAILED, "analysis failed: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
    }

    private static Analysis await(Future<Analysis> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
