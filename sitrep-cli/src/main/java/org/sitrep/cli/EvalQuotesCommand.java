package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.eval.QuoteEval;
import org.sitrep.eval.QuoteGold;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Published;
import org.sitrep.nlp.CoreNlpQuoteBaseline;
import org.sitrep.pipeline.StageTimings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval quotes [--baseline corenlp] [GOLD…]}: quote P/R/F1 and speaker accuracy. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Score found statements and their speakers against gold attributions.")
final class EvalQuotesCommand implements Callable<Integer> {

    enum Baseline { corenlp }

    @Parameters(arity = "0..*", paramLabel = "GOLD",
            description = "Seed gold files (*.gold.json), folders of them, or PolNeAR folders (with metadata.tsv). "
                    + "Default: ../shared/corpus/seed and ../shared/eval/polnear-dev.")
    List<Path> gold;

    @Option(names = "--baseline", paramLabel = "NAME", description = "Also score a baseline: ${COMPLETION-CANDIDATES}.")
    Baseline baseline;

    @Option(names = "--errors", description = "List every missed, extra and misattributed quote.")
    boolean errors;

    @Option(names = "--threads", paramLabel = "N", description = "Documents analysed at once (default: all cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Path> sets = gold == null || gold.isEmpty()
                ? List.of(Path.of("../shared/corpus/seed"), Path.of("../shared/eval/polnear-dev")) : gold;
        SitrepConfig config = threads == null ? SitrepConfig.DEFAULT : SitrepConfig.DEFAULT.withThreads(threads);
        Sitrep sitrep = Sitrep.create(config);
        CoreNlpQuoteBaseline corenlp = baseline == Baseline.corenlp ? new CoreNlpQuoteBaseline() : null;
        int status = 0;
        for (Path set : sets) {
            if (!Files.exists(set)) {
                System.err.println("sitrep: " + set + ": not found");
                status = 2;
                continue;
            }
            List<QuoteGold> docs = QuoteGold.read(set);
            List<Article> articles = new ArrayList<>();
            for (QuoteGold d : docs) {
                Article a = Article.of(d.id(), d.text());
                articles.add(d.published() == null ? a : a.withPublished(Published.given(d.published())));
            }
            List<Analysis> results = new ArrayList<>();
            sitrep.analyzeAll(articles.iterator(), StageTimings.NONE, results::add);
            for (Analysis r : results) {
                // A stage that failed on a document silently lowers the scores: say so.
                r.problems().stream().filter(p -> p.severity() == org.sitrep.model.Problem.Severity.ERROR)
                        .forEach(p -> System.err.println("sitrep: " + r.article().id() + ": " + p.message()));
            }
            QuoteEval.Scores ours = QuoteEval.Scores.ZERO;
            QuoteEval.Scores base = QuoteEval.Scores.ZERO;
            for (int i = 0; i < docs.size(); i++) {
                ours = ours.plus(QuoteEval.score(docs.get(i), results.get(i).quotes()));
                if (corenlp != null) {
                    base = base.plus(QuoteEval.score(docs.get(i), corenlp.quotes(docs.get(i).text())));
                }
            }
            print(out, set + " (" + docs.size() + " documents)", ours, corenlp == null ? null : base);
            if (errors) {
                ours.errors().forEach(out::println);
            }
        }
        return status;
    }

    private static void print(PrintStream out, String title, QuoteEval.Scores s, QuoteEval.Scores b) {
        out.println("quotes: " + title);
        out.printf("  %-18s %-48s %s%n", "", "sitrep", b == null ? "" : "corenlp");
        row(out, "all", s.all(), b == null ? null : b.all());
        row(out, "direct", s.direct(), b == null ? null : b.direct());
        row(out, "indirect+mixed", s.other(), b == null ? null : b.other());
        out.printf("  %-18s %-48s %s%n", "speaker accuracy",
                String.format("%.3f  (%d/%d matched)", s.speakerAccuracy(), s.speakerRight(), s.speakerJudged()),
                b == null ? "" : String.format("%.3f  (%d/%d matched)", b.speakerAccuracy(), b.speakerRight(), b.speakerJudged()));
        out.printf("  %-18s %-48s %s%n", "  on direct",
                String.format("%.3f  (%d/%d matched)", s.directSpeakerAccuracy(), s.directSpeakerRight(), s.directSpeakerJudged()),
                b == null ? "" : String.format("%.3f  (%d/%d matched)", b.directSpeakerAccuracy(), b.directSpeakerRight(),
                        b.directSpeakerJudged()));
    }

    private static void row(PrintStream out, String name, org.sitrep.eval.Prf s, org.sitrep.eval.Prf b) {
        out.printf("  %-18s %-48s %s%n", name, s.summary(), b == null ? "" : b.summary());
    }
}
