package org.sitrep.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.sitrep.Sitrep;
import org.sitrep.format.JsonFormat;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.read.ReadResult;

/**
 * The per-partition step: documents in, analysis rows out. The engine comes from the JVM's {@link Engines},
 * so models load once per executor, not per task or record. Rows are produced lazily, one article at a time
 * (a WARC archive is read record by record as rows are asked for), so a partition never holds more than one
 * analysis. A document that cannot be read becomes a row with an empty text and one {@code unreadable} error
 * problem: problems are data, and one bad file never fails a job.
 */
final class AnalyseDocuments implements FlatMapFunction<Iterator<RawDocument>, Row> {

    private final EngineSettings settings;
    private final StructType schema;

    AnalyseDocuments(EngineSettings settings, StructType schema) {
        this.settings = settings;
        this.schema = schema;
    }

    @Override
    public Iterator<Row> call(Iterator<RawDocument> docs) {
        Sitrep sitrep = Engines.get(settings);
        // Not Stream.flatMap: pulled through iterator() it would read (and analyse) a whole WARC archive at once.
        return new Iterator<>() {
            private Stream<ReadResult> open = Stream.empty();
            private Iterator<ReadResult> current = open.iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    open.close();
                    if (!docs.hasNext()) {
                        return false;
                    }
                    open = docs.next().read();
                    current = open.iterator();
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return JsonRows.row(JsonFormat.toJson(analyse(sitrep, current.next())), schema);
            }
        };
    }

    /** Exactly what {@code sitrep analyze} does with one read document: analyse it, then add the reading's problems. */
    static Analysis analyse(Sitrep sitrep, ReadResult r) {
        if (r.failed()) {
            return Analysis.of(Article.of(r.origin(), "")).withProblem(Problem.error("unreadable", r.error()));
        }
        Analysis a = sitrep.analyze(r.article());
        for (Problem p : r.problems()) {
            a = a.withProblem(p);
        }
        return a;
    }

}
