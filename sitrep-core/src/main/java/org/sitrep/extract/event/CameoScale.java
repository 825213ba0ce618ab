package org.sitrep.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Goldstein intensity of a CAMEO code, by its two-digit root (resource {@code cameo-roots.txt}). */
public final class CameoScale {

    private final Map<String, Double> byRoot;

    private CameoScale(Map<String, Double> byRoot) {
        this.byRoot = Map.copyOf(byRoot);
    }

    public static CameoScale load() {
        Map<String, Double> m = new HashMap<>();
        try (InputStream in = CameoScale.class.getResourceAsStream("cameo-roots.txt")) {
            if (in == null) {
                throw new IllegalStateException("cameo-roots.txt missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s+", 3);
                m.put(f[0], Double.parseDouble(f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
