package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Near-duplicate detection by MinHash over word shingles, with locality-sensitive banding. Pure and
 * Spark-free, so another front end (the store) can share it: {@link #signature} summarises a text in
 * {@link #HASHES} numbers whose agreement estimates the Jaccard similarity of two texts' 5-word shingle sets;
 * {@link #bandKeys} cuts a signature into {@link #BANDS} bands, and two texts become candidates when any band
 * agrees (at Jaccard 0.8 that happens with probability above 0.999, at 0.3 about 0.23); candidates are then
 * kept when {@link #similarity} reaches the threshold. Hashes are fixed functions of the text, so signatures
 * computed on different machines agree.
 */
public final class NearDuplicates {

    public static final int SHINGLE = 5;
    public static final int BANDS = 32;
    public static final int ROWS = 4;
    public static final int HASHES = BANDS * ROWS;
    public static final double DEFAULT_THRESHOLD = 0.8;

    private NearDuplicates() {
    }

    /** The MinHash signature of a text, or null when it has no words (nothing to compare). */
    public static long[] signature(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return null;
        }
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        int k = Math.min(SHINGLE, words.size());
        for (int i = 0; i + k <= words.size(); i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < i + k; j++) {
                h = fnv(h, words.get(j));
                h = fnv(h, " ");
            }
            for (int p = 0; p < HASHES; p++) {
                long v = mix(h + 0x9E3779B97F4A7C15L * (p + 1));
                if (v < sig[p]) {
                    sig[p] = v;
                }
            }
        }
        return sig;
    }

    /** One key per band; equal keys in the same band make two texts candidates. */
    public static long[] bandKeys(long[] signature) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + signature[b * ROWS + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    /** The share of signature positions that agree: an estimate of the Jaccard similarity of the shingle sets. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
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

    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: a cheap, well-mixed 64-bit permutation. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
