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
import org.sitrep.model.Span;
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
        return analyze(article, StageTimings.NONE);
    }

    /** Problem code of an article analysed only up to {@link SitrepConfig#maxChars()}. */
    public static final String TRUNCATED = "truncated";

    /**
     * Analyses the article; one longer than {@code maxChars} is analysed up to a cut at or before the limit and
     * keeps its whole text, so every span still points into the article's one canonical text.
     */
    public Analysis analyze(Article article, StageTimings timings) {
        return notEnglish(analyzeWithin(article, timings));
    }

    /** Problem code of an article in another language: every extractor reads English only. */
    public static final String NOT_ENGLISH = "not-english";

    /** A German or Russian page was analysed without a word, its few entities and quotes looking like findings. */
    private static Analysis notEnglish(Analysis a) {
        String tag = a.article().meta().language();
        if (tag == null || tag.equals("en") || tag.startsWith("en-")) {
            return a;
        }
        return a.withProblem(Problem.warning(NOT_ENGLISH, "the text is in '" + tag + "' ("
                + a.article().meta().languageFrom() + "); the extractors read English only, so entities, quotes, "
                + "times and events are missing or unreliable"));
    }

    private Analysis analyzeWithin(Article article, StageTimings timings) {
        String text = article.text();
        if (text.length() <= config.maxChars()) {
            return pipeline.apply(Analysis.of(article), timings);
        }
        int cut = cut(text, config.maxChars());
        Analysis part = pipeline.apply(Analysis.of(article.withText(text.substring(0, cut))), timings);
        // The stages may have set the article's date; keep that and put the whole text back.
        Analysis a = part.withArticle(part.article().withText(text));
        return a.withProblem(new Problem(Problem.Severity.WARNING, TRUNCATED, "text of " + text.length()
                + " characters is longer than the limit of " + config.maxChars() + "; analysed the first " + cut,
                new Span(cut, text.length())));
    }

    /** The last paragraph break, else the last white space, in the second half of the limit; else the limit. */
    static int cut(String text, int max) {
        int para = text.lastIndexOf('\n', max);
        if (para > max / 2) {
            return para;
        }
        for (int i = max; i > max / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
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
