package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.Countries;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.model.Analysis;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Layer;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.pipeline.Stage;

/**
 * Resolves the article's toponyms ({@link ToponymFinder}) against the {@link Gazetteer}. Each distinct name
 * is resolved once per article: a first pass ranks candidates by kind and population alone, which gives
 * the article's focus (countries and first-level regions weighted by how often they are named); two further passes
 * add that focus and how well the other names fit each reading. A name the gazetteer lacks takes the point
 * of the place the article is about, without a gazetteer id. Place entities without a country take the
 * country of their resolved place.
 */
public final class Geocoder implements Stage {

    private static final double EARTH_KM = 6371.0;
    /** Context passes after the first: each re-ranks with the focus the previous one gave. */
    private static final int CONTEXT_PASSES = 2;
    /** Weight of a country reading for a name listed with a name read as a country. */
    private static final double LISTED_WITH_COUNTRY = 8;

    private final Gazetteer gazetteer;
    private final Countries countries;
    private final ToponymFinder finder;

    public Geocoder() {
        this(Gazetteer.load(), Countries.load());
    }

    public Geocoder(Gazetteer gazetteer, Countries countries) {
        this.gazetteer = gazetteer;
        this.countries = countries;
        this.finder = new ToponymFinder(gazetteer, countries);
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.MENTIONS, Layer.ENTITIES, Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.PLACES, Layer.ENTITIES);
    }

    @Override
    public Analysis apply(Analysis in) {
        List<Toponym> toponyms = finder.find(in).stream().map(this::resolvable).toList();
        Map<String, List<Gazetteer.Entry>> candidates = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Boolean> designated = new HashMap<>();
        for (Toponym t : toponyms) {
            String k = key(t.name());
            candidates.computeIfAbsent(k, x -> candidatesOf(t.name()));
            counts.merge(k, 1, Integer::sum);
            designated.merge(k, t.designated(), Boolean::logicalOr);
        }
        Map<String, Gazetteer.Entry> first = new HashMap<>();
        candidates.forEach((k, cs) -> first.put(k, best(cs, null, k, designated.get(k))));
        Map<String, Gazetteer.Entry> chosen = first;
        Map<String, Set<String>> partners = coordinated(in.text(), toponyms);
        for (int pass = 0; pass < CONTEXT_PASSES; pass++) {
            Context context = Context.of(chosen, counts, candidates, partners);
            Map<String, Gazetteer.Entry> next = new HashMap<>();
            candidates.forEach((k, cs) -> next.put(k, best(cs.isEmpty() ? variants(k, context) : cs, context, k,
                    designated.get(k))));
            chosen = next;
        }

        Gazetteer.Entry focus = focus(chosen, counts);
        List<Place> places = new ArrayList<>();
        for (Toponym t : toponyms) {
            Gazetteer.Entry e = chosen.get(key(t.name()));
            if (e != null) {
                places.add(new Place(t.span(), e.name(), e.country(), e.lat(), e.lon(), e.geonameid()));
            } else if (focus != null && !t.adjective()) {
                // A local name the gazetteer lacks (a township, a river, a neighbourhood) lies, most likely,
                // where the article is: it takes the focus point, with no gazetteer id.
                places.add(new Place(t.span(), t.name(), focus.country(), focus.lat(), focus.lon(), null));
            } else {
                places.add(new Place(t.span(), t.name(), null, null, null, null));
            }
        }
        places.sort((a, b) -> a.span().compareTo(b.span()));
        return in.withPlaces(places).withEntities(withCountries(in, places, countries));
    }

    /**
     * The place the article is about: its most often named town or county, else its most often named
     * first-level region; null when it names neither.
     */
    private static Gazetteer.Entry focus(Map<String, Gazetteer.Entry> chosen, Map<String, Integer> counts) {
        Gazetteer.Entry best = null;
        int bestCount = 0;
        for (boolean local : new boolean[] {true, false}) {
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                Gazetteer.Entry e = chosen.get(c.getKey());
                if (e == null || e.isCountry() || e.geonameid() == null && !"ADM1".equals(e.kind())
                        && !"ADM2".equals(e.kind())) {
                    continue;
                }
                boolean isLocal = !"ADM1".equals(e.kind());
                if (isLocal == local && c.getValue() > bestCount) {
                    best = e;
                    bestCount = c.getValue();
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /**
     * Place entities without a country take the country of a place resolved at one of their mentions; one
     * whose name named a country the article resolved to a place elsewhere takes that place's country.
     */
    private static List<Entity> withCountries(Analysis in, List<Place> places, Countries countries) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : in.entities()) {
            String country = e.country();
            if (country != null && e.type() == EntityType.LOCATION) {
                for (Mention m : e.mentions()) {
                    String placed = PlacedCountry.of(countries, in, places, m.span(), e.country());
                    if (!placed.equals(e.country())) {
                        country = placed;
                    }
                }
            }
            if (country == null && e.type() == EntityType.LOCATION) {
                for (Mention m : e.mentions()) {
                    for (Place p : places) {
                        if (country == null && p.country() != null && p.span().overlaps(m.span())) {
                            country = p.country();
                        }
                    }
                }
            }
            out.add(country == null ? e : e.withCountry(country));
        }
        return out;
    }

    /** What may join two names of one list: a comma, "and"/"or", or both. */
    private static final java.util.regex.Pattern JOIN =
            java.util.regex.Pattern.compile("\\s*(,|,?\\s+(and|or))\\s+");

    /**
     * Names coordinated with each other ("Jordan and Lebanon", "Iran, Iraq or Syria", "between X and Y"),
     * by key. A run of names joined by commas counts only when "and"/"or" joins it somewhere, so that
     * "Springfield, Ill." is no list.
     */
    static Map<String, Set<String>> coordinated(String text, List<Toponym> toponyms) {
        Map<String, Set<String>> out = new HashMap<>();
        List<Toponym> sorted = toponyms.stream().sorted((a, b) -> a.span().compareTo(b.span())).toList();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            boolean conjunction = false;
            while (j + 1 < sorted.size()) {
                int from = sorted.get(j).span().end();
                int to = sorted.get(j + 1).span().begin();
                if (from > to) {
                    break;
                }
                java.util.regex.Matcher m = JOIN.matcher(text.substring(from, to));
                if (!m.matches()) {
                    break;
                }
                conjunction |= m.group(2) != null;
                j++;
            }
            if (conjunction) {
                for (int a = i; a <= j; a++) {
                    for (int b = i; b <= j; b++) {
                        String ka = key(sorted.get(a).name());
                        String kb = key(sorted.get(b).name());
                        if (!ka.equals(kb)) {
                            out.computeIfAbsent(ka, x -> new java.util.HashSet<>()).add(kb);
                        }
                    }
                }
            }
            i = j + 1;
        }
        return out;
    }

    private List<Gazetteer.Entry> candidatesOf(String name) {
        return gazetteer.lookup(name);
    }

    /**
     * Spelling variants of a name the gazetteer does not hold, kept only in countries the rest of the article
     * is about and near another place it names, so that a transliteration ("Kelbajar") finds its place but
     * not a namesake elsewhere.
     */
    private List<Gazetteer.Entry> variants(String key, Context ctx) {
        if (key.length() < 6 || key.contains(" ")) {
            return List.of();
        }
        return gazetteer.lookupVariants(key).stream()
                .filter(e -> e.country() != null && ctx.countryShare(e.country(), key) >= 0.2
                        && support(e, ctx, key) > 0).toList();
    }

    private static final int MIN_PART_POPULATION = 1000;

    /** Whether all words outside {@code [from, to)} are generic words around a place name, or numbers. */
    private static boolean onlyAround(String name, List<int[]> words, int from, int to) {
        for (int i = 0; i < words.size(); i++) {
            if (i >= from && i < to) {
                continue;
            }
            String w = name.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT).replace(".", "");
            if (!AROUND.contains(w) && !w.matches("\\d+")) {
                return false;
            }
        }
        return true;
    }
    /** Heads of natural features the gazetteer lacks: "Star Lake" must not become the town of Star. */
    private static final java.util.Set<String> FEATURE_HEADS = java.util.Set.of("lake", "lakes", "river", "creek",
            "mountain", "mountains", "mount", "island", "islands", "bay", "park", "valley", "forest", "hill", "hills",
            "falls", "pond", "reservoir", "canyon", "beach", "springs", "trail");
    /** Words that may follow or precede a place name inside a longer name: "Douglas County Hospital". */
    private static final java.util.Set<String> AROUND = java.util.Set.of("road", "highway", "hospital", "city",
            "police", "department", "school", "schools", "street", "avenue", "drive", "mall", "center", "centre",
            "airport", "station", "church", "university", "college", "downtown", "metro", "area", "sheriff",
            "office", "fire", "north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast",
            "northern", "southern", "eastern", "western", "central", "sub", "saharan", "greater", "county", "state",
            "district", "township", "board", "court", "courthouse", "jail", "library", "council", "region", "metropolitan");
    /** Words that name no place alone. */
    static final java.util.Set<String> GENERIC = java.util.Set.of("republic", "islamic", "democratic",
            "people", "county", "city", "state", "states", "north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "new", "saint", "st", "upper", "lower", "greater", "united", "federal");

    /**
     * A toponym the gazetteer does not know as a whole may hold one it knows: "Otter Tail County Road 80",
     * "DFL-Minneapolis", "Northwest D.C.". The longest capitalised run of words (split at spaces and
     * hyphens) naming a region or a place of some size stands for it, leftmost first.
     */
    private Toponym resolvable(Toponym t) {
        if (!gazetteer.lookup(t.name()).isEmpty()) {
            return t;
        }
        String name = t.name();
        String[] all = name.toLowerCase(Locale.ROOT).split("[\\s-]+");
        if (FEATURE_HEADS.contains(all[all.length - 1])) {
            return t;
        }
        List<int[]> words = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[^\\s-]+").matcher(name);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        int offset = t.span().begin();
        for (int[] w : words) {
            String part = name.substring(w[0], w[1]);
            if (countries.match(part).isPresent() && !gazetteer.lookup(part).isEmpty()) {
                return new Toponym(new org.sitrep.model.Span(offset + w[0], offset + w[1]), part, t.designated(), true);
            }
        }
        for (int len = words.size() - 1; len >= 1; len--) {
            for (int i = 0; i + len <= words.size(); i++) {
                int b = words.get(i)[0];
                int e = words.get(i + len - 1)[1];
                String part = name.substring(b, e);
                if (part.length() < 2 || !Character.isUpperCase(part.charAt(0))
                        || GENERIC.contains(Gazetteer.key(part))) {
                    continue;
                }
                boolean hyphen = (b > 0 && name.charAt(b - 1) == '-') || (e < name.length() && name.charAt(e) == '-');
                if (!hyphen && !onlyAround(name, words, i, i + len)) {
                    continue;
                }
                boolean known = gazetteer.lookup(part).stream()
                        .anyMatch(x -> x.isRegion() || x.population() >= MIN_PART_POPULATION);
                if (known && b + offset >= 0 && offset + e <= t.span().end()) {
                    return new Toponym(new org.sitrep.model.Span(offset + b, offset + e), part, t.designated(),
                            t.adjective());
                }
            }
        }
        return t;
    }

    private static String key(String name) {
        return Countries.fold(name);
    }

    /**
     * What the article is about: how often each country and first-level region is named by the first-pass
     * choices, and those choices. Shares for one name leave that name out, so a name cannot vote for itself.
     */
    record Context(Map<String, Double> countries, Map<String, Double> admin1s, double total, double totalAdmin,
                   Map<String, Gazetteer.Entry> resolved, Map<String, Integer> counts,
                   Map<String, List<Gazetteer.Entry>> candidates, Map<String, Set<String>> partners) {

        static Context of(Map<String, Gazetteer.Entry> first, Map<String, Integer> counts,
                          Map<String, List<Gazetteer.Entry>> candidates, Map<String, Set<String>> partners) {
            Map<String, Double> country = new HashMap<>();
            Map<String, Double> admin1 = new HashMap<>();
            double total = 0;
            double totalAdmin = 0;
            for (Map.Entry<String, Gazetteer.Entry> e : first.entrySet()) {
                Gazetteer.Entry g = e.getValue();
                if (g == null || g.country() == null) {
                    continue;
                }
                int n = counts.getOrDefault(e.getKey(), 1);
                country.merge(g.country(), (double) n, Double::sum);
                total += n;
                String a1 = admin1Of(g);
                if (a1 != null) {
                    admin1.merge(a1, (double) n, Double::sum);
                    totalAdmin += n;
                }
            }
            return new Context(country, admin1, total, totalAdmin, first, counts, candidates, partners);
        }

        /** Whether a name listed with this one was read as a country. */
        boolean listedWithCountry(String key) {
            for (String p : partners.getOrDefault(key, Set.of())) {
                Gazetteer.Entry g = resolved.get(p);
                if (g != null && g.isCountry()) {
                    return true;
                }
            }
            return false;
        }

        private double own(String key, String what, boolean admin) {
            Gazetteer.Entry g = resolved.get(key);
            if (g == null || g.country() == null) {
                return 0;
            }
            String mine = admin ? admin1Of(g) : g.country();
            return what.equals(mine) ? counts.getOrDefault(key, 1) : 0;
        }

        private double ownTotal(String key, boolean admin) {
            Gazetteer.Entry g = resolved.get(key);
            if (g == null || g.country() == null || admin && admin1Of(g) == null) {
                return 0;
            }
            return counts.getOrDefault(key, 1);
        }

        double countryShare(String country, String key) {
            double rest = total - ownTotal(key, false);
            return rest <= 0 ? 0 : (countries.getOrDefault(country, 0.0) - own(key, country, false)) / rest;
        }

        double admin1Share(String admin1, String key) {
            double rest = totalAdmin - ownTotal(key, true);
            return rest <= 0 ? 0 : (admin1s.getOrDefault(admin1, 0.0) - own(key, admin1, true)) / rest;
        }
    }

    private static String admin1Of(Gazetteer.Entry g) {
        String a1 = "ADM1".equals(g.kind()) ? g.name() : g.admin1();
        return a1 == null || g.country() == null ? null : g.country() + "/" + a1;
    }

    private Gazetteer.Entry best(List<Gazetteer.Entry> cs, Context context, String key, boolean designated) {
        Gazetteer.Entry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Gazetteer.Entry c : cs) {
            double s = prior(c, designated, key) + (context == null ? 0 : contextScore(c, context, key));
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * How likely an entry is what a bare name means, before context: countries and first-level regions over
     * namesake towns, bigger places over smaller ones, and the entry's own name over an old or foreign one.
     */
    private static double prior(Gazetteer.Entry c, boolean designated, String key) {
        double s = Math.log10(c.population() + 1);
        switch (c.kind()) {
            case "PCLI", "PCLS", "PCLD", "PCLF", "PCL" -> s += 12;
            case "ADM1" -> s += Gazetteer.key(c.name()).equals(Gazetteer.key(key)) ? 9 : 7;
            case "ADM2" -> s += 5;
            case "PPLC" -> s += 4;
            case "PPLA" -> s += 1;
            case "PPLA2" -> s += 0.5;
            default -> {
                if (c.geonameid() == null) {
                    s += 9; // hand-written regions name what news means by the name
                }
            }
        }
        if (designated && c.isRegion()) {
            s += 6;
        }
        if (Gazetteer.key(c.name()).equals(Gazetteer.key(key))) {
            s += 2;
        }
        return s;
    }

    private static double contextScore(Gazetteer.Entry c, Context ctx, String key) {
        double s = 0;
        if (c.country() != null) {
            s += 6 * ctx.countryShare(c.country(), key);
            String a1 = admin1Of(c);
            if (a1 != null) {
                s += 4 * ctx.admin1Share(a1, key);
            }
        }
        s += 8 * support(c, ctx, key);
        if (c.isCountry() && ctx.listedWithCountry(key)) {
            // Names listed together are alike: "exports to Jordan and Lebanon" names two countries even in a
            // story from near Lebanon, Illinois.
            s += LISTED_WITH_COUNTRY;
        }
        return s;
    }

    /**
     * How well the other names of the article fit this reading: for each other name, its best-fitting
     * reading — inside this region, containing this place, or near it — averaged over the other names.
     * Countries and continents are too large to say anything about nearness and are left out.
     */
    private static double support(Gazetteer.Entry c, Context ctx, String key) {
        if (c.isCountry() || "CONT".equals(c.kind())) {
            return 0;
        }
        double sum = 0;
        int names = 0;
        for (Map.Entry<String, List<Gazetteer.Entry>> other : ctx.candidates().entrySet()) {
            if (other.getKey().equals(key) || other.getValue().isEmpty()) {
                continue;
            }
            double best = 0;
            boolean informative = false;
            for (Gazetteer.Entry e : other.getValue()) {
                if (e.isCountry() || "CONT".equals(e.kind())) {
                    continue;
                }
                informative = true;
                best = Math.max(best, trust(e, other.getKey()) * fit(c, e));
                if (best >= 1) {
                    break;
                }
            }
            if (informative) {
                sum += best;
                names++;
            }
        }
        return names == 0 ? 0 : trust(c, key) * sum / names;
    }

    /**
     * A town read through an old or foreign name ("Harrisburg" is also Englewood, Ohio) counts half in
     * nearness: two such namesakes near each other must not outweigh places known by their own names.
     */
    private static double trust(Gazetteer.Entry e, String key) {
        return e.isRegion() || Gazetteer.key(e.name()).equals(Gazetteer.key(key)) ? 1 : 0.5;
    }

    private static double fit(Gazetteer.Entry c, Gazetteer.Entry e) {
        if (c.country() != null && c.country().equals(e.country())) {
            if ("ADM1".equals(e.kind()) && e.name().equals(c.admin1())
                    || "ADM1".equals(c.kind()) && c.name().equals(e.admin1())) {
                return 1;
            }
        }
        if ("ADM1".equals(c.kind()) || "ADM1".equals(e.kind())) {
            return 0;
        }
        double d = km(c.lat(), c.lon(), e.lat(), e.lon());
        return d < 50 ? 1 : d < 150 ? 0.7 : d < 400 ? 0.35 : 0;
    }

    /** Great-circle distance in kilometres. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
