package org.sitrep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.read.Inputs;
import org.sitrep.read.ReadResult;
import org.sitrep.report.CorpusReports;
import org.sitrep.report.ReportBuilder;
import org.sitrep.report.ReportHtml;
import org.sitrep.report.ReportMarkdown;
import org.sitrep.report.SituationReport;
import org.sitrep.pipeline.StageTimings;
import org.sitrep.store.Goldstein;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.sitrep.internal.Counts;

/** {@code sitrep report}: a self-contained situation report (HTML with inline SVG, or Markdown). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a situation report: key events, who said what, actors' stances, escalation, sources.")
final class ReportCommand implements Callable<Integer> {

    enum Format { html, markdown }

    @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    /** What the report covers: a stored story, a query over the store, or articles analysed now. */
    static final class Scope {
        @Option(names = "--story", paramLabel = "ID", description = "A story of the corpus (see sitrep query stories).")
        Long story;

        @Option(names = "--query", paramLabel = "WORDS", description = "The corpus articles that contain all these words.")
        String query;

        @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Or: articles to analyse now (files, directories, JSON Lines, -).")
        List<String> inputs;
    }

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the report.")
    Path output;

    @Option(names = "--format", description = "html or markdown (default: from the file name, .md is Markdown).")
    Format format;

    @Option(names = "--title", paramLabel = "TEXT", description = "The report's title (default: the story's label, or the query).")
    String title;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Leave out events before this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Leave out events after this day.")
    LocalDate to;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws IOException {
        if (scope.inputs == null) {
            try (Store s = store.open()) {
                SituationReport r = scope.story != null ? CorpusReports.forStory(s, scope.story, from, to, title)
                        : CorpusReports.forQuery(s, scope.query, from, to, title);
                return write(r);
            }
        }
        List<Article> articles = new ArrayList<>();
        int failures = 0;
        for (String in : scope.inputs) {
            for (ReadResult r : Inputs.read(in, System.in)) {
                if (r.failed()) {
                    System.err.println("sitrep: " + r.origin() + ": " + r.error());
                    failures++;
                } else {
                    articles.add(r.article());
                }
            }
        }
        if (articles.isEmpty()) {
            return 2;
        }
        List<Analysis> analyses = new ArrayList<>();
        Sitrep.create(engine.config()).analyzeAll(articles.iterator(), StageTimings.NONE, analyses::add);
        String what = Counts.of(articles.size(), "article")
                + (from == null && to == null ? "" : ", events " + (from == null ? "…" : from) + " to " + (to == null ? "…" : to));
        SituationReport report = new ReportBuilder(e -> Goldstein.of(e.cameo(), e.type()), ReportBuilder.Limits.DEFAULT)
                .build(title != null ? title : "Situation report", what, analyses, from, to);
        int written = write(report);
        return failures == 0 ? written : 1;
    }

    private int write(SituationReport report) throws IOException {
        Format f = format != null ? format : output.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md") ? Format.markdown : Format.html;
        String text = f == Format.markdown ? ReportMarkdown.render(report) : ReportHtml.render(report);
        Files.writeString(output, text, StandardCharsets.UTF_8);
        System.err.println("sitrep: wrote " + output + " (" + report.scope() + ")");
        return 0;
    }
}
