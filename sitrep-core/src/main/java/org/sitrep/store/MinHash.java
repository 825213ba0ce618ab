package org.sitrep.store;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash signatures over word 3-shingles, for finding syndicated copies and light rewrites among
 * thousands of articles without comparing every pair. The signature is split into {@link #BANDS} bands of
 * {@link #ROWS} rows (locality-sensitive hashing): two texts whose shingle Jaccard similarity is 0.6 share
 * at least one band with probability 0.99, texts at 0.2 almost never do. Candidates are then checked with
 * the estimated similarity from the full signatures.
 */
public final class MinHash {

    public static final int SHINGLE = 3;
    public static final int BANDS = 32;
    public static final int ROWS = 4;
    public static final int SIZE = BANDS * ROWS;

    private static final long[] A = new long[SIZE];
    private static final long[] B = new long[SIZE];

    static {
        // Fixed seeds: signatures stored in a database must be comparable across runs and versions.
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            A[i] = x | 1;
            x = mix(x + 0x9E3779B97F4A7C15L);
            B[i] = x;
        }
    }

    private MinHash() {
    }

    /** The signature of a text over word 3-shingles; a text shorter than one shingle hashes its words alone. */
    public static long[] signature(String text) {
        return signature(text, SHINGLE);
    }

    /** The signature over word {@code shingle}-shingles (longer shingles: stricter about rewording). */
    public static long[] signature(String text, int shingle) {
        Set<Long> shingles = shingles(text, shingle);
        long[] sig = new long[SIZE];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < SIZE; i++) {
                long h = mix(A[i] * s + B[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / SIZE;
    }

    /** The hash of one band of a signature, the key under which candidates are looked up. */
    public static long band(long[] sig, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = mix(h * 31 + sig[band * ROWS + r]);
        }
        return h;
    }

    public static byte[] toBytes(long[] sig) {
        ByteBuffer b = ByteBuffer.allocate(sig.length * Long.BYTES);
        for (long v : sig) {
            b.putLong(v);
        }
        return b.array();
    }

    public static long[] fromBytes(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long[] sig = new long[bytes.length / Long.BYTES];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = b.getLong();
        }
        return sig;
    }

    static Set<Long> shingles(String text, int shingle) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        java.util.List<String> w = new java.util.ArrayList<>();
        for (String s : words) {
            if (!s.isEmpty()) {
                w.add(s);
            }
        }
        Set<Long> out = new HashSet<>();
        int n = Math.max(1, w.size() - shingle + 1);
        for (int i = 0; i < n && i < w.size(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < Math.min(w.size(), i + shingle); j++) {
                h = 31 * h + w.get(j).hashCode();
            }
            out.add(mix(h));
        }
        return out;
    }

    /** SplitMix64 finaliser: a cheap, well-spread 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
