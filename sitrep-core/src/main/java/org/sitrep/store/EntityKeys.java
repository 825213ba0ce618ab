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

    /** Whether a name is a single word after normalisation (a bare surname, for a person). */
    public static boolean single(String name) {
        return words(name).size() == 1;
    }
}
