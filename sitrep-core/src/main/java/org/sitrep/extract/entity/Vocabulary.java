package org.sitrep.extract.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.sitrep.internal.DataFiles;

/** The resolver's word lists ({@code vocabulary.tsv}): role nouns, place head nouns, region designators. */
record Vocabulary(Set<String> roles, Set<String> placeHeads, Set<String> designators) {

    static Vocabulary load() {
        Map<String, Set<String>> lists = new HashMap<>();
        for (String line : DataFiles.lines(Vocabulary.class, "vocabulary.tsv")) {
            String[] f = line.split("\t");
            lists.put(f[0], Set.of(f[1].split(";")));
        }
        return new Vocabulary(lists.get("role"), lists.get("place"), lists.get("designator"));
    }
}
