package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.knowledge.Countries;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.model.Analysis;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Finds the stretches of text that name places: place-name mentions; nationality adjectives and country
 * names the tagger left untyped ("Russian" names Russia), unless a person of the article has the word as
 * surname ("Monica French … French said"); and the place name that opens an organisation's
 * name ("Shreveport Police Department", "Rapides Parish Fire District") when that name is a place the
 * article names elsewhere, a country, or a first- or second-level division. A lone word the tagger took
 * for a person or a body ("Mansfield Mayor Curtis McCoy" tags "Mansfield" PERSON) is a place when the
 * gazetteer holds a town of that name, no person of the article has it as surname, and somewhere in the
 * article the word is used as a place: after "in", "at", "near"… or before "mayor", "police", "residents"….
 * Beyond the tagger: a dateline in capitals, a country or first-level region inside a body's name, a town
 * opening a body's name near another place of the story, and every other occurrence of a name found as a
 * place once (one sense per article).
 */
final class ToponymFinder {

    private static final Set<String> DESIGNATORS = Set.of("region", "regions", "province", "provinces", "district",
            "districts", "oblast", "county", "parish", "prefecture", "governorate", "municipality", "krai", "raion",
            "rayon", "area", "state");
    private static final int MAX_PREFIX = 3;
    private static final int MIN_TOWN = 1000;
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "outside", "inside", "into",
            "across", "around", "throughout", "toward", "towards", "downtown");
    private static final Set<String> PLACE_NEXT = Set.of("mayor", "police", "city", "council", "county", "township",
            "residents", "resident", "area", "officials", "schools", "school", "hospital", "fire", "sheriff",
            "airport", "region", "district", "province", "governor", "municipality", "village", "town", "-based");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen",
            "president", "judge", "coach", "officer", "sgt", "lt", "capt", "col", "prof", "rev", "sir", "lord");

    private final Gazetteer gazetteer;
    private final Countries countries;

    ToponymFinder(Gazetteer gazetteer, Countries countries) {
        this.gazetteer = gazetteer;
        this.countries = countries;
    }

    List<Toponym> find(Analysis a) {
        List<Toponym> out = new ArrayList<>();
        Set<String> placeNames = new HashSet<>();
        for (Mention m : a.mentions()) {
            if (m.kind() == Mention.Kind.NAME && m.type() == EntityType.LOCATION) {
                placeNames.add(Countries.fold(clean(a.textOf(m.span()))));
            }
        }
        Set<String> surnames = new HashSet<>();
        for (Mention m : a.mentions()) {
            String[] w = clean(a.textOf(m.span())).split(" ");
            if (m.kind() == Mention.Kind.NAME && m.type() == EntityType.PERSON && w.length > 1) {
                surnames.add(Countries.fold(w[w.length - 1]));
            }
        }
        for (Mention m : a.mentions()) {
            String text = clean(a.textOf(m.span()));
            if (m.kind() == Mention.Kind.NAME && m.type() == EntityType.PERSON && lonePlace(a, m, text, surnames)) {
                placeNames.add(Countries.fold(text));
            }
        }
        List<Mention> bodies = new ArrayList<>();
        for (Mention m : a.mentions()) {
            if (m.kind() != Mention.Kind.NAME) {
                continue;
            }
            String text = clean(a.textOf(m.span()));
            boolean lone = !text.contains(" ") && lonePlace(a, m, text, surnames);
            if (m.type() == EntityType.PERSON && lone
                    || m.type() == EntityType.ORGANIZATION && lone && placeNames.contains(Countries.fold(text))) {
                out.add(new Toponym(m.span(), text, designated(a, m.span()), false));
            } else if (m.type() == EntityType.LOCATION) {
                out.add(new Toponym(m.span(), abbreviated(a, m.span(), text), designated(a, m.span()), false));
            } else if (m.type() == EntityType.MISC) {
                boolean country = countries.match(text)
                        .map(x -> x.how() == Countries.How.ADJECTIVE || x.how() == Countries.How.NAME).orElse(false);
                if (country && !surnames.contains(Countries.fold(text))) { // "French said", of Monica French
                    out.add(new Toponym(m.span(), text, false, true));
                }
            } else if (m.type() == EntityType.ORGANIZATION) {
                Toponym t = prefix(a, m, placeNames);
                if (t != null) {
                    out.add(t);
                } else {
                    bodies.add(m);
                }
            }
        }
        List<Toponym> towns = new ArrayList<>();
        for (Mention m : bodies) {
            Toponym t = townPrefix(a, m, out);
            if (t != null) {
                towns.add(t);
            }
            for (Toponym r : regionsInside(a, m)) {
                if (t == null || !t.span().overlaps(r.span())) {
                    towns.add(r);
                }
            }
        }
        out.addAll(towns);
        for (Toponym t : datelines(a)) {
            if (out.stream().noneMatch(o -> o.span().overlaps(t.span()))) {
                out.add(t);
            }
        }
        out.addAll(repeats(a, out, surnames));
        out.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    /**
     * One sense per article: a name found as a place once is a place wherever else it stands, as written or
     * in capitals, when the tagger left it untyped or put it in a body's name ("Dublin Arts Council") — but
     * not inside a person's name, nor where a person of the article has it as surname; and only names the
     * gazetteer knows that the article does not also use as a common word.
     */
    private List<Toponym> repeats(Analysis a, List<Toponym> found, Set<String> surnames) {
        List<Span> taken = new ArrayList<>();
        found.forEach(t -> taken.add(t.span()));
        for (Mention m : a.mentions()) {
            if (m.kind() == Mention.Kind.NAME && m.type() == EntityType.PERSON) {
                taken.add(m.span());
            }
        }
        Set<String> names = new HashSet<>();
        List<Toponym> out = new ArrayList<>();
        for (Toponym t : found) {
            String name = t.name();
            if (t.adjective() || name.length() < 2 || surnames.contains(Countries.fold(name)) || !names.add(name)
                    || gazetteer.lookup(name).isEmpty() || commonWord(a, name)) {
                continue;
            }
            String upper = name.toUpperCase(Locale.ROOT);
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}.])(?:" + Pattern.quote(name)
                    + (upper.equals(name) ? "" : "|" + Pattern.quote(upper)) + ")(?![\\p{L}\\p{N}]|\\.\\p{L})");
            Matcher m = p.matcher(a.text());
            while (m.find()) {
                Span s = new Span(m.start(), m.end());
                if (taken.stream().noneMatch(x -> x.overlaps(s))) {
                    taken.add(s);
                    out.add(new Toponym(s, name, designated(a, s), false));
                }
            }
        }
        return out;
    }

    private static final Pattern DATELINE = Pattern.compile(
            "(?:^|(?<=[.!?\"”’:]\\s{1,3})|(?<=\n))(\\p{Lu}[\\p{Lu}.'’]*(?: \\p{Lu}[\\p{Lu}.'’]*){0,3})"
                    + "(?=(?:,\\s*[\\p{L}.' ]{2,20})?\\s*(?:\\([^)]{1,30}\\)\\s*)?(?:-{1,3}|[—–])(?:\\s|\\p{L}))");

    /**
     * A dateline: a name in capitals opening the article or a paragraph or following a headline's end, then
     * perhaps ", State" and "(Agency)", then a dash ("MANSFIELD --", "MOSCOW (Reuters) —"). The tagger seldom
     * types words in capitals; the gazetteer decides whether the words name a place.
     */
    private List<Toponym> datelines(Analysis a) {
        List<Toponym> out = new ArrayList<>();
        Matcher m = DATELINE.matcher(a.text());
        while (m.find()) {
            String name = m.group(1);
            if (name.length() >= 3 && gazetteer.lookup(name).stream()
                    .anyMatch(e -> e.population() >= MIN_TOWN || e.isRegion())) {
                out.add(new Toponym(new Span(m.start(1), m.end(1)), name, false, false));
            }
        }
        return out;
    }

    /** Whether the name also stands in lower case in the text ("School", "Meadow"): a word, not a name. */
    private static boolean commonWord(Analysis a, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.equals(name) && Pattern.compile("(?<!\\p{L})" + Pattern.quote(lower) + "(?!\\p{L})")
                .matcher(a.text()).find();
    }

    /**
     * The name with the period that ends its sentence when, so written, it is an abbreviation the gazetteer
     * knows: "Philadelphia, Pa." leaves "Pa" to the tagger, and "Pa" alone is a town in China.
     */
    private String abbreviated(Analysis a, Span s, String text) {
        boolean period = s.end() < a.text().length() && a.text().charAt(s.end()) == '.';
        return period && text.length() <= 5 && !text.endsWith(".") && !gazetteer.lookup(text + ".").isEmpty()
                ? text + "." : text;
    }

    private boolean lonePlace(Analysis a, Mention m, String text, Set<String> surnames) {
        if (text.contains(" ") || text.length() < 3 || surnames.contains(Countries.fold(text))) {
            return false;
        }
        List<Token> before = a.tokens().subList(0, Math.max(0, firstToken(a, m.span())));
        if (!before.isEmpty() && TITLES.contains(before.get(before.size() - 1).word().replace(".", "").toLowerCase(Locale.ROOT))) {
            return false;
        }
        return usedAsPlace(a, text)
                && gazetteer.lookup(text).stream().anyMatch(e -> e.population() >= MIN_TOWN || e.isRegion());
    }

    /** Whether some occurrence of the one-word name follows a locative preposition or precedes a place noun. */
    private static boolean usedAsPlace(Analysis a, String word) {
        List<Token> ts = a.tokens();
        for (int i = 0; i < ts.size(); i++) {
            if (!ts.get(i).word().equalsIgnoreCase(word)) {
                continue;
            }
            if (i > 0 && LOCATIVE.contains(ts.get(i - 1).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (i + 1 < ts.size() && PLACE_NEXT.contains(ts.get(i + 1).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static int firstToken(Analysis a, Span s) {
        for (Token t : a.tokens()) {
            if (t.span().end() > s.begin()) {
                return t.index();
            }
        }
        return a.tokens().size();
    }

    private Toponym prefix(Analysis a, Mention m, Set<String> placeNames) {
        List<Token> ts = a.tokensIn(m.span());
        for (int k = Math.min(MAX_PREFIX, ts.size() - 1); k >= 1; k--) {
            boolean proper = true;
            for (int i = 0; i < k; i++) {
                proper &= ts.get(i).isProperNoun() || countries.match(ts.get(i).word()).isPresent();
            }
            if (!proper) {
                continue;
            }
            Span s = new Span(ts.get(0).span().begin(), ts.get(k - 1).span().end());
            String text = a.textOf(s);
            if (placeNames.contains(Countries.fold(text)) || countries.lookup(text).isPresent()
                    || gazetteer.lookup(text).stream().anyMatch(e -> e.kind().equals("ADM1") || e.kind().equals("ADM2"))) {
                return new Toponym(s, text, false, false);
            }
        }
        return null;
    }

    /**
     * The town that opens a body's name ("Parkers Prairie High School"): a populated place of the gazetteer
     * within {@value #NEAR_KM} km of a reading of another place the article names — a local body is named
     * after a town of the story's area — unless the article also uses the name as a common word.
     */
    private Toponym townPrefix(Analysis a, Mention m, List<Toponym> found) {
        List<Token> ts = a.tokensIn(m.span());
        for (int k = Math.min(MAX_PREFIX, ts.size() - 1); k >= 1; k--) {
            boolean proper = true;
            for (int i = 0; i < k; i++) {
                proper &= ts.get(i).isProperNoun() && Character.isUpperCase(ts.get(i).word().charAt(0));
            }
            if (!proper) {
                continue;
            }
            Span s = new Span(ts.get(0).span().begin(), ts.get(k - 1).span().end());
            String text = a.textOf(s);
            for (Gazetteer.Entry e : gazetteer.lookup(text)) {
                if (!e.isRegion() && e.population() >= MIN_TOWN && Gazetteer.key(e.name()).equals(Gazetteer.key(text))
                        && !commonWord(a, text) && near(e, found)) {
                    return new Toponym(s, text, false, false);
                }
            }
        }
        return null;
    }

    private static final double NEAR_KM = 50;

    /**
     * Countries and first-level regions named inside a body's name ("University of Pennsylvania", "Western
     * Pennsylvania Kennel Association"): the longest run of proper nouns that is exactly the name of one,
     * unless it is a generic word ("Central", "Western").
     */
    private List<Toponym> regionsInside(Analysis a, Mention m) {
        List<Token> ts = a.tokensIn(m.span());
        List<Toponym> out = new ArrayList<>();
        int i = 0;
        while (i < ts.size()) {
            int found = 0;
            for (int k = Math.min(MAX_PREFIX, ts.size() - i); k >= 1 && found == 0; k--) {
                boolean proper = true;
                for (int j = i; j < i + k; j++) {
                    proper &= ts.get(j).isProperNoun() && Character.isUpperCase(ts.get(j).word().charAt(0));
                }
                String text = a.textOf(new Span(ts.get(i).span().begin(), ts.get(i + k - 1).span().end()));
                String key = Gazetteer.key(text);
                if (proper && text.length() >= 4 && !Geocoder.GENERIC.contains(key) && gazetteer.lookup(text).stream()
                        .anyMatch(e -> (e.isCountry() || "ADM1".equals(e.kind())) && Gazetteer.key(e.name()).equals(key))) {
                    out.add(new Toponym(new Span(ts.get(i).span().begin(), ts.get(i + k - 1).span().end()), text,
                            false, false));
                    found = k;
                }
            }
            i += Math.max(1, found);
        }
        return out;
    }

    private boolean near(Gazetteer.Entry e, List<Toponym> found) {
        for (Toponym t : found) {
            if (t.adjective()) {
                continue;
            }
            for (Gazetteer.Entry c : gazetteer.lookup(t.name())) {
                if (!c.isCountry() && !"ADM1".equals(c.kind()) && !"CONT".equals(c.kind())
                        && Geocoder.km(e.lat(), e.lon(), c.lat(), c.lon()) < NEAR_KM) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean designated(Analysis a, Span s) {
        for (Token t : a.tokens()) {
            if (t.span().begin() >= s.end()) {
                return DESIGNATORS.contains(t.word().toLowerCase(Locale.ROOT)) && t.span().begin() - s.end() <= 1;
            }
        }
        return false;
    }

    static String clean(String s) {
        return s.replaceAll("\\s+", " ").replaceAll("[’']s$", "").trim();
    }
}
