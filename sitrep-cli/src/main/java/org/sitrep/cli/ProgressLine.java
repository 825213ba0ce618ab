package org.sitrep.cli;

import java.io.PrintWriter;
import org.sitrep.store.Ingest;

/**
 * Ingest progress on stderr: one line rewritten in place on a terminal, a line every ten seconds otherwise
 * (logs of background runs stay readable). Shows done/total, articles per second and the time left.
 */
final class ProgressLine implements Ingest.Listener {

    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private long lastLog;
    private volatile int added;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    /** Articles stored so far. */
    int added() {
        return added;
    }

    @Override
    public void progress(Ingest.Progress p) {
        added = p.added();
        String line = String.format("%d/%d articles  %.2f articles/s  ETA %s  (%d added, %d near-duplicates, %d failed)",
                p.done(), p.total(), p.perSecond(), eta(p.etaSeconds()), p.added(), p.duplicates(), p.failed());
        boolean last = p.done() == p.total();
        if (terminal) {
            err.print("\r" + bar(p) + " " + line + "\033[K" + (last ? "\n" : ""));
            err.flush();
        } else if (last || System.nanoTime() - lastLog >= LOG_EVERY_NANOS) {
            lastLog = System.nanoTime();
            err.println("ingest: " + line);
        }
    }

    private static String bar(Ingest.Progress p) {
        int width = 24;
        int full = p.total() == 0 ? width : (int) ((long) width * p.done() / p.total());
        return "[" + "#".repeat(full) + " ".repeat(width - full) + "]";
    }

    static String eta(double seconds) {
        if (seconds < 0) {
            return "--:--";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%02d:%02d", s / 60, s % 60);
    }
}
