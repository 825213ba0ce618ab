package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Layer;
import org.sitrep.model.Problem;

/**
 * Stages composed in order, checked when built: every stage's required layers must be produced by a
 * stage before it. Running the pipeline never throws for a bad document: a failing stage becomes an
 * ERROR {@link Problem}, and the stages that needed its layers are skipped with a note.
 */
public final class Pipeline {

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** Builds a pipeline, rejecting an order in which a stage needs a layer nobody produced before it. */
    public static Pipeline of(Stage... stages) {
        return of(List.of(stages));
    }

    public static Pipeline of(List<Stage> stages) {
        Set<Layer> available = EnumSet.of(Layer.TEXT);
        List<String> errors = new ArrayList<>();
        for (Stage s : stages) {
            for (Layer need : s.requires()) {
                if (!available.contains(need)) {
                    errors.add("stage '" + s.name() + "' requires " + need + ", which no earlier stage produces");
                }
            }
            available.addAll(s.produces());
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("invalid pipeline: " + String.join("; ", errors));
        }
        return new Pipeline(stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    public Analysis apply(Analysis in) {
        return apply(in, StageTimings.NONE);
    }

    /** Runs every stage, adding each stage's wall and CPU time to {@code timings}. */
    public Analysis apply(Analysis in, StageTimings timings) {
        Analysis a = in;
        for (Stage s : stages) {
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            for (Layer need : s.requires()) {
                if (!a.has(need)) {
                    missing.add(need);
                }
            }
            if (!missing.isEmpty()) {
                a = a.withProblem(Problem.warning("stage-skipped", s.name() + " skipped: missing " + missing));
                continue;
            }
            long t0 = System.nanoTime();
            long c0 = timings.threadCpuNanos();
            try {
                a = s.apply(a);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                a = a.withProblem(Problem.error("stage-failed", s.name() + " failed: " + describe(e)));
            }
            timings.add(s.name(), System.nanoTime() - t0, timings.threadCpuNanos() - c0);
        }
        return a;
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
