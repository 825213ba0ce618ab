package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.store.MinHash;

/**
 * Near-duplicate detection by MinHash over word shingles ({@link MinHash}, shared with the store), with
 * locality-sensitive banding. Pure and Spark-free: {@link #signature} summarises a text in
 * {@link #HASHES} numbers whose agreement estimates the Jaccard similarity of two texts' 5-word shingle sets;
 * {@link #bandKeys} cuts a signature into {@link #BANDS} bands, and two texts become candidates when any band
 * agrees (at Jaccard 0.8 that happens with probability above 0.999, at 0.3 about 0.23); candidates are then
 * kept when {@link #similarity} reaches the threshold. Hashes are fixed functions of the text, so signatures
 * computed on different machines agree.
 */
public final class NearDuplicates {

    public static final int SHINGLE = 5;
    public static final int BANDS = MinHash.BANDS;
    public static final int ROWS = MinHash.ROWS;
    public static final int HASHES = MinHash.SIZE;
    public static final double DEFAULT_THRESHOLD = 0.8;

    private NearDuplicates() {
    }

    /** The MinHash signature of a text, or null when it has no words (nothing to compare). */
    public static long[] signature(String text) {
        return words(text).isEmpty() ? null : MinHash.signature(text, SHINGLE);
    }

    /** One key per band; equal keys in the same band make two texts candidates. */
    public static long[] bandKeys(long[] signature) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            keys[b] = MinHash.band(signature, b);
        }
        return keys;
    }

    /** The share of signature positions that agree: an estimate of the Jaccard similarity of the shingle sets. */
    public static double similarity(long[] a, long[] b) {
        return MinHash.similarity(a, b);
    }

    /** Lower-cased runs of letters and digits: punctuation, case and spacing changes do not matter. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }
}
