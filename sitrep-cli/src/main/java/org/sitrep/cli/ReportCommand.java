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
import org.sitrep.report.ReportBuilder;
import org.sitrep.report.ReportHtml;
import org.sitrep.report.ReportMarkdown;
import org.sitrep.report.SituationReport;
import org.sitrep.pipeline.StageTimings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep report}: a self-contained situation report (HTML with inline SVG, or Markdown). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a situation report: key events, who said what, actors' stances, escalation, sources.")
final class ReportCommand implements Callable<Integer> {

    enum Format { html, markdown }

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Articles to report on: files, directories, JSON Lines, - for stdin.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the report.")
    Path output;

    @Option(names = "--format", description = "html or markdown (default: from the file name, .md is Markdown).")
    Format format;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = "Situation report", description = "The report's title.")
    String title;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Leave out events before this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Leave out events after this day.")
    LocalDate to;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws IOException {
        List<Article> articles = new ArrayList<>();
        int failures = 0;
        for (String in : inputs) {
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
        String scope = articles.size() + (articles.size() == 1 ? " article" : " articles")
                + (from == null && to == null ? "" : ", events " + (from == null ? "…" : from) + " to " + (to == null ? "…" : to));
        SituationReport report = new ReportBuilder(e -> null, ReportBuilder.Limits.DEFAULT).build(title, scope, analyses, from, to);
        Format f = format != null ? format : output.toString().toLowerCase().endsWith(".md") ? Format.markdown : Format.html;
        String text = f == Format.markdown ? ReportMarkdown.render(report) : ReportHtml.render(report);
        Files.writeString(output, text, StandardCharsets.UTF_8);
        System.err.println("sitrep: wrote " + output + " (" + scope + ")");
        return failures == 0 ? 0 : 1;
    }
}
