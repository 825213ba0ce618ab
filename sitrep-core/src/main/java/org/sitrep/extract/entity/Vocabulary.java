package org.sitrep.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The resolver's word lists ({@code vocabulary.tsv}): role nouns, place head nouns, region designators. */
record Vocabulary(Set<String> roles, Set<String> placeHeads, Set<String> designators) {

    static Vocabulary load() {
        Map<String, Set<String>> lists = new HashMap<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource missing: vocabulary.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                lists.put(f[0], Set.of(f[1].split(";")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Vocabulary(lists.get("role"), lists.get("place"), lists.get("designator"));
    }
}
