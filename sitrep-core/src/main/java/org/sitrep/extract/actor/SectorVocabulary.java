package org.sitrep.extract.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.internal.DataFiles;

/**
 * The sector vocabulary of {@code sectors.tsv}: phrases of one to four words mapped to sector codes.
 * Phrases written in capitals are acronyms and match only words written in capitals.
 */
final class SectorVocabulary {

    /** A vocabulary hit inside a word sequence: words {@code [from, to)} name {@code sector}. */
    record Hit(String sector, int from, int to) {
        int length() {
            return to - from;
        }
    }

    private static final int MAX_WORDS = 5;

    private final Map<String, String> folded = new HashMap<>();
    private final Map<String, String> acronyms = new HashMap<>();

    SectorVocabulary(String resource) {
        for (String line : DataFiles.lines(SectorVocabulary.class, resource)) {
            String[] f = line.split("\t");
            for (String p : f[1].split(";")) {
                String phrase = p.trim();
                if (phrase.isEmpty()) {
                    continue;
                }
                if (phrase.equals(phrase.toLowerCase(Locale.ROOT))) {
                    folded.putIfAbsent(phrase, f[0]);
                } else {
                    acronyms.putIfAbsent(phrase, f[0]);
                }
            }
        }
    }

    /** The sector of a single phrase, or null. */
    String sectorOf(String phrase) {
        String a = acronyms.get(phrase);
        return a != null ? a : folded.get(phrase.toLowerCase(Locale.ROOT));
    }

    /** The longest hit in the words, the one nearest the end on ties; null when none. */
    Hit best(List<String> words) {
        Hit best = null;
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j <= Math.min(words.size(), i + MAX_WORDS); j++) {
                String s = sectorOf(String.join(" ", words.subList(i, j)));
                if (s != null && (best == null || j - i >= best.length())) {
                    best = new Hit(s, i, j);
                }
            }
        }
        return best;
    }
}
