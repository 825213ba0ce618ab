package org.sitrep.spark;

import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.sitrep.nlp.NlpSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep spark [--master M] INPUT OUTPUT}: analyse an archive on Spark into Parquet tables. */
@Command(name = "sitrep spark", mixinStandardHelpOptions = true,
        description = "Analyse WARC / JSON Lines / text archives on Apache Spark and write Parquet tables.")
final class SparkCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "File, directory or glob on any Hadoop file system (.warc, .warc.gz, .jsonl, .jsonl.gz, .txt).")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "Directory for the Parquet tables.")
    String output;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2] (default: from spark-submit, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0", description = "Pieces to cut the documents into (default: 4 per core).")
    int partitions;

    @Option(names = "--duplicate-threshold", paramLabel = "J", defaultValue = "0.8",
            description = "Estimated shingle Jaccard from which articles are near-duplicates (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--fine-grained-ner", description = "Use CoreNLP's fine-grained (KBP) entity classes: slower.")
    boolean fineGrainedNer;

    @Option(names = "--parse-max-tokens", paramLabel = "N", defaultValue = "120", description = "Longest sentence that gets a dependency parse.")
    int parseMaxTokens;

    @Option(names = "--overwrite", description = "Replace tables already in OUTPUT.")
    boolean overwrite;

    @Override
    public Integer call() throws java.io.IOException {
        NlpSettings d = NlpSettings.DEFAULT;
        EngineSettings engine = EngineSettings.of(new NlpSettings(d.parse(), fineGrainedNer, d.suTime(), parseMaxTokens));
        JobOptions o = new JobOptions(input, output, partitions, engine, threshold, overwrite);
        try (SparkSession spark = session(master, "sitrep")) {
            SitrepJob.Result r = SitrepJob.run(spark, o);
            System.out.printf("%d articles (%d unreadable, %d near-duplicates) in %.1f s: %.2f articles/s; tables in %s%n",
                    r.articles(), r.unreadable(), r.duplicates(), r.seconds(), r.articlesPerSecond(), output);
            if (r.skippedFiles() > 0) {
                System.err.printf("sitrep spark: skipped %d files that are not .warc(.gz), .jsonl or .txt%n", r.skippedFiles());
            }
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep spark: " + e.getMessage());
            return 2;
        }
    }

    /** A session on {@code master}, or on what spark-submit configured, or on all local cores. */
    static SparkSession session(String master, String app) {
        SparkConf conf = new SparkConf().setAppName(app);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
