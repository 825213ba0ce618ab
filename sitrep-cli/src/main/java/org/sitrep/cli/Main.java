package org.sitrep.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
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
            cmd.getErr().println("sitrep: " + describe(ex));
            return 2;
        });
        return cl.execute(args);
    }

    /**
     * A failure in words: a file system exception's message is only the path ("sitrep: out/x.csv"), and some
     * exceptions have no message at all.
     */
    static String describe(Throwable ex) {
        Throwable t = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        if (t instanceof NoSuchFileException f) {
            return f.getFile() + ": no such file or directory" + (f.getReason() == null ? "" : " (" + f.getReason() + ")");
        }
        if (t instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (t instanceof FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        return t.getMessage() == null || t.getMessage().isBlank() ? t.toString() : t.getMessage();
    }
}
