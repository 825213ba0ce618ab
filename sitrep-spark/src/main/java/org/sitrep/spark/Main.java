package org.sitrep.spark;

import java.util.Arrays;
import picocli.CommandLine;

/**
 * {@code sitrep spark}: the Spark front end, kept out of the plain CLI so that Spark never enters its
 * class path. {@code sitrep-spark [--master M] INPUT OUTPUT} runs the job; {@code sitrep-spark bench INPUT}
 * measures articles per second at several local masters.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = args.length > 0 && args[0].equals("bench")
                ? new CommandLine(new BenchCommand()).execute(Arrays.copyOfRange(args, 1, args.length))
                : new CommandLine(new SparkCommand()).execute(args);
        System.exit(code);
    }
}
