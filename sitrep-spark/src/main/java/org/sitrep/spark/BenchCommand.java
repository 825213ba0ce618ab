package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.sitrep.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep-spark bench INPUT}: the same job on the same input at several local masters, with the models
 * loaded and warmed up once beforehand, so the figures compare steady throughput (articles/s) and not load time.
 */
@Command(name = "sitrep spark bench", mixinStandardHelpOptions = true,
        description = "Articles/s of the Spark job at several local masters on the same input.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "File or directory (.jsonl, .txt).")
    String input;

    @Option(names = "--masters", split = ",", defaultValue = "local[1],local[2]", description = "Masters to compare (default: ${DEFAULT-VALUE}).")
    List<String> masters;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0", description = "Pieces to cut the documents into (default: 4 per core).")
    int partitions;

    @Override
    public Integer call() throws IOException {
        EngineSettings engine = EngineSettings.DEFAULT;
        long t0 = System.nanoTime();
        warmUp(engine);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long engineHeap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        List<String> lines = new ArrayList<>();
        for (String master : masters) {
            Path out = Files.createTempDirectory("sitrep-spark-bench");
            try (SparkSession spark = SparkCommand.session(master, "sitrep-bench")) {
                spark.sparkContext().setLogLevel("WARN");
                SitrepJob.Result r = SitrepJob.run(spark, JobOptions.of(input, out.toString()).withPartitions(partitions));
                lines.add(String.format("%-10s %4d articles in %7.1f s: %6.2f articles/s", master, r.articles(), r.seconds(),
                        r.articlesPerSecond()));
            } finally {
                delete(out);
            }
        }
        System.out.println("Spark job, models loaded once beforehand (" + input + "):");
        lines.forEach(System.out::println);
        System.out.printf("engine load + first article: %.1f s; heap held after load: %.0f MB; peak heap: %.0f MB%n",
                loadSeconds, engineHeap / 1e6, peakHeap() / 1e6);
        return 0;
    }

    /** Loads the engine of this JVM (local executors share it) and runs one article through it. */
    private void warmUp(EngineSettings engine) {
        DocumentSource.Listing l = DocumentSource.list(new Configuration(), input);
        String first = !l.texts().isEmpty() ? l.texts().get(0)
                : !l.jsonLines().isEmpty() ? l.jsonLines().get(0) : l.warcs().get(0);
        List<ReadResult> docs = org.sitrep.read.Inputs.read(first.replaceFirst("^file:", ""), System.in);
        AnalyseDocuments.analyse(Engines.get(engine), docs.get(0));
    }

    /** The sum of the heap pools' peak usage since the JVM started: what the executor heap must hold. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
