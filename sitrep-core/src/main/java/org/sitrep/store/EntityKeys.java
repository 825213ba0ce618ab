package org.sitrep.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.EntityType;

/**
 * The keys under which an article's entity is looked up in the corpus, most specific first. Names are
 * normalised (case, accents, punctuation, leading honorifics) and typed, so "Dmitry Peskov" and
 * "DMITRY PESKOV" meet, while "Georgia" the country and a person named Georgia do not. A person also gets a
 * surname-and-initial key ("Dmitri Peskov" joins "Dmitry Peskov") and a bare surname key, which a one-word
 * name ("Peskov") joins when exactly one person in the corpus holds that surname.
 */
public final class EntityKeys {

    private static final List<String> HONORIFICS = List.of("mr", "mrs", "ms", "dr", "sir", "president", "prime",
            "minister", "gen", "general", "col", "sen", "senator", "rep", "gov", "governor", "the");

    private EntityKeys() {
    }

    /** The normalised words of a name: lower case, accents and punctuation removed, honorifics dropped. */
    public static List<String> words(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "");
        List<String> out = new ArrayList<>();
        for (String w : s.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        while (out.size() > 1 && HONORIFICS.contains(out.get(0))) {
            out.remove(0);
        }
        return out;
    }

    /** The exact key: type and normalised full name. */
    public static String exact(EntityType type, String name) {
        return type.name() + "|" + String.join(" ", words(name));
    }

    /** For a person of two or more words, the surname-and-first-initial key; null otherwise. */
    public static String initial(EntityType type, String name) {
        List<String> w = words(name);
        if (type != EntityType.PERSON || w.size() < 2) {
            return null;
        }
        return "PERSON~" + w.get(w.size() - 1) + "|" + w.get(0).charAt(0);
    }

    /** For a person, the bare-surname key (a one-word name is its own surname); null otherwise. */
    public static String surname(EntityType type, String name) {
        List<String> w = words(name);
        if (type != EntityType.PERSON || w.isEmpty()) {
            return null;
        }
        return "PERSON~" + w.get(w.size() - 1);
    }

    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("(\\p{Lu}\\.?){2,6}");
    private static final List<String> JOINERS = List.of("of", "the", "and", "for", "de", "du", "la", "des");

    /** Whether a name is written as an acronym: "U.S.", "NATO", "AP". */
    public static boolean isAcronym(String name) {
        return ACRONYM.matcher(name.strip()).matches();
    }

    /**
     * For a body or place, the key shared by an acronym and the full name it abbreviates: "U.S." and
     * "United States", "AP" and "Associated Press", "UN" and "United Nations" (joining words such as "of" are
     * skipped). Null for persons and for names that are neither an acronym nor two or more words.
     */
    public static String acronym(EntityType type, String name) {
        if (type == EntityType.PERSON) {
            return null;
        }
        String letters;
        if (isAcronym(name)) {
            letters = name.replace(".", "").strip().toLowerCase(Locale.ROOT);
        } else {
            List<String> w = new ArrayList<>(words(name));
            w.removeIf(JOINERS::contains);
            if (w.size() < 2 || w.size() > 6) {
                return null;
            }
            StringBuilder b = new StringBuilder();
            for (String x : w) {
                b.append(x.charAt(0));
            }
            letters = b.toString();
        }
        return type.name() + "~acronym|" + letters;
    }

    /** Whether a name is a single word after normalisation (a bare surname, for a person). */
    public static boolean single(String name) {
        return words(name).size() == 1;
    }
}
