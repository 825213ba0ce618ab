package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.sitrep.query.QueryFilter;
import org.sitrep.query.QueryService;
import org.sitrep.query.ResultTable;
import org.sitrep.query.TableFormat;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep query WHAT}: ask the corpus store; a table on the terminal, or JSON or CSV. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Query the corpus: quotes, events, entities, articles, stories, timeline.")
final class QueryCommand implements Callable<Integer> {

    enum What { quotes, events, entities, articles, stories, timeline }

    enum Format { table, json, csv }

    enum Period { day, week }

    @Parameters(index = "0", paramLabel = "WHAT", description = "One of: ${COMPLETION-CANDIDATES}.")
    What what;

    @Option(names = {"--who", "--speaker", "--actor", "--entity"}, paramLabel = "NAME|ID",
            description = "A person or body by corpus id or (part of) its name: speaker, actor, or named entity.")
    String who;

    @Option(names = "--type", paramLabel = "TYPE", description = "Event type (PLOVER, e.g. ASSAULT) or CAMEO code prefix.")
    String type;

    @Option(names = "--dyad", paramLabel = "SRC-TGT", description = "Source and target countries, e.g. AZE-ARM (* for any).")
    String dyad;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First date (inclusive).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last date (inclusive).")
    LocalDate to;

    @Option(names = {"--text", "--search"}, paramLabel = "WORDS", description = "Full-text search: all words must occur.")
    String text;

    @Option(names = "--story", paramLabel = "ID", description = "Only this story.")
    Long story;

    @Option(names = "--by", defaultValue = "day", description = "Timeline period: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Period by;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many rows, 0 for all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    StoreOption store = new StoreOption();

    @Override
    public Integer call() {
        if (limit < 0) {
            // A negative limit used to mean "all rows", silently.
            throw new IllegalArgumentException("--limit must be 0 (all rows) or more, got " + limit);
        }
        QueryFilter f = new QueryFilter(who, type, dyad, from, to, text, story, limit);
        try (Store s = store.openExisting()) {
            QueryService q = new QueryService(s);
            BiFunction<QueryService, QueryFilter, ResultTable> ask = switch (what) {
                case quotes -> QueryService::quotes;
                case events -> QueryService::events;
                case entities -> QueryService::entities;
                case articles -> QueryService::articles;
                case stories -> QueryService::stories;
                case timeline -> (svc, filter) -> svc.timeline(filter,
                        by == Period.week ? QueryService.Period.WEEK : QueryService.Period.DAY);
            };
            ResultTable t = ask.apply(q, f);
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.print(TableFormat.write(t, TableFormat.Kind.valueOf(format.name().toUpperCase(java.util.Locale.ROOT))));
            out.flush();
            return 0;
        }
    }
}
