package org.sitrep.spark;

import static org.apache.spark.sql.functions.expr;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The Sitrep pipeline as a Spark job. Documents are listed and read ({@link DocumentSource}), spread over
 * partitions, analysed per partition with one engine per executor JVM ({@link AnalyseDocuments}), and
 * written once as the nested {@code analyses} table (one row per article, exactly the JSON contract). Every
 * other table is cut from that table, so the costly pipeline runs once however many tables are written:
 * {@code duplicates} (near-duplicate articles across the corpus), {@code articles}, {@code mentions} and one
 * per layer of the contract (see {@link Tables}).
 */
public final class SitrepJob {

    public static final String ANALYSES = "analyses";
    public static final String DUPLICATES = "duplicates";

    /** What a run did; {@code seconds} is wall-clock time from listing to the last table written. */
    public record Result(long articles, long unreadable, long duplicates, int skippedFiles, double seconds) {
        public double articlesPerSecond() {
            return articles / seconds;
        }
    }

    private SitrepJob() {
    }

    public static Result run(SparkSession spark, JobOptions o) {
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        DocumentSource.Listing listing = DocumentSource.list(jsc.hadoopConfiguration(), o.input());
        if (listing.isEmpty()) {
            throw new IllegalArgumentException("no .jsonl, .txt or .warc(.gz) files at " + o.input());
        }
        if (!o.overwrite()) {
            refuseExistingOutput(jsc.hadoopConfiguration(), o);
        }
        JavaRDD<RawDocument> docs = DocumentSource.read(jsc, listing);
        int partitions = o.partitions() > 0 ? o.partitions() : 4 * jsc.defaultParallelism();
        if (docs.getNumPartitions() < partitions) {
            docs = docs.repartition(partitions);
        }
        StructType schema = ContractSchema.analysis();
        SaveMode mode = o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        spark.createDataFrame(docs.mapPartitions(new AnalyseDocuments(o.engine(), schema)), schema)
                .write().mode(mode).parquet(path(o, ANALYSES));

        Dataset<Row> analyses = spark.read().parquet(path(o, ANALYSES));
        Dataset<Row> duplicates = Duplicates.find(spark, analyses, o.duplicateThreshold());
        duplicates.write().mode(mode).parquet(path(o, DUPLICATES));
        duplicates = spark.read().parquet(path(o, DUPLICATES));
        Tables.articles(analyses, duplicates).write().mode(mode).parquet(path(o, Tables.ARTICLES));
        for (String field : ContractSchema.arrayFields()) {
            Tables.layer(analyses, field).write().mode(mode).parquet(path(o, field));
        }
        Tables.mentions(spark.read().parquet(path(o, "entities"))).write().mode(mode).parquet(path(o, Tables.MENTIONS));

        long articles = analyses.count();
        long unreadable = analyses.filter(expr("exists(problems, p -> p.code = 'unreadable')")).count();
        return new Result(articles, unreadable, duplicates.count(), listing.skipped().size(),
                (System.nanoTime() - t0) / 1e9);
    }

    /** Fails before any work when a table is already there: hours of analysis must not end in "path exists". */
    private static void refuseExistingOutput(Configuration conf, JobOptions o) {
        try {
            Path analyses = new Path(path(o, ANALYSES));
            if (analyses.getFileSystem(conf).exists(analyses)) {
                throw new IllegalArgumentException("tables already in " + o.output() + " (use --overwrite to replace them)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check " + o.output(), e);
        }
    }

    public static String path(JobOptions o, String table) {
        return o.output().endsWith("/") ? o.output() + table : o.output() + "/" + table;
    }
}
