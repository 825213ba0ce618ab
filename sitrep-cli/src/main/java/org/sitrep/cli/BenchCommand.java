package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.SitrepConfig;
import org.sitrep.bench.BenchReport;
import org.sitrep.bench.Benchmark;
import org.sitrep.model.Article;
import org.sitrep.read.Inputs;
import org.sitrep.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep bench [CORPUS…] [--baseline corenlp-full]}: articles/s, tokens/s, CPU per article, stage shares,
 * model load, first-article latency, peak heap; with a baseline, the same figures for CoreNLP's full pipeline on
 * the same articles in the same JVM, and the ratio.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed and memory on a corpus (default: the seed sample and ../shared/eval/polnear-dev/text).")
final class BenchCommand implements Callable<Integer> {

    static final String CORENLP_FULL = "corenlp-full";

    static final List<String> DEFAULT_CORPUS = List.of("samples/karabakh-2023-09-19.txt", "../shared/eval/polnear-dev/text");

    @Parameters(arity = "0..*", paramLabel = "CORPUS", description = "Files or directories to analyse.")
    List<String> corpus = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "NAME",
            description = "Also run a baseline on the same articles after Sitrep and print the ratio: corenlp-full "
                    + "(CoreNLP tokenize,ssplit,pos,lemma,ner,depparse,coref,quote with its defaults).")
    String baseline;

    @Option(names = "--baseline-articles", paramLabel = "N",
            description = "Run the baseline on the first N articles only (it is slow and needs more heap; default: all).")
    Integer baselineArticles;

    @Option(names = "--warmup-passes", paramLabel = "N",
            description = "Analyse the corpus N times untimed before the measured run (Sitrep and baseline alike), "
                    + "so the JIT compiler has finished, as in a long-running service (default: 0).")
    int warmupPasses;

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
        if (baseline != null && !baseline.equals(CORENLP_FULL)) {
            System.err.println("sitrep: unknown baseline " + baseline + " (known: " + CORENLP_FULL + ")");
            return 2;
        }
        if (warmupPasses < 0) {
            System.err.println("sitrep: --warmup-passes must not be negative");
            return 2;
        }
        SitrepConfig config = engine.config();
        Benchmark.Result r = Benchmark.run(config, articles, warmupPasses);
        System.out.print(BenchReport.format(r));
        if (baseline != null) {
            System.out.flush();
            List<Article> part = baselineArticles == null ? articles
                    : articles.subList(0, Math.max(1, Math.min(baselineArticles, articles.size())));
            Benchmark.Result b = Benchmark.runCoreNlpFull(config.threads(), part, warmupPasses);
            System.out.print(BenchReport.format(new Benchmark.Comparison(r, b)));
        }
        return 0;
    }
}
