package org.sitrep.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.sitrep.Sitrep;
import org.sitrep.model.Analysis;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.StageTimings;
import org.sitrep.read.ReadResult;

/**
 * Puts read documents into a store: texts already stored (by content hash) are skipped before any NLP, the
 * rest are analysed on the engine's threads and stored one transaction each, in input order. An article
 * that cannot be analysed is reported, not fatal. A rerun after an interruption therefore only analyses
 * what is missing.
 */
public final class Ingest {

    /** Where an ingest stands, handed to the progress listener after each article. */
    public record Progress(int total, int done, int added, int duplicates, int failed, long startNanos) {

        public double seconds() {
            return (System.nanoTime() - startNanos) / 1e9;
        }

        public double perSecond() {
            double s = seconds();
            return s <= 0 ? 0 : done / s;
        }

        /** Seconds left at the rate so far, or -1 before the first article. */
        public double etaSeconds() {
            double r = perSecond();
            return done == 0 || r <= 0 ? -1 : (total - done) / r;
        }
    }

    /** A document that was not stored and why. */
    public record Failure(String origin, String reason) {
    }

    /** The outcome: documents read, already stored, added (of which near-duplicates), failures, time. */
    public record Summary(int documents, int alreadyStored, int added, int nearDuplicates, List<Failure> failures,
                          double seconds) {
    }

    /** Receives progress; called from the storing thread. */
    @FunctionalInterface
    public interface Listener {
        void progress(Progress p);
    }

    private final Store store;
    private final Sitrep sitrep;

    public Ingest(Store store, Sitrep sitrep) {
        this.store = store;
        this.sitrep = sitrep;
    }

    public Summary run(List<ReadResult> docs, Listener listener) {
        long t0 = System.nanoTime();
        List<Failure> failures = new ArrayList<>();
        List<ReadResult> todo = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int already = 0;
        for (ReadResult r : docs) {
            if (r.failed()) {
                failures.add(new Failure(r.origin(), r.error()));
                continue;
            }
            String hash = ContentHash.of(r.article().text());
            if (!seen.add(hash) || store.contains(hash)) {
                already++;
            } else {
                todo.add(r);
            }
        }
        int[] added = {0};
        int[] dups = {0};
        // Documents that could not be read count as failed from the start, as the summary counts them.
        int[] failed = {failures.size()};
        int[] done = {0};
        listener.progress(new Progress(todo.size(), 0, 0, 0, failed[0], t0));
        analyze(todo, (doc, analysis, error) -> {
            done[0]++;
            if (error != null) {
                failed[0]++;
                failures.add(new Failure(doc.origin(), error));
            } else {
                Analysis a = analysis;
                for (Problem p : doc.problems()) {
                    a = a.withProblem(p);
                }
                Store.Stored s = store.put(a, doc.origin());
                if (s.added()) {
                    added[0]++;
                    if (s.duplicateOf() != null) {
                        dups[0]++;
                    }
                }
            }
            listener.progress(new Progress(todo.size(), done[0], added[0], dups[0], failed[0], t0));
        });
        return new Summary(docs.size(), already, added[0], dups[0], failures, (System.nanoTime() - t0) / 1e9);
    }

    private interface Sink {
        void accept(ReadResult doc, Analysis analysis, String error);
    }

    /** Analyses in parallel through the engine, pairing each result (in input order) with its document. */
    private void analyze(List<ReadResult> docs, Sink sink) {
        if (docs.isEmpty()) {
            return; // nothing new: the engine (and its models) is never needed
        }
        Iterator<ReadResult> pending = docs.iterator();
        sitrep.analyzeAll(docs.stream().map(ReadResult::article).iterator(), StageTimings.NONE, a -> {
            ReadResult doc = pending.next();
            Problem failed = a.problems().stream().filter(p -> Sitrep.ANALYSIS_FAILED.equals(p.code()))
                    .findFirst().orElse(null);
            if (failed != null) {
                sink.accept(doc, null, failed.message());
            } else {
                sink.accept(doc, a, null);
            }
        });
    }
}
