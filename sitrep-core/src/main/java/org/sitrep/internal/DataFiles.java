package org.sitrep.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The data lines of a resource shipped beside a class: UTF-8, blank lines and {@code #} comments dropped,
 * each line otherwise as written (tabs kept). A missing resource is a packaging error, said by name.
 */
public final class DataFiles {

    private DataFiles() {
    }

    public static List<String> lines(Class<?> owner, String resource) {
        List<String> out = new ArrayList<>();
        for (String line : text(owner, resource).split("\\R")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }

    /** The whole resource as UTF-8 text, for files with a grammar of their own (line numbers kept). */
    public static String text(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + resource + " (beside " + owner.getName() + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
