package org.sitrep.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.internal.DataFiles;

/**
 * The event lexicon ({@code event-patterns.txt}): trigger patterns with their CAMEO code, PLOVER type and
 * mode, each with a test sentence, and the named word lists the stage reads (modality words, agent nouns,
 * weapon words). Immutable once loaded.
 */
public final class EventLexicon {

    /**
     * One pattern line. {@code pos} is 'v', 'n', 'a' or 'm'; {@code with} the words one of which must be
     * near the trigger (empty: none needed); {@code reverse} swaps the roles of subject and "from" argument;
     * {@code stative} reads a passive subject as the source ("Israel is opposed to …").
     */
    public record Pattern(String lemma, char pos, Set<String> with, boolean reverse, boolean stative, String cameo, String type,
                          String mode, String example, int line) {

        public Pattern {
            with = Set.copyOf(with);
        }

        boolean fits(char tokenPos) {
            return pos == tokenPos;
        }
    }

    private final List<Pattern> patterns;
    private final Map<String, List<Pattern>> byLemma;
    private final Map<String, Set<String>> words;

    private EventLexicon(List<Pattern> patterns, Map<String, Set<String>> words) {
        this.patterns = List.copyOf(patterns);
        Map<String, List<Pattern>> m = new HashMap<>();
        for (Pattern p : patterns) {
            m.computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        this.byLemma = Map.copyOf(m);
        this.words = Map.copyOf(words);
    }

    /** The lexicon shipped with Sitrep. */
    public static EventLexicon standard() {
        return parse(DataFiles.text(EventLexicon.class, "event-patterns.txt"));
    }

    /** Parses lexicon text; a malformed line is an error naming its line number. */
    public static EventLexicon parse(String text) {
        List<Pattern> patterns = new ArrayList<>();
        Map<String, Set<String>> words = new HashMap<>();
        BufferedReader r = new BufferedReader(new java.io.StringReader(text));
        int n = 0;
        try {
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("@")) {
                    String[] f = s.substring(1).split("\\s+");
                    Set<String> set = new LinkedHashSet<>();
                    for (int i = 1; i < f.length; i++) {
                        set.add(f[i].toLowerCase(Locale.ROOT));
                    }
                    words.put(f[0], Set.copyOf(set));
                    continue;
                }
                patterns.add(pattern(s, n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EventLexicon(patterns, words);
    }

    private static Pattern pattern(String s, int line) {
        String[] f = s.split("\\|", -1);
        if (f.length != 5) {
            throw new IllegalArgumentException("event lexicon line " + line + ": expected 5 fields separated by |");
        }
        String[] trig = f[0].strip().split("\\s+");
        String[] lp = trig[0].split("/");
        if (lp.length != 2 || lp[1].length() != 1 || "vnam".indexOf(lp[1].charAt(0)) < 0) {
            throw new IllegalArgumentException("event lexicon line " + line + ": trigger must be lemma/v|n|a|m");
        }
        Set<String> with = new LinkedHashSet<>();
        boolean reverse = false;
        boolean stative = false;
        for (int i = 1; i < trig.length; i++) {
            if (trig[i].equals("with") && i + 1 < trig.length) {
                for (String w : trig[++i].split(",")) {
                    with.add(w.toLowerCase(Locale.ROOT));
                }
            } else if (trig[i].equals("reverse")) {
                reverse = true;
            } else if (trig[i].equals("stative")) {
                stative = true;
            } else {
                throw new IllegalArgumentException("event lexicon line " + line + ": unknown word " + trig[i]);
            }
        }
        String cameo = f[1].strip();
        String type = f[2].strip();
        String mode = f[3].strip();
        String example = f[4].strip();
        if (!cameo.matches("\\d{3,4}") || type.isEmpty() || example.isEmpty()) {
            throw new IllegalArgumentException("event lexicon line " + line + ": needs a CAMEO code, a type and a test sentence");
        }
        return new Pattern(lp[0].toLowerCase(Locale.ROOT), lp[1].charAt(0), with, reverse, stative, cameo, type,
                mode.isEmpty() ? null : mode, example, line);
    }

    public List<Pattern> patterns() {
        return patterns;
    }

    /** Patterns whose trigger lemma is this, in file order. */
    public List<Pattern> withLemma(String lemma) {
        return byLemma.getOrDefault(lemma, List.of());
    }

    /** A named word list ({@code @name} line); empty when absent. */
    public Set<String> words(String name) {
        return words.getOrDefault(name, Set.of());
    }
}
