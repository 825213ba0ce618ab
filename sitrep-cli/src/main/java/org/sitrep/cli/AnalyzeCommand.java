package org.sitrep.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.format.JsonFormat;
import org.sitrep.format.TextReport;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.model.Published;
import org.sitrep.pipeline.StageTimings;
import org.sitrep.read.InputFormat;
import org.sitrep.read.Inputs;
import org.sitrep.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep analyze INPUT…}: analyse articles and print the analyses, in input order. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse news articles: stories, entities, quotes, times, places, events.")
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { report, json, jsonl, markdown }

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "A file (text, HTML page, RSS/Atom feed, WARC, JSON Lines; .gz too), a directory, "
                    + "an http(s) URL, or - for standard input.")
    List<String> inputs;

    @Option(names = "--input-format", defaultValue = "AUTO", paramLabel = "FORMAT",
            description = "Input format: ${COMPLETION-CANDIDATES} (default: detected from the content).")
    InputFormat inputFormat;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of the input(s); inferred from the text when not given.")
    LocalDate published;

    @Option(names = "--format", defaultValue = "report",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @picocli.CommandLine.Mixin
    EngineOptions engine = new EngineOptions();

    @Option(names = "--timings", description = "Print model-load and per-stage milliseconds to stderr.")
    boolean timings;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        List<ReadResult> docs = new ArrayList<>();
        for (String in : inputs) {
            docs.addAll(Inputs.read(in, System.in, inputFormat));
        }
        int failures = 0;
        List<Article> articles = new ArrayList<>();
        List<List<Problem>> readProblems = new ArrayList<>();
        for (ReadResult r : docs) {
            if (r.failed()) {
                err.println("sitrep: " + r.origin() + ": " + r.error());
                failures++;
            } else {
                Article a = published != null ? r.article().withPublished(Published.given(published)) : r.article();
                articles.add(a);
                readProblems.add(r.problems());
            }
        }
        if (articles.isEmpty()) {
            return 2;
        }
        SitrepConfig config = engine.config();
        Sitrep sitrep = Sitrep.create(config);
        StageTimings stageTimings = timings ? new StageTimings() : StageTimings.NONE;
        long t0 = System.nanoTime();
        long[] first = {0};
        List<Analysis> results = new ArrayList<>();
        Iterator<Problem> none = List.<Problem>of().iterator();
        int[] index = {0};
        sitrep.analyzeAll(articles.iterator(), stageTimings, a -> {
            if (first[0] == 0) {
                first[0] = System.nanoTime() - t0;
            }
            Analysis withReadProblems = a;
            for (Problem p : readProblems.get(index[0]++)) {
                withReadProblems = withReadProblems.withProblem(p);
            }
            emit(withReadProblems, out, results);
        });
        finish(out, results);
        out.flush();
        if (timings) {
            double total = (System.nanoTime() - t0) / 1e6;
            err.printf("model load: %.0f ms%n", sitrep.loadMillis());
            err.printf("first article: %.0f ms%n", first[0] / 1e6);
            err.printf("%d articles in %.0f ms (%.2f articles/s)%n", articles.size(), total, articles.size() * 1000 / total);
            for (Map.Entry<String, Double> e : stageTimings.millis().entrySet()) {
                err.printf("  %-12s %10.0f ms%n", e.getKey(), e.getValue());
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private void emit(Analysis a, PrintStream out, List<Analysis> held) {
        switch (format) {
            case jsonl -> out.println(JsonFormat.write(a, false));
            case json -> held.add(a);
            case report -> out.println(TextReport.render(a, TextReport.Style.PLAIN));
            case markdown -> out.println(TextReport.render(a, TextReport.Style.MARKDOWN));
        }
    }

    /** {@code json} prints one object for one article and an array for several. */
    private void finish(PrintStream out, List<Analysis> held) {
        if (format != Format.json) {
            return;
        }
        if (held.size() == 1) {
            out.println(JsonFormat.write(held.get(0), true));
        } else {
            out.println("[");
            for (int i = 0; i < held.size(); i++) {
                out.print(JsonFormat.write(held.get(i), true));
                out.println(i + 1 < held.size() ? "," : "");
            }
            out.println("]");
        }
    }
}
