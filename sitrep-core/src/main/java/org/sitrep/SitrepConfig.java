package org.sitrep;

import org.sitrep.nlp.NlpSettings;

/**
 * All settings of the engine in one typed record, parsed at the edge (CLI, HTTP, Spark) and passed in.
 * {@code threads} is how many articles are analysed at once.
 */
public record SitrepConfig(NlpSettings nlp, int threads) {

    public static final SitrepConfig DEFAULT = new SitrepConfig(NlpSettings.DEFAULT, Runtime.getRuntime().availableProcessors());

    public SitrepConfig {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    public SitrepConfig withThreads(int n) {
        return new SitrepConfig(nlp, n);
    }

    public SitrepConfig withNlp(NlpSettings s) {
        return new SitrepConfig(s, threads);
    }
}
