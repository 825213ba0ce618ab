package org.sitrep.eval;

/**
 * Counts for precision, recall and F1. {@code tp} counts system items matched to gold, {@code system} and
 * {@code gold} the totals; when matching is one-to-one the two true-positive counts coincide.
 */
public record Prf(int tp, int system, int gold) {

    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf plus(Prf o) {
        return new Prf(tp + o.tp, system + o.system, gold + o.gold);
    }

    public double precision() {
        return system == 0 ? 0 : (double) tp / system;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) tp / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** "P 0.912  R 0.874  F1 0.893  (tp/system/gold)". */
    public String summary() {
        return String.format("P %.3f  R %.3f  F1 %.3f  (%d/%d/%d)", precision(), recall(), f1(), tp, system, gold);
    }
}
