package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.SitrepConfig;
import org.sitrep.bench.Benchmark;
import org.sitrep.model.Article;
import org.sitrep.read.Inputs;
import org.sitrep.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep bench [CORPUS…]}: articles/s, tokens/s, stage shares, model load, first-article latency, peak heap. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed and memory on a corpus (default: the seed sample and ../shared/eval/polnear-dev/text).")
final class BenchCommand implements Callable<Integer> {

    static final List<String> DEFAULT_CORPUS = List.of("samples/karabakh-2023-09-19.txt", "../shared/eval/polnear-dev/text");

    @Parameters(arity = "0..*", paramLabel = "CORPUS", description = "Files or directories to analyse.")
    List<String> corpus = new ArrayList<>();

    @picocli.CommandLine.Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() {
        List<String> inputs = corpus.isEmpty() ? DEFAULT_CORPUS : corpus;
        List<Article> articles = new ArrayList<>();
        for (String in : inputs) {
            if (corpus.isEmpty() && !Files.exists(Path.of(in))) {
                System.err.println("sitrep: default corpus part " + in + " not found (run from the repository root, or name a CORPUS)");
                continue;
            }
            for (ReadResult r : Inputs.read(in, System.in)) {
                if (r.failed()) {
                    System.err.println("sitrep: " + r.origin() + ": " + r.error());
                } else {
                    articles.add(r.article());
                }
            }
        }
        if (articles.isEmpty()) {
            System.err.println("sitrep: nothing to benchmark");
            return 2;
        }
        SitrepConfig config = engine.config();
        Benchmark.Result r = Benchmark.run(config, articles);
        System.out.printf("corpus:          %d articles, %d tokens%n", r.articles(), r.tokens());
        System.out.printf("threads:         %d%n", r.threads());
        System.out.printf("model load:      %.0f ms%n", r.loadMillis());
        System.out.printf("first article:   %.0f ms (cold)%n", r.firstArticleMillis());
        System.out.printf("steady:          %.2f articles/s, %.0f tokens/s (%.0f ms per article)%n",
                r.articlesPerSecond(), r.tokensPerSecond(), r.warmMillis() / r.articles());
        System.out.printf("peak heap:       %.0f MB%n", r.peakHeapBytes() / 1e6);
        double total = r.stageMillis().values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.println("stage shares:");
        for (Map.Entry<String, Double> e : r.stageMillis().entrySet()) {
            System.out.printf("  %-14s %5.1f%%  %8.0f ms%n", e.getKey(), 100 * e.getValue() / total, e.getValue());
        }
        return 0;
    }
}
