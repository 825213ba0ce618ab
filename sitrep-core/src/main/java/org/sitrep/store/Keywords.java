package org.sitrep.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Analysis;
import org.sitrep.model.Token;

/**
 * The words an article is about, for telling whether two articles follow the same story: its most
 * frequent noun lemmas (common and proper), by part of speech rather than a stop list. Without tokens
 * (an analysis stored without the NLP layer), the most frequent words of six letters or more stand in.
 */
final class Keywords {

    static final int COUNT = 20;

    private Keywords() {
    }

    static List<String> of(Analysis a) {
        Map<String, Integer> freq = new HashMap<>();
        if (!a.tokens().isEmpty()) {
            for (Token t : a.tokens()) {
                if (t.isNoun() && t.word().length() > 2) {
                    String w = (t.lemma() != null ? t.lemma() : t.word()).toLowerCase(Locale.ROOT);
                    if (w.chars().allMatch(Character::isLetter)) {
                        freq.merge(w, 1, Integer::sum);
                    }
                }
            }
        } else {
            for (String w : a.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() >= 6) {
                    freq.merge(w, 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, Integer>> e = new ArrayList<>(freq.entrySet());
        e.sort((x, y) -> x.getValue().equals(y.getValue()) ? x.getKey().compareTo(y.getKey())
                : Integer.compare(y.getValue(), x.getValue()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(COUNT, e.size()); i++) {
            out.add(e.get(i).getKey());
        }
        return out;
    }
}
