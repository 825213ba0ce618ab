package org.sitrep.bench;

import java.util.Locale;
import java.util.Map;

/** The text {@code sitrep bench} prints: Sitrep's figures, then a baseline's and the speed ratio when one ran. */
public final class BenchReport {

    private BenchReport() {
    }

    public static String format(Benchmark.Result r) {
        StringBuilder b = new StringBuilder();
        line(b, "corpus:          %d articles, %d tokens", r.articles(), r.tokens());
        line(b, "threads:         %d", r.threads());
        figures(b, r);
        double total = sum(r.stageMillis());
        double cpuTotal = sum(r.stageCpuMillis());
        line(b, "stage shares:    wall                  cpu");
        for (Map.Entry<String, Double> e : r.stageMillis().entrySet()) {
            double cpu = r.stageCpuMillis().getOrDefault(e.getKey(), 0.0);
            line(b, "  %-14s %5.1f%% %8.0f ms   %5.1f%% %8.0f ms", e.getKey(), 100 * e.getValue() / total, e.getValue(),
                    cpuTotal > 0 ? 100 * cpu / cpuTotal : 0.0, cpu);
        }
        return b.toString();
    }

    /** The baseline's figures and how many times faster Sitrep is, in wall time and in CPU time. */
    public static String format(Benchmark.Comparison c) {
        Benchmark.Result r = c.baseline();
        StringBuilder b = new StringBuilder();
        line(b, "baseline:        %s, %d articles, %d tokens, %d threads", r.name(), r.articles(), r.tokens(), r.threads());
        figures(b, r);
        line(b, "ratio:           Sitrep %.1fx faster in tokens/s (%.1fx in articles/s)%s", c.speedup(), c.articleSpeedup(),
                Double.isNaN(c.cpuSpeedup()) ? "" : String.format(Locale.ROOT, ", %.1fx less CPU per token", c.cpuSpeedup()));
        if (r.articles() < c.sitrep().articles()) {
            line(b, "note:            baseline on the first %d of the %d articles", r.articles(), c.sitrep().articles());
        }
        return b.toString();
    }

    private static void figures(StringBuilder b, Benchmark.Result r) {
        line(b, "model load:      %.0f ms", r.loadMillis());
        line(b, "first article:   %.0f ms (cold)", r.firstArticleMillis());
        line(b, "steady:          %.2f articles/s, %.0f tokens/s (%.0f ms per article)",
                r.articlesPerSecond(), r.tokensPerSecond(), r.warmMillis() / r.articles());
        if (r.hasCpu()) {
            line(b, "cpu:             %.0f ms per article (whole process), %.2f articles/s on %d idle cores",
                    r.cpuMillisPerArticle(), r.cpuBoundArticlesPerSecond(), r.threads());
        }
        line(b, "gc:              %d collections, %.0f ms of pauses in the steady run", r.gcCount(), r.gcMillis());
        line(b, "peak heap:       %.0f MB", r.peakHeapBytes() / 1e6);
    }

    private static double sum(Map<String, Double> m) {
        return m.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
