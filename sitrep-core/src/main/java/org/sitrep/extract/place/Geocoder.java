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
 * the article's focus (countries and first-level regions weighted by how often they are named); a second
 * pass adds that focus and nearness to the other places named. Place entities without a country take the
 * country of their resolved place.
 */
public final class Geocoder implements Stage {

    private static final double EARTH_KM = 6371.0;

    private final Gazetteer gazetteer;
    private final ToponymFinder finder;

    public Geocoder() {
        this(Gazetteer.load(), Countries.load());
    }

    public Geocoder(Gazetteer gazetteer, Countries countries) {
        this.gazetteer = gazetteer;
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
        List<Toponym> toponyms = finder.find(in);
        Map<String, List<Gazetteer.Entry>> candidates = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Boolean> designated = new HashMap<>();
        for (Toponym t : toponyms) {
            String k = key(t.name());
            candidates.computeIfAbsent(k, x -> candidatesOf(t.name()));
            counts.merge(k, 1, Integer::sum);
            designated.merge(k, t.designated(), Boolean::logicalOr);
        }
        Map<String, Gazetteer.Entry> first = new HashMap<>();
        candidates.forEach((k, cs) -> first.put(k, best(cs, null, k, designated.get(k))));
        Context context = Context.of(first, counts);
        Map<String, Gazetteer.Entry> chosen = new HashMap<>();
        candidates.forEach((k, cs) -> chosen.put(k, best(cs, context, k, designated.get(k))));

        List<Place> places = new ArrayList<>();
        for (Toponym t : toponyms) {
            Gazetteer.Entry e = chosen.get(key(t.name()));
            places.add(e == null
                    ? new Place(t.span(), t.name(), null, null, null, null)
                    : new Place(t.span(), e.name(), e.country(), e.lat(), e.lon(), e.geonameid()));
        }
        places.sort((a, b) -> a.span().compareTo(b.span()));
        return in.withPlaces(places).withEntities(withCountries(in, places));
    }

    /** Place entities without a country take the country of a place resolved at one of their mentions. */
    private static List<Entity> withCountries(Analysis in, List<Place> places) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : in.entities()) {
            String country = e.country();
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

    private List<Gazetteer.Entry> candidatesOf(String name) {
        List<Gazetteer.Entry> cs = gazetteer.lookup(name);
        if (cs.isEmpty() && name.length() >= 6 && !name.contains(" ")) {
            cs = gazetteer.lookupVariants(name);
        }
        return cs;
    }

    private static String key(String name) {
        return Countries.fold(name);
    }

    /** The world-wide view of the article: weights of countries and regions, and the points already known. */
    record Context(Map<String, Double> countryShare, Map<String, Double> admin1Share,
                   Map<String, Gazetteer.Entry> resolved) {

        static Context of(Map<String, Gazetteer.Entry> first, Map<String, Integer> counts) {
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
                String a1 = "ADM1".equals(g.kind()) ? g.name() : g.admin1();
                if (a1 != null) {
                    admin1.merge(g.country() + "/" + a1, (double) n, Double::sum);
                    totalAdmin += n;
                }
            }
            double t = total;
            double ta = totalAdmin;
            country.replaceAll((k, v) -> v / t);
            admin1.replaceAll((k, v) -> v / ta);
            return new Context(country, admin1, first);
        }
    }

    private Gazetteer.Entry best(List<Gazetteer.Entry> cs, Context context, String key, boolean designated) {
        Gazetteer.Entry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Gazetteer.Entry c : cs) {
            double s = prior(c, designated) + (context == null ? 0 : contextScore(c, context, key));
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return best;
    }

    private static double prior(Gazetteer.Entry c, boolean designated) {
        double s = Math.log10(c.population() + 1);
        switch (c.kind()) {
            case "PCLI", "PCLS", "PCLD", "PCLF", "PCL" -> s += 8;
            case "ADM1" -> s += 6;
            case "ADM2" -> s += 4;
            case "PPLC" -> s += 2;
            case "PPLA" -> s += 1;
            case "PPLA2" -> s += 0.5;
            default -> {
                if (c.geonameid() == null) {
                    s += 6.5; // hand-written regions name what news means by the name
                }
            }
        }
        if (designated && c.isRegion()) {
            s += 6;
        }
        return s;
    }

    private static double contextScore(Gazetteer.Entry c, Context ctx, String key) {
        double s = 0;
        if (c.country() != null) {
            s += 6 * ctx.countryShare().getOrDefault(c.country(), 0.0);
            String a1 = "ADM1".equals(c.kind()) ? c.name() : c.admin1();
            if (a1 != null) {
                s += 4 * ctx.admin1Share().getOrDefault(c.country() + "/" + a1, 0.0);
            }
        }
        double nearest = Double.MAX_VALUE;
        for (Map.Entry<String, Gazetteer.Entry> e : ctx.resolved().entrySet()) {
            Gazetteer.Entry o = e.getValue();
            if (o == null || e.getKey().equals(key) || o.isCountry() || "CONT".equals(o.kind())) {
                continue;
            }
            nearest = Math.min(nearest, km(c.lat(), c.lon(), o.lat(), o.lon()));
        }
        if (nearest < 50) {
            s += 3;
        } else if (nearest < 150) {
            s += 2;
        } else if (nearest < 400) {
            s += 1;
        }
        return s;
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
