package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command: one subcommand per task, each a thin adapter over the core. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns news about an unfolding crisis into structured, sourced knowledge.",
        subcommands = {AnalyzeCommand.class, WatchCommand.class, EvalCommand.class, BenchCommand.class,
                IngestCommand.class, QueryCommand.class, ExportCommand.class, ServeCommand.class,
                ReportCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("sitrep: " + ex.getMessage());
            return 2;
        });
        return cl.execute(args);
    }
}
