package org.sitrep.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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
        try (InputStream in = Goldstein.class.getResourceAsStream("goldstein.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                m.put(f[0], Double.parseDouble(f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
