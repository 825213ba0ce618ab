package org.sitrep.spark;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
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
 * so models load once per executor, not per task or record. Rows are produced lazily, one article at a time,
 * so a partition never holds more than one analysis. A document that cannot be read becomes a row with an
 * empty text and one {@code unreadable} error problem: problems are data, and one bad file never fails a job.
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
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(docs, Spliterator.ORDERED), false)
                .flatMap(d -> d.read().stream())
                .map(r -> JsonRows.row(JsonFormat.toJson(analyse(sitrep, r)), schema))
                .iterator();
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
