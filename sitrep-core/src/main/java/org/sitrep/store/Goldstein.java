package org.sitrep.store;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.internal.DataFiles;

/**
 * Goldstein conflict-cooperation weights of events, read from the readable table {@code goldstein.tsv}:
 * by CAMEO code (longest known prefix), else by PLOVER type, else unknown (null) — an intensity is never
 * invented for an event that has neither.
 */
public final class Goldstein {

    private static final Map<String, Double> TABLE = load();

    private Goldstein() {
    }

    /** The weight of an event with this CAMEO code and PLOVER type (either may be null), or null. */
    public static Double of(String cameo, String ploverType) {
        if (cameo != null) {
            String c = cameo.strip();
            for (int n = Math.min(3, c.length()); n >= 2; n--) {
                Double w = TABLE.get(c.substring(0, n));
                if (w != null) {
                    return w;
                }
            }
        }
        if (ploverType != null) {
            return TABLE.get("plover:" + ploverType.strip().toUpperCase(Locale.ROOT));
        }
        return null;
    }

    private static Map<String, Double> load() {
        Map<String, Double> m = new HashMap<>();
        for (String line : DataFiles.lines(Goldstein.class, "goldstein.tsv")) {
            String[] f = line.split("\t");
            m.put(f[0], Double.parseDouble(f[1]));
        }
        return Map.copyOf(m);
    }
}
