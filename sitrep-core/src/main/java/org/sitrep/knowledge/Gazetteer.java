package org.sitrep.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * An in-memory gazetteer: GeoNames populated places (cities500), US counties, first-level regions and
 * countries ({@code gazetteer.tsv.gz}, built by {@code scripts/build-gazetteer.py}), hand-written conflict
 * and geographic regions ({@code regions.tsv}), abbreviations of regions ({@code aliases.tsv}), and every name, demonym and alias of {@link Countries}
 * pointing at its country. Names are looked up folded (case, accents); a consonant skeleton gives a
 * fallback for transliteration variants ("Kelbajar" / "Kalbajar") of regions and towns of some size. Loaded once, immutable.
 */
public final class Gazetteer {

    /** One gazetteer entry; {@code country} is ISO alpha-3, {@code geonameid} null when not from GeoNames. */
    public record Entry(Long geonameid, String name, String country, String admin1, double lat, double lon,
                        String kind, long population) {

        public boolean isCountry() {
            return kind.startsWith("PCL");
        }

        public boolean isRegion() {
            return !kind.startsWith("PPL");
        }
    }

    private static final class Holder {
        static final Gazetteer SHARED = new Gazetteer(Countries.load());
    }

    /** Towns smaller than this are not looked up by spelling variant: too many namesakes. */
    private static final long MIN_VARIANT_POPULATION = 1000;

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, int[]> byName = new HashMap<>(1 << 21);
    private final Map<String, int[]> bySkeleton = new HashMap<>(1 << 20);
    private final Map<String, Integer> countryEntries = new HashMap<>();

    private Gazetteer(Countries countries) {
        readGazetteer(countries);
        readRegions(countries);
        readAliases(countries);
        for (Country c : countries.all()) {
            Integer idx = countryEntries.get(c.iso3());
            if (idx == null) {
                continue;
            }
            index(c.name(), idx);
            c.aliases().stream().filter(a -> !hasRegion(a)).forEach(a -> index(a, idx));
            c.adjectives().forEach(a -> index(a, idx));
        }
    }

    /** Whether a region of exactly this name is known ("England" is a region, not the United Kingdom). */
    private boolean hasRegion(String name) {
        for (Entry e : get(byName, key(name))) {
            if ("ADM1".equals(e.kind()) && key(e.name()).equals(key(name))) {
                return true;
            }
        }
        return false;
    }

    /** The shared gazetteer, read from the jar on first use (about a second). */
    public static Gazetteer load() {
        return Holder.SHARED;
    }

    /** Entries whose name or alternate name equals the phrase, folded; empty when none. */
    public List<Entry> lookup(String phrase) {
        String k = key(phrase);
        List<Entry> found = get(byName, k);
        // The tokenizer may leave an abbreviation's last period to the sentence: "W.Va" for "W.Va.".
        return found.isEmpty() && k.indexOf('.') > 0 && !k.endsWith(".") ? get(byName, k + ".") : found;
    }

    /** Entries whose names share the phrase's consonant skeleton: transliteration variants. */
    public List<Entry> lookupVariants(String phrase) {
        String s = skeleton(key(phrase));
        return s.length() < 3 ? List.of() : get(bySkeleton, s);
    }

    /** The country's own entry (its central point). */
    public Optional<Entry> country(String iso3) {
        Integer idx = countryEntries.get(iso3);
        return Optional.ofNullable(idx == null ? null : entries.get(idx));
    }

    public int size() {
        return entries.size();
    }

    private List<Entry> get(Map<String, int[]> map, String key) {
        int[] ids = map.get(key);
        if (ids == null) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>(ids.length);
        for (int i : ids) {
            out.add(entries.get(i));
        }
        return out;
    }

    /** The lookup key: folded, leading article and trailing possessive dropped. */
    public static String key(String phrase) {
        String s = Countries.fold(phrase);
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.replace('-', ' ').replace(". ", ".");
    }

    /** Letters without vowels, 'h' and repeated letters, keeping the first letter: "kelbajar" → "klbjr". */
    static String skeleton(String key) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            boolean drop = b.length() > 0 && "aeiouyh".indexOf(c) >= 0;
            if (!drop && (b.length() == 0 || b.charAt(b.length() - 1) != c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private void add(Entry e, List<String> names) {
        int idx = entries.size();
        entries.add(e);
        boolean variants = e.isRegion() || e.population() >= MIN_VARIANT_POPULATION;
        index(e.name(), idx, variants);
        names.forEach(n -> index(n, idx, variants));
        if (e.isCountry()) {
            countryEntries.putIfAbsent(e.country(), idx);
        }
    }

    private void index(String name, int idx) {
        index(name, idx, false);
    }

    private void index(String name, int idx, boolean variants) {
        String k = key(name);
        if (k.isEmpty()) {
            return;
        }
        append(byName, k, idx);
        String s = variants ? skeleton(k) : "";
        if (s.length() >= 3) {
            append(bySkeleton, s, idx);
        }
    }

    private static void append(Map<String, int[]> map, String k, int idx) {
        int[] old = map.get(k);
        if (old == null) {
            map.put(k, new int[] {idx});
        } else if (old[old.length - 1] != idx) {
            int[] n = Arrays.copyOf(old, old.length + 1);
            n[old.length] = idx;
            map.put(k, n);
        }
    }

    private void readGazetteer(Countries countries) {
        try (BufferedReader r = reader("gazetteer.tsv.gz", true)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String iso3 = countries.byIso2(f[6]).map(Country::iso3).orElse(null);
                Entry e = new Entry(f[0].isEmpty() ? null : Long.valueOf(f[0]), f[1], iso3, f[7].isEmpty() ? null : f[7],
                        Double.parseDouble(f[3]), Double.parseDouble(f[4]), f[5], Long.parseLong(f[8]));
                add(e, f[2].isEmpty() ? List.of() : Arrays.asList(f[2].split(";")));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void readRegions(Countries countries) {
        try (BufferedReader r = reader("regions.tsv", false)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("name\t") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String iso3 = countries.byIso2(f[2].trim()).map(Country::iso3).orElse(null);
                Entry e = new Entry(null, f[0], iso3, null, Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                        f[5].trim(), 0);
                add(e, f[1].isBlank() ? List.of() : Arrays.asList(f[1].split(";")));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Abbreviations ("Ky.", "D.C.", "L.A."), indexed to the region, else the biggest place, of that name. */
    private void readAliases(Countries countries) {
        try (BufferedReader r = reader("aliases.tsv", false)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String iso3 = countries.byIso2(f[1]).map(Country::iso3).orElse(null);
                int[] ids = byName.get(key(f[2]));
                int target = -1;
                for (int i : ids == null ? new int[0] : ids) {
                    Entry e = entries.get(i);
                    if (!java.util.Objects.equals(iso3, e.country()) || !key(e.name()).equals(key(f[2]))) {
                        continue;
                    }
                    // The region of that name, else the biggest place of that name.
                    if (target < 0 || "ADM1".equals(e.kind()) && !"ADM1".equals(entries.get(target).kind())
                            || !"ADM1".equals(entries.get(target).kind()) && e.population() > entries.get(target).population()) {
                        target = i;
                    }
                }
                if (target >= 0) {
                    append(byName, key(f[0]), target);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static BufferedReader reader(String resource, boolean gzip) throws IOException {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("resource missing: " + resource);
        }
        return new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in, 1 << 16) : in,
                StandardCharsets.UTF_8), 1 << 16);
    }
}
