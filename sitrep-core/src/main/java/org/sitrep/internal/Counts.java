package org.sitrep.internal;

/** A count with its noun in the right number ("1 article", "2 articles"), for messages and reports. */
public final class Counts {

    private Counts() {
    }

    /** {@code n} and the noun, with "s" added unless {@code n} is 1. */
    public static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }

    /** {@code n} and the singular or the plural given (for "story"/"stories"). */
    public static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
