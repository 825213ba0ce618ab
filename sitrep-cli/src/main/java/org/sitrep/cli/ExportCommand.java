package org.sitrep.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.export.AcledEvents;
import org.sitrep.export.EventRow;
import org.sitrep.export.EventRows;
import org.sitrep.export.GdeltEvents;
import org.sitrep.export.PloverEvents;
import org.sitrep.query.QueryFilter;
import org.sitrep.query.QueryService;
import org.sitrep.query.TableFormat;
import org.sitrep.store.CorpusExport;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep export}: the corpus in other shapes. {@code jsonl} is one full analysis per line (the JSON
 * contract plus a {@code corpus} object with story, near-duplicate and corpus entity ids); {@code csv} the
 * event table; {@code gdelt}, {@code acled} and {@code plover} event rows in those systems' shapes.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the corpus: jsonl (full analyses), csv (events), gdelt, acled, plover.")
final class ExportCommand implements Callable<Integer> {

    enum Format { jsonl, csv, gdelt, acled, plover }

    @Option(names = "--format", defaultValue = "jsonl", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Mixin
    StoreOption store = new StoreOption();

    @Override
    public Integer call() throws IOException {
        try (Store s = store.openExisting(); OutputStream os = output == null ? nonClosing(System.out) : Files.newOutputStream(output);
             Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
            switch (format) {
                case jsonl -> CorpusExport.analyses(s, line -> write(w, line + "\n"));
                case csv -> w.write(TableFormat.write(new QueryService(s).events(QueryFilter.ALL), TableFormat.Kind.CSV));
                case gdelt -> {
                    for (EventRow e : EventRows.all(s)) {
                        w.write(GdeltEvents.row(e) + "\n");
                    }
                }
                case acled -> {
                    StringBuilder b = new StringBuilder();
                    csvLine(b, AcledEvents.HEADER);
                    for (EventRow e : EventRows.all(s)) {
                        List<Object> r = AcledEvents.row(e);
                        if (r != null) {
                            csvLine(b, r);
                        }
                    }
                    w.write(b.toString());
                }
                case plover -> {
                    for (EventRow e : EventRows.all(s)) {
                        w.write(PloverEvents.json(e).toString() + "\n");
                    }
                }
            }
        }
        return 0;
    }

    private static void csvLine(StringBuilder b, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            String x = v == null ? "" : String.valueOf(v);
            if (x.contains(",") || x.contains("\"") || x.contains("\n")) {
                x = "\"" + x.replace("\"", "\"\"") + "\"";
            }
            b.append(i == 0 ? "" : ",").append(x);
        }
        b.append("\r\n");
    }

    private static void write(Writer w, String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
