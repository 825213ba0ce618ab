package org.sitrep.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.internal.DataFiles;

/**
 * The countries of ISO 3166-1 with their names, demonyms, capitals and seats of power, read once from
 * {@code countries.tsv}. Lookups ignore case and accents, a leading "the" and a trailing possessive; a
 * phrase starting with a lower-case letter never matches (so "us" is not the United States), and acronyms
 * ("US", "UAE") match only as written. When two countries share a form, the first listed wins.
 */
public final class Countries {

    /** How a phrase named a country: its name, a demonym or adjective, its capital, or a seat of power. */
    public enum How { NAME, ADJECTIVE, CAPITAL, SEAT }

    /** A successful lookup: the country and how the phrase named it. */
    public record Match(Country country, How how) {
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private static final class Holder {
        static final Countries SHARED = read("countries.tsv");
    }

    private final List<Country> all;
    private final Map<String, Country> byIso;
    private final Map<String, Country> byIso2;
    private final Map<String, Match> folded;
    private final Map<String, Match> exact;

    private Countries(List<Country> all) {
        this.all = List.copyOf(all);
        Map<String, Country> iso = new HashMap<>();
        Map<String, Country> iso2 = new HashMap<>();
        Map<String, Match> f = new HashMap<>();
        Map<String, Match> e = new HashMap<>();
        for (Country c : all) {
            iso.put(c.iso3(), c);
            iso2.put(c.iso2(), c);
            put(f, e, c.name(), new Match(c, How.NAME));
            c.aliases().forEach(a -> put(f, e, a, new Match(c, How.NAME)));
            c.adjectives().forEach(a -> put(f, e, a, new Match(c, How.ADJECTIVE)));
            c.capitals().forEach(a -> put(f, e, a, new Match(c, How.CAPITAL)));
            c.seats().forEach(a -> put(f, e, a, new Match(c, How.SEAT)));
        }
        this.byIso = Map.copyOf(iso);
        this.byIso2 = Map.copyOf(iso2);
        this.folded = Map.copyOf(f);
        this.exact = Map.copyOf(e);
    }

    /** The shared instance, read from the jar on first use. */
    public static Countries load() {
        return Holder.SHARED;
    }

    private static void put(Map<String, Match> folded, Map<String, Match> exact, String form, Match m) {
        if (isAcronym(form)) {
            exact.putIfAbsent(form.replace(".", ""), m);
        } else {
            folded.putIfAbsent(fold(form), m);
        }
    }

    private static boolean isAcronym(String s) {
        String letters = s.replace(".", "");
        return letters.length() <= 4 && letters.chars().allMatch(Character::isUpperCase);
    }

    /** Lower case, accents removed, apostrophes unified, spaces collapsed. */
    public static String fold(String s) {
        String n = s;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
                break;
            }
        }
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c == '’' ? '\'' : Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** The country a name, demonym, capital or seat of power denotes. */
    public Optional<Country> lookup(String phrase) {
        return match(phrase).map(Match::country);
    }

    /** Like {@link #lookup} but also says how the phrase named the country. */
    public Optional<Match> match(String phrase) {
        if (phrase == null) {
            return Optional.empty();
        }
        String s = phrase.trim().replaceAll("[’']s$", "").replaceAll("^(?i:the)\\s+", "").trim();
        if (s.isEmpty() || Character.isLowerCase(s.charAt(0))) {
            return Optional.empty();
        }
        Match m = exact.get(s.replace(".", ""));
        if (m != null) {
            return Optional.of(m);
        }
        return Optional.ofNullable(folded.get(fold(s)));
    }

    /** The country with this ISO 3166-1 alpha-3 code. */
    public Optional<Country> byIso3(String iso3) {
        return Optional.ofNullable(iso3 == null ? null : byIso.get(iso3.toUpperCase(Locale.ROOT)));
    }

    /** The country with this alpha-2 code. */
    public Optional<Country> byIso2(String iso2) {
        return Optional.ofNullable(iso2 == null ? null : byIso2.get(iso2.toUpperCase(Locale.ROOT)));
    }

    public List<Country> all() {
        return all;
    }

    private static Countries read(String resource) {
        List<Country> out = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (String line : DataFiles.lines(Countries.class, resource)) {
            if (line.startsWith("iso3\t")) {
                continue; // the header
            }
            String[] f = Arrays.copyOf(line.split("\t", -1), 7);
            if (seen.put(f[0], true) != null) {
                throw new IllegalStateException(resource + ": duplicate " + f[0]);
            }
            out.add(new Country(f[0], f[1], f[2], list(f[3]), list(f[4]), list(f[5]), list(f[6])));
        }
        return new Countries(out);
    }

    private static List<String> list(String field) {
        if (field == null || field.isBlank()) {
            return Collections.emptyList();
        }
        return Arrays.stream(field.split(";")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }
}
