package org.sitrep.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.model.Article;
import org.sitrep.nlp.CoreNlpFullPipeline;
import org.sitrep.pipeline.StageTimings;

/**
 * Measures the engine on a corpus the way a user runs it: model load, the first article (cold), then the
 * whole corpus on the configured threads (warm), with per-stage time and peak heap. Figures, not assertions:
 * speed targets are checked here, never in timed unit tests. The process CPU time of the warm run is measured
 * too: on a shared machine wall time includes waiting for a core, CPU time does not.
 */
public final class Benchmark {

    /**
     * What one benchmark run measured. Stage times are summed over threads, so shares add to 1 (empty for a
     * baseline, which has no Sitrep stages). {@code warmCpuMillis} is the whole process's CPU time during the
     * warm run (analysis threads, garbage collector and compiler), or negative when the JVM cannot tell;
     * {@code gcCount} and {@code gcMillis} are the garbage collections of the warm run and their summed pauses.
     */
    public record Result(String name, int articles, long tokens, int threads, double loadMillis,
                         double firstArticleMillis, double warmMillis, double warmCpuMillis, long gcCount, double gcMillis,
                         Map<String, Double> stageMillis, Map<String, Double> stageCpuMillis, long peakHeapBytes) {

        public double articlesPerSecond() {
            return articles * 1000.0 / warmMillis;
        }

        public double tokensPerSecond() {
            return tokens * 1000.0 / warmMillis;
        }

        public boolean hasCpu() {
            return warmCpuMillis >= 0;
        }

        public double cpuMillisPerArticle() {
            return warmCpuMillis / articles;
        }

        /** Articles per second the CPU time allows on {@code threads} otherwise idle cores. */
        public double cpuBoundArticlesPerSecond() {
            return threads * 1000.0 / cpuMillisPerArticle();
        }
    }

    /**
     * Sitrep against a baseline run in the same JVM on the same threads, on the same articles or a first part of
     * them; ratios per token stay comparable when the part's articles are longer or shorter than the average.
     */
    public record Comparison(Result sitrep, Result baseline) {

        /** How many times more tokens per second Sitrep analyses (wall clock). */
        public double speedup() {
            return sitrep.tokensPerSecond() / baseline.tokensPerSecond();
        }

        /** How many times more articles per second Sitrep analyses (wall clock). */
        public double articleSpeedup() {
            return sitrep.articlesPerSecond() / baseline.articlesPerSecond();
        }

        /** How many times less process CPU time Sitrep spends per token; NaN when either run lacks CPU figures. */
        public double cpuSpeedup() {
            return sitrep.hasCpu() && baseline.hasCpu()
                    ? (baseline.warmCpuMillis() / baseline.tokens()) / (sitrep.warmCpuMillis() / sitrep.tokens())
                    : Double.NaN;
        }
    }

    private Benchmark() {
    }

    public static Result run(SitrepConfig config, List<Article> corpus) {
        return run(config, corpus, 0);
    }

    /**
     * As {@link #run(SitrepConfig, List)}, but the corpus is analysed {@code warmupPasses} times untimed before the
     * measured run: on a short corpus the JIT compiler is still busy during the warm run and its CPU time counts in
     * the process's, while a service that runs for hours has long finished compiling.
     */
    public static Result run(SitrepConfig config, List<Article> corpus, int warmupPasses) {
        requireArticles(corpus);
        resetPeaks();
        Sitrep sitrep = Sitrep.create(config);
        long t0 = System.nanoTime();
        sitrep.analyze(corpus.get(0));
        double first = (System.nanoTime() - t0) / 1e6;
        for (int pass = 0; pass < warmupPasses; pass++) {
            sitrep.analyzeAll(corpus.iterator(), StageTimings.NONE, a -> { });
        }
        StageTimings timings = new StageTimings();
        AtomicLong tokens = new AtomicLong();
        long[] gc = gc();
        long c1 = processCpuNanos();
        long t1 = System.nanoTime();
        sitrep.analyzeAll(corpus.iterator(), timings, a -> tokens.addAndGet(a.tokens().size()));
        double warm = (System.nanoTime() - t1) / 1e6;
        double cpu = cpuMillisSince(c1);
        long[] gcEnd = gc();
        return new Result("sitrep", corpus.size(), tokens.get(), config.threads(), sitrep.loadMillis(), first, warm,
                cpu, gcEnd[0] - gc[0], gcEnd[1] - gc[1], timings.millis(), timings.cpuMillis(), peakHeap());
    }

    /**
     * CoreNLP's full pipeline ({@link CoreNlpFullPipeline}) measured like {@link #run}: load, first article,
     * then all articles on {@code threads} threads. Run it after Sitrep's run, whose models are garbage by then.
     */
    public static Result runCoreNlpFull(int threads, List<Article> corpus) {
        return runCoreNlpFull(threads, corpus, 0);
    }

    /** As {@link #runCoreNlpFull(int, List)}, after {@code warmupPasses} untimed passes over the corpus. */
    public static Result runCoreNlpFull(int threads, List<Article> corpus, int warmupPasses) {
        requireArticles(corpus);
        System.gc();  // drop the previous run's models so the peak below is this pipeline's own
        resetPeaks();
        long t0 = System.nanoTime();
        CoreNlpFullPipeline corenlp = new CoreNlpFullPipeline();
        double load = (System.nanoTime() - t0) / 1e6;
        long t1 = System.nanoTime();
        corenlp.annotate(corpus.get(0));
        double first = (System.nanoTime() - t1) / 1e6;
        for (int pass = 0; pass < warmupPasses; pass++) {
            for (Article a : corpus) {
                corenlp.annotate(a);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long[] gc = gc();
        long c2 = processCpuNanos();
        long t2 = System.nanoTime();
        long tokens = 0;
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (Article a : corpus) {
                done.add(pool.submit(() -> corenlp.annotate(a)));
            }
            for (Future<Integer> f : done) {
                tokens += f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("CoreNLP baseline failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double warm = (System.nanoTime() - t2) / 1e6;
        double cpu = cpuMillisSince(c2);
        long[] gcEnd = gc();
        String name = corenlp.failures() == 0 ? "corenlp-full" : String.format(Locale.ROOT,
                "corenlp-full (%d of %d annotations ended in a CoreNLP error, first: %s)", corenlp.failures(),
                corpus.size() + 1, corenlp.firstFailure());
        return new Result(name, corpus.size(), tokens, threads, load, first, warm, cpu,
                gcEnd[0] - gc[0], gcEnd[1] - gc[1], Map.of(), Map.of(), peakHeap());
    }

    private static void requireArticles(List<Article> corpus) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("the benchmark corpus is empty");
        }
    }

    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static double cpuMillisSince(long start) {
        long now = processCpuNanos();
        return start < 0 || now < 0 ? -1 : (now - start) / 1e6;
    }

    /** Collections so far and their summed milliseconds, over all collectors. */
    private static long[] gc() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, b.getCollectionCount());
            millis += Math.max(0, b.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
