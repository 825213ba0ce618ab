package org.sitrep.spark;

/**
 * What one run of {@link SitrepJob} does: read {@code input}, write the tables under {@code output}.
 * {@code partitions} is how many pieces the documents are cut into (0: four per core of the cluster, so
 * that long and short articles even out across tasks); {@code duplicateThreshold} is the estimated Jaccard
 * similarity of word shingles from which two articles count as near-duplicates.
 */
public record JobOptions(String input, String output, int partitions, EngineSettings engine,
                         double duplicateThreshold, boolean overwrite) {

    public JobOptions {
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must not be negative: " + partitions);
        }
        if (duplicateThreshold <= 0 || duplicateThreshold > 1) {
            throw new IllegalArgumentException("duplicate threshold must be in (0, 1]: " + duplicateThreshold);
        }
    }

    public static JobOptions of(String input, String output) {
        return new JobOptions(input, output, 0, EngineSettings.DEFAULT, NearDuplicates.DEFAULT_THRESHOLD, false);
    }

    public JobOptions withPartitions(int n) {
        return new JobOptions(input, output, n, engine, duplicateThreshold, overwrite);
    }

    public JobOptions withOverwrite(boolean o) {
        return new JobOptions(input, output, partitions, engine, duplicateThreshold, o);
    }

    public JobOptions withOutput(String o) {
        return new JobOptions(input, o, partitions, engine, duplicateThreshold, overwrite);
    }
}
