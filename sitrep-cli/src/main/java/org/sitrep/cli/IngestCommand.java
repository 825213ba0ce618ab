package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.model.Published;
import java.nio.file.Path;
import org.sitrep.read.ArticleSetXml;
import org.sitrep.read.Inputs;
import org.sitrep.read.ReadResult;
import org.sitrep.store.Ingest;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.sitrep.internal.Counts;

/**
 * {@code sitrep ingest INPUT…}: analyse articles into the corpus store. Idempotent (texts already stored are
 * skipped before analysis) and resumable (each article is committed on its own, so after Ctrl-C or a kill
 * a rerun finishes the rest). Progress goes to stderr, errors are summarised per file and reason at the end.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyse articles into the corpus store (idempotent and resumable).")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "A text file, a directory, - for standard input, or a JSON Lines file (one article per line).")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date of the input(s).")
    LocalDate published;

    @Mixin
    StoreOption store = new StoreOption();

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        List<ReadResult> docs = new ArrayList<>();
        for (String in : inputs) {
            for (ReadResult r : read(in)) {
                docs.add(published == null || r.failed() ? r
                        : ReadResult.ok(r.origin(), r.article().withPublished(Published.given(published)), r.problems()));
            }
        }
        try (Store s = store.open()) {
            ProgressLine progress = new ProgressLine(err);
            // On Ctrl-C the article being stored is rolled back with its transaction; say how to finish.
            Thread onInterrupt = new Thread(() -> err.printf("%ningest: interrupted after %d articles; committed"
                    + " articles are kept, run the same command again to finish%n", progress.added()));
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            Ingest.Summary sum = new Ingest(s, new LazySitrep(engine).get(docs, s)).run(docs, progress);
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
            report(err, sum, s.counts());
            return sum.failures().isEmpty() ? 0 : 1;
        }
    }

    /** An XML article collection (LGL layout) or anything {@link Inputs} reads. */
    private static List<ReadResult> read(String in) {
        Path p = Path.of(in);
        return ArticleSetXml.accepts(p) ? ArticleSetXml.read(p) : Inputs.read(in, System.in);
    }

    private static void report(PrintWriter err, Ingest.Summary s, Store.Counts c) {
        err.printf("ingest: %s: %d added (%d near-duplicates), %d already stored, %d failed, in %.1f s%n",
                Counts.of(s.documents(), "document"), s.added(), s.nearDuplicates(), s.alreadyStored(),
                s.failures().size(), s.seconds());
        err.printf("store: %s (%d distinct), %s, %s, %s, %s%n", Counts.of(c.articles(), "article"), c.distinct(),
                Counts.of(c.stories(), "story", "stories"), Counts.of(c.entities(), "entity", "entities"),
                Counts.of(c.quotes(), "quote"), Counts.of(c.events(), "event"));
        if (s.failures().isEmpty()) {
            return;
        }
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        for (Ingest.Failure f : s.failures()) {
            byReason.computeIfAbsent(f.reason(), k -> new ArrayList<>()).add(f.origin());
        }
        err.println("errors:");
        for (Map.Entry<String, List<String>> e : byReason.entrySet()) {
            err.printf("  %s (%d):%n", e.getKey(), e.getValue().size());
            for (String origin : e.getValue()) {
                err.println("    " + origin);
            }
        }
    }

    /** Loads the models only when something is left to analyse: a rerun with nothing new returns at once. */
    private record LazySitrep(EngineOptions engine) {
        Sitrep get(List<ReadResult> docs, Store s) {
            boolean work = docs.stream().anyMatch(r -> !r.failed()
                    && !s.contains(org.sitrep.store.ContentHash.of(r.article().text())));
            return work ? Sitrep.create(engine.config()) : null;
        }
    }
}
