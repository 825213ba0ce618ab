package org.sitrep;

import org.sitrep.nlp.NlpSettings;

/**
 * All settings of the engine in one typed record, parsed at the edge (CLI, HTTP, Spark) and passed in.
 * {@code threads} is how many articles are analysed at once. {@code maxChars} bounds the time and memory one
 * article may take: only its first {@code maxChars} characters are analysed (cut at a paragraph or word
 * break), the rest of the text is kept but carries no annotations, and the analysis says so with a
 * {@code truncated} problem. The default, 100,000 characters, is about four times a long news feature.
 */
public record SitrepConfig(NlpSettings nlp, int threads, int maxChars) {

    public static final int DEFAULT_MAX_CHARS = 100_000;

    public static final SitrepConfig DEFAULT = new SitrepConfig(NlpSettings.DEFAULT, Runtime.getRuntime().availableProcessors(),
            DEFAULT_MAX_CHARS);

    public SitrepConfig {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
    }

    public SitrepConfig withThreads(int n) {
        return new SitrepConfig(nlp, n, maxChars);
    }

    public SitrepConfig withNlp(NlpSettings s) {
        return new SitrepConfig(s, threads, maxChars);
    }

    public SitrepConfig withMaxChars(int n) {
        return new SitrepConfig(nlp, threads, n);
    }
}
