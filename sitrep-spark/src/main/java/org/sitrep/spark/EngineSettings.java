package org.sitrep.spark;

import java.io.Serializable;
import org.sitrep.SitrepConfig;
import org.sitrep.nlp.NlpSettings;

/**
 * The engine settings a job ships to its executors: the serialisable twin of {@link NlpSettings}, turned
 * back into a {@link SitrepConfig} where the models are loaded. Also the key of the per-JVM engine cache.
 */
public record EngineSettings(boolean parse, boolean fineGrainedNer, boolean suTime, int parseMaxTokens)
        implements Serializable {

    public static final EngineSettings DEFAULT = of(NlpSettings.DEFAULT);

    public static EngineSettings of(NlpSettings n) {
        return new EngineSettings(n.parse(), n.fineGrainedNer(), n.suTime(), n.parseMaxTokens());
    }

    /** One article per task thread: Spark's cores are the parallelism, so the engine needs no pool of its own. */
    public SitrepConfig config() {
        return SitrepConfig.DEFAULT.withNlp(new NlpSettings(parse, fineGrainedNer, suTime, parseMaxTokens)).withThreads(1);
    }
}
