package org.sitrep.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.Sitrep;

/**
 * The Sitrep engines of this JVM, one per settings, created on first use. An executor runs many tasks,
 * often at once, over its life; loading CoreNLP takes tens of seconds and gigabytes, so every task of the
 * JVM shares one thread-safe {@link Sitrep} instead of loading its own. This per-process cache is the
 * reason for the static state: Spark gives no other hook that lives as long as the executor.
 */
public final class Engines {

    private static final Map<EngineSettings, Sitrep> ENGINES = new ConcurrentHashMap<>();

    private Engines() {
    }

    /** The engine for these settings, loaded now if this JVM has none yet (other callers wait for it). */
    public static Sitrep get(EngineSettings settings) {
        return ENGINES.computeIfAbsent(settings, s -> Sitrep.create(s.config()));
    }

    /** How many engines this JVM has loaded (tests check that a job loads one, not one per record). */
    public static int loaded() {
        return ENGINES.size();
    }
}
