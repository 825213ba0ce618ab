package org.sitrep.extract.event;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.internal.DataFiles;

/** Goldstein intensity of a CAMEO code, by its two-digit root (resource {@code cameo-roots.txt}). */
public final class CameoScale {

    private final Map<String, Double> byRoot;

    private CameoScale(Map<String, Double> byRoot) {
        this.byRoot = Map.copyOf(byRoot);
    }

    public static CameoScale load() {
        Map<String, Double> m = new HashMap<>();
        for (String line : DataFiles.lines(CameoScale.class, "cameo-roots.txt")) {
            String[] f = line.strip().split("\\s+", 3);
            m.put(f[0], Double.parseDouble(f[1]));
        }
        return new CameoScale(m);
    }

    /** The Goldstein value of a code's root, 0 when unknown. */
    public double goldstein(String cameo) {
        if (cameo == null || cameo.length() < 2) {
            return 0;
        }
        return byRoot.getOrDefault(cameo.substring(0, 2), 0.0);
    }
}
