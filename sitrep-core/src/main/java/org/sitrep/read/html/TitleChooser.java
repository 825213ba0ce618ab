package org.sitrep.read.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.internal.DataFiles;

/**
 * Picks a page's title among its {@link TitleOptions}: the option with the highest weighted sum of
 * features, the first (most trusted place) on a tie. The shipped weights in {@code title-weights.tsv} were
 * learned by {@code sitrep eval titles --write} (a conditional logistic regression over each page's
 * options); publishers disagree on which of their titles is the headline, so the weights encode what holds
 * across publishers, not any one site's habit. Immutable and thread-safe.
 */
public final class TitleChooser {

    private static final TitleChooser SHIPPED = read(DataFiles.lines(TitleChooser.class, "title-weights.tsv"));

    private final double[] weights;

    public TitleChooser(double[] weights) {
        if (weights.length != TitleOptions.FEATURES.size()) {
            throw new IllegalArgumentException("expected " + TitleOptions.FEATURES.size() + " weights, got " + weights.length);
        }
        this.weights = weights.clone();
    }

    /** The weights shipped with Sitrep. */
    public static TitleChooser shipped() {
        return SHIPPED;
    }

    /** Reads "feature TAB weight" lines; every feature must be there, and nothing else. */
    static TitleChooser read(List<String> lines) {
        Map<String, Double> byName = new HashMap<>();
        for (String line : lines) {
            String[] cols = line.strip().split("\t");
            if (cols.length != 2 || !TitleOptions.FEATURES.contains(cols[0])) {
                throw new IllegalStateException("title-weights.tsv: bad line: " + line);
            }
            byName.put(cols[0], Double.parseDouble(cols[1]));
        }
        double[] w = new double[TitleOptions.FEATURES.size()];
        for (int i = 0; i < w.length; i++) {
            Double v = byName.get(TitleOptions.FEATURES.get(i));
            if (v == null) {
                throw new IllegalStateException("title-weights.tsv: no weight for " + TitleOptions.FEATURES.get(i));
            }
            w[i] = v;
        }
        return new TitleChooser(w);
    }

    public double[] weights() {
        return weights.clone();
    }

    public double score(TitleOptions.Option o) {
        double s = 0;
        for (int i = 0; i < weights.length; i++) {
            s += weights[i] * o.features()[i];
        }
        return s;
    }

    /** The best option's index, or -1 when there is none. */
    public int choose(List<TitleOptions.Option> options) {
        int best = -1;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < options.size(); i++) {
            double s = score(options.get(i));
            if (s > top + 1e-9) {
                top = s;
                best = i;
            }
        }
        return best;
    }
}
