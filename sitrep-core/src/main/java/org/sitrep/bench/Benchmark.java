package org.sitrep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.model.Article;
import org.sitrep.pipeline.StageTimings;

/**
 * Measures the engine on a corpus the way a user runs it: model load, the first article (cold), then the
 * whole corpus on the configured threads (warm), with per-stage time and peak heap. Figures, not assertions:
 * speed targets are checked here, never in timed unit tests.
 */
public final class Benchmark {

    /** What one benchmark run measured. Stage times are summed over threads, so shares add to 1. */
    public record Result(int articles, long tokens, int threads, double loadMillis, double firstArticleMillis,
                         double warmMillis, Map<String, Double> stageMillis, long peakHeapBytes) {

        public double articlesPerSecond() {
            return articles * 1000.0 / warmMillis;
        }

        public double tokensPerSecond() {
            return tokens * 1000.0 / warmMillis;
        }
    }

    private Benchmark() {
    }

    public static Result run(SitrepConfig config, List<Article> corpus) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("the benchmark corpus is empty");
        }
        resetPeaks();
        Sitrep sitrep = Sitrep.create(config);
        long t0 = System.nanoTime();
        sitrep.analyze(corpus.get(0));
        double first = (System.nanoTime() - t0) / 1e6;
        StageTimings timings = new StageTimings();
        AtomicLong tokens = new AtomicLong();
        long t1 = System.nanoTime();
        sitrep.analyzeAll(corpus.iterator(), timings, a -> tokens.addAndGet(a.tokens().size()));
        double warm = (System.nanoTime() - t1) / 1e6;
        return new Result(corpus.size(), tokens.get(), config.threads(), sitrep.loadMillis(), first, warm,
                timings.millis(), peakHeap());
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
