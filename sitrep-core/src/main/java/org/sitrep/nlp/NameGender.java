package org.sitrep.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The gender usually carried by an English first name, from the first-name lists shipped in the CoreNLP
 * models jar. Used to tell who "she" or "he" can be; a name in neither list (or both) is unknown.
 */
public final class NameGender {

    public enum Gender { MALE, FEMALE, UNKNOWN }

    private static final String DIR = "edu/stanford/nlp/models/gender/";

    private final Set<String> male;
    private final Set<String> female;

    private NameGender(Set<String> male, Set<String> female) {
        this.male = male;
        this.female = female;
    }

    /** Loads the lists once; the instance is immutable and shared. */
    public static NameGender load() {
        return new NameGender(read(DIR + "male_first_names.txt"), read(DIR + "female_first_names.txt"));
    }

    public Gender of(String firstName) {
        String n = firstName.toLowerCase(Locale.ROOT);
        boolean m = male.contains(n);
        boolean f = female.contains(n);
        return m == f ? Gender.UNKNOWN : m ? Gender.MALE : Gender.FEMALE;
    }

    private static Set<String> read(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = NameGender.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Set.of();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.trim().toLowerCase(Locale.ROOT);
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
