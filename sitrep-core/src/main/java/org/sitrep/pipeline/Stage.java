package org.sitrep.pipeline;

import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Layer;

/**
 * One step of the analysis. A stage is pure and thread-safe: it reads the layers it {@link #requires()},
 * returns a new {@link Analysis} with the layers it {@link #produces()} filled, and never mutates state
 * shared between calls. Heavy resources are loaded once, in the constructor, and shared.
 */
public interface Stage {

    /** A short stable name, used in timings and problem reports. */
    String name();

    Set<Layer> requires();

    Set<Layer> produces();

    Analysis apply(Analysis in);
}
