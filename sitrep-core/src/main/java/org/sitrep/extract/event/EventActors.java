package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.actor.ActorCode;
import org.sitrep.extract.actor.ActorCoder;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.model.Analysis;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Codes an event's argument phrases as actors (country + sector): the actor coder's reading of the phrase,
 * completed from the clause and the story when it names no country. Immutable and thread-safe.
 */
final class EventActors {

    private final ActorCoder codes;
    private final Gazetteer gazetteer;

    private final Set<String> ethnic;

    /** {@code ethnic}: words that mark a people by origin, not by state ("ethnic Albanians"). */
    EventActors(ActorCoder codes, Gazetteer gazetteer, Set<String> ethnic) {
        this.codes = codes;
        this.gazetteer = gazetteer;
        this.ethnic = ethnic;
    }

    /**
     * Actors for argument heads. Codes come from the actor coder; an actor it leaves without a country gets one
     * from, in order: an earlier phrase with the same head noun ("the peacekeepers" after "Russian
     * peacekeepers"), the countries in the story for "the parties"/"the sides", a pronoun's antecedent in the
     * sentence, and for a sector without a country ("police", "the president") the counterpart's country, the
     * place's, or the first country named in the sentence (PLOVER codes domestic actors by their setting).
     */
    List<Event.Actor> actors(Clause c, List<Integer> heads, List<Integer> others, Span place, boolean verbal) {
        Set<String> otherCountries = new java.util.HashSet<>();
        for (int o : others) {
            String oc = country(actor(c, Arguments.isPronoun(c, o) ? c.token(o).span() : c.phrase(o)).code());
            // (the counterpart's own code, before any context; enough to tell domestic from foreign)
            if (oc != null) {
                otherCountries.add(oc);
            }
        }
        List<Event.Actor> out = new ArrayList<>();
        for (int head : heads) {
            int h = partitive(c, head);
            boolean pronoun = Arguments.isPronoun(c, h);
            Span s = pronoun ? c.token(h).span() : c.phrase(h);
            Event.Actor x = pronoun ? actor(c, s) : nominal(c, h, s);
            if (country(x.code()) != null) {
                String home = plural(c, h) ? residence(c, h, country(x.code())) : null;
                if (home == null && place != null && PEOPLES.contains(c.lemma(h))) {
                    // "the Albanian population of the province", "the Serb minority" in a place: a people, not
                    // its state (PLOVER codes it by where the event happens)
                    home = country(placeActor(c, place).code());
                }
                if (home == null && ethnicGroup(c, h)) {
                    // PLOVER codes an ethnic group by the state it lives in: where the event happens, else the
                    // state it deals with ("ethnic Turks … protest against Sweden's decision").
                    home = place != null ? country(placeActor(c, place).code())
                            : otherCountries.stream().sorted().findFirst().orElse(null);
                }
                out.add(home == null ? x : new Event.Actor(s, x.entity(), home + (x.sector() == null ? "" : x.sector()),
                        x.sector()));
                continue;
            }
            if (pronoun) {
                out.add(antecedent(c, h, x, otherCountries));
                continue;
            }
            if (parties(c, h)) {
                List<String> parties = storyCountries(c, h, otherCountries);
                if (parties.size() >= 2) {
                    for (String country : parties.subList(0, 2)) {
                        out.add(new Event.Actor(s, x.entity(), country, null));
                    }
                    continue;
                }
            }
            String country = c.token(h).isProperNoun() ? null : earlierCountry(c, h);
            // "the Kifaya group", "Ibo elders": a described local actor; an unknown name ("Hamas") is not guessed.
            boolean uncoded = x.code() == null && !pronoun && !c.token(h).isProperNoun() && !Arguments.person(c, s);
            if (country == null && x.sector() != null && !INTERNATIONAL.contains(x.sector())) {
                // "the Colombian government and the FARC rebels signed …": a sector joined to a coded party shares
                // its country (a domestic pair), before any venue or counterpart
                country = siblingCountry(c, h, heads);
            }
            if (country == null && (x.sector() != null && !INTERNATIONAL.contains(x.sector()) || uncoded)) {
                // A government acting in words is too often foreign to its counterpart to borrow its country;
                // it takes the sentence's other country instead ("Tutu called for sanctions against Nigeria").
                boolean foreign = verbal && "GOV".equals(x.sector());
                if (!verbal && place != null) {
                    country = country(placeActor(c, place).code()); // victims of violence are where it happens
                }
                if (!foreign && country == null) {
                    country = otherCountries.stream().sorted().findFirst().orElse(null);
                }
                if (country == null && place != null) {
                    country = country(placeActor(c, place).code());
                }
                if (country == null) {
                    country = sentenceCountry(c, foreign ? otherCountries : Set.of());
                }
            }

            out.add(country == null ? x : new Event.Actor(s, x.entity(), country + (x.sector() == null ? "" : x.sector()),
                    x.sector()));
        }
        return out;
    }

    /**
     * A noun phrase coded by its own words first ("a Karen guerrilla stronghold" before "… on the Thai
     * border"): the head with its determiners, modifiers and possessor; the whole phrase only when those name
     * no country.
     */
    private Event.Actor nominal(Clause c, int h, Span phrase) {
        Span core = c.core(h);
        Event.Actor own = actor(c, core);
        if (country(own.code()) != null) {
            return new Event.Actor(phrase, own.entity(), own.code(), own.sector());
        }
        if (!c.token(h).isProperNoun() && !parties(c, h)) {
            // "the country's peacekeepers in Nagorno-Karabakh" after "Russian peacekeepers": the same people
            String earlier = earlierCountry(c, h);
            if (earlier != null) {
                return new Event.Actor(phrase, own.entity(), earlier + (own.sector() == null ? "" : own.sector()),
                        own.sector());
            }
        }
        // What lies "near the Thai border" or "on the frontier" is not thereby Thai.
        Event.Actor within = actor(c, c.phraseWithout(h, SPATIAL));
        String ctry = country(within.code());
        if (own.sector() != null && ctry != null) {
            // "20 fighters in Borno state": the head's words give the sector, the wider phrase only the country
            return new Event.Actor(phrase, within.entity(), ctry + own.sector(), own.sector());
        }
        return new Event.Actor(phrase, within.entity(), within.code(), within.sector());
    }

    private static final Set<String> PEOPLES = Set.of("population", "minority", "community", "diaspora");

    private static final Set<String> PARTS = Set.of("third", "half", "quarter", "some", "many", "most", "all", "none",
            "several", "few", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
            "ten", "tens", "score", "scores", "number", "majority", "minority", "part", "rest", "group", "each", "both");

    /** The people a quantity counts ("one third of the guerrillas" → "guerrillas"), else the head itself. */
    private static int partitive(Clause c, int h) {
        if (!PARTS.contains(c.lemma(h)) && !"CD".equals(c.token(h).pos())) {
            return h;
        }
        for (int k : c.children(h, "nmod")) {
            if ("of".equals(c.marker(k)) && c.token(k).isNoun() && !"CD".equals(c.token(k).pos())) {
                return k;
            }
        }
        return h;
    }

    /** The country named by the own words of a head coordinated with {@code h} among {@code heads}, or null. */
    private String siblingCountry(Clause c, int h, List<Integer> heads) {
        for (int o : heads) {
            boolean joined = c.head(o) == h && Clause.base(c.rel(o)).equals("conj")
                    || c.head(h) == o && Clause.base(c.rel(h)).equals("conj")
                    || c.head(h) >= 0 && c.head(h) == c.head(o) && Clause.base(c.rel(h)).equals("conj")
                    && Clause.base(c.rel(o)).equals("conj");
            if (o == h || !joined || Arguments.isPronoun(c, o)) {
                continue;
            }
            String ctry = country(codes.codeWords(c.analysis, c.core(o)).map(ActorCode::code).orElse(null));
            if (ctry != null) {
                return ctry;
            }
        }
        return null;
    }

    /** "the parties", "the sides": the story's two main countries, not one earlier phrase's. */
    private static boolean parties(Clause c, int h) {
        String lemma = c.lemma(h);
        return (lemma.equals("party") || lemma.equals("side")) && "NNS".equals(c.token(h).pos());
    }

    private static final Set<String> SPATIAL = Set.of("near", "on", "along", "across", "beyond", "off");

    /**
     * The source's own country as an implied target, grounded in the source phrase's word that names it
     * ("Syrian" in "a member of the Syrian parliament"), else in the whole phrase; null when it has none.
     */
    Event.Actor home(Clause c, Event.Actor source) {
        String ctry = country(source.code());
        if (ctry == null) {
            return null;
        }
        for (Token t : c.analysis.tokensIn(source.span())) {
            if (ctry.equals(country(codes.code(c.analysis, t.span()).map(ActorCode::code).orElse(null)))) {
                return new Event.Actor(t.span(), null, ctry, null);
            }
        }
        return new Event.Actor(source.span(), null, ctry, null);
    }

    private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "MNC", "IMG");

    /** The country part of a code; a bare sector is none (not "ETH": that is Ethiopia, not CAMEO's ethnic sector). */
    static String country(String code) {
        return code == null || code.length() < 3 || !Character.isUpperCase(code.charAt(0)) || code.length() == 3
                && Set.of("GOV", "MIL", "REB", "CVL", "IGO", "NGO", "MED", "BUS", "OPP", "COP", "JUD", "LEG", "EDU",
                "ELI", "POL", "LAB", "REF", "CRM", "SPY", "AGR", "HLH", "REL", "MOS", "UAF", "IMG", "MNC", "SEP",
                "JEW", "CHR", "HRI", "ENV", "PTY", "RAD", "INS", "MOD").contains(code) ? null : code.substring(0, 3);
    }

    Event.Actor actor(Clause c, Span s) {
        Analysis a = c.analysis;
        String entity = null;
        int best = -1;
        for (Mention m : a.mentions()) {
            if (m.entity() != null && s.overlaps(m.span()) && m.span().length() > best) {
                entity = m.entity();
                best = m.span().length();
            }
        }
        Optional<ActorCode> code = codes.code(a, s);
        if (code.isEmpty()) {
            code = codes.codeWords(a, s);
        }
        String joined = code.map(ActorCode::code).filter(x -> !x.isEmpty()).orElse(null);
        String sector = code.map(ActorCode::sector).orElse(null);
        if (country(joined) == null) {
            String where = country(placeActor(c, s).code()); // a region the coder does not know ("Nagorno-Karabakh")
            if (where != null) {
                joined = where + (sector == null ? "" : sector);
            }
        }
        return new Event.Actor(s, entity, joined, sector);
    }

    /**
     * A place taken as an actor: coded as a plain phrase, since "in Baku" names the place, not its government;
     * a place the coder does not know is looked up in the gazetteer (regions and countries before towns, then
     * the most populous).
     */
    Event.Actor placeActor(Clause c, Span place) {
        String country = codes.codeWords(c.analysis, place).map(ActorCode::country).orElse(null);
        if (country == null && c.analysis.has(Layer.PLACES)) {
            for (Place pl : c.analysis.places()) {
                if (place.contains(pl.span()) && pl.country() != null) {
                    country = pl.country(); // the geocoder's reading, which weighs the article's context
                    break;
                }
            }
        }
        if (country == null) {
            Gazetteer.Entry best = null;
            for (Mention m : c.analysis.mentions()) {
                if (m.type() != EntityType.LOCATION || !place.contains(m.span())) {
                    continue;
                }
                for (Gazetteer.Entry e : gazetteer.lookup(c.analysis.textOf(m.span()))) {
                    if (best == null || rank(e) > rank(best)) {
                        best = e;
                    }
                }
            }
            country = best == null ? null : best.country();
        }
        return new Event.Actor(place, null, country, null);
    }

    private static double rank(Gazetteer.Entry e) {
        return (e.isCountry() ? 2e10 : e.isRegion() && e.geonameid() == null ? 1e10 : 0) + e.population();
    }

    /** "it", "they", "he": the nearest earlier name in the sentence that fits, other than the counterpart. */
    private Event.Actor antecedent(Clause c, int h, Event.Actor x, Set<String> otherCountries) {
        String w = c.token(h).word().toLowerCase();
        boolean person = w.equals("he") || w.equals("she") || w.equals("him") || w.equals("her");
        if (w.equals("i") || w.equals("we") || w.equals("you") || w.equals("us") || w.equals("me")) {
            return x;
        }
        Span before = new Span(c.sentence.span().begin(), c.token(h).span().begin());
        Mention pick = null;
        String pickCode = null;
        for (Mention m : c.analysis.mentions()) {
            if (!before.contains(m.span()) || m.kind() == Mention.Kind.PRONOUN) {
                continue;
            }
            if (person && m.type() != EntityType.PERSON) {
                continue;
            }
            Event.Actor ax = actor(c, m.span());
            if (country(ax.code()) == null) {
                Span phrase = namePhrase(c, m.span()); // "King Hassan of Morocco"
                ax = phrase == null ? ax : actor(c, phrase);
            }
            String ctry = country(ax.code());
            if (!person && (ctry == null || otherCountries.contains(ctry))) {
                continue;
            }
            pick = m;
            pickCode = ax.code();
        }
        return pick == null ? x : new Event.Actor(x.span(), pick.entity(), pickCode, x.sector());
    }

    /** The phrase a name heads ("King Hassan of Morocco" for "King Hassan"), or null. */
    private static Span namePhrase(Clause c, Span name) {
        for (int i = c.firstToken(); i < c.endToken(); i++) {
            if (c.token(i).span().end() == name.end()) {
                Span p = c.phrase(i);
                return p.contains(name) && !p.equals(name) ? p : null;
            }
        }
        return null;
    }

    /** The country of the nearest earlier phrase with the same head noun ("Russian peacekeepers"). */
    private String earlierCountry(Clause c, int h) {
        String lemma = c.lemma(h);
        List<Token> toks = c.analysis.tokens();
        for (int i = h - 1, seen = 0; i >= 0 && seen < 600; i--, seen++) {
            Token tok = toks.get(i);
            String l = tok.lemma() == null ? tok.word().toLowerCase() : tok.lemma().toLowerCase();
            if (!l.equals(lemma)) {
                continue;
            }
            int from = Math.max(0, i - 3);
            while (from < i && toks.get(from).sentence() != tok.sentence()) {
                from++;
            }
            Span window = new Span(toks.get(from).span().begin(), tok.span().end());
            String ctry = country(codes.codeWords(c.analysis, window).map(ActorCode::code).orElse(null));
            if (ctry != null) {
                return ctry;
            }
        }
        return null;
    }

    /** The countries named most often in the article before {@code h}, excluding the counterpart's. */
    private List<String> storyCountries(Clause c, int h, Set<String> exclude) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        int end = c.token(h).span().begin();
        for (Mention m : c.analysis.mentions()) {
            if (m.span().end() > end) {
                break;
            }
            String ctry = country(codes.codeWords(c.analysis, m.span()).map(ActorCode::code).orElse(null));
            if (ctry != null && !exclude.contains(ctry)) {
                counts.merge(ctry, 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>(counts.keySet());
        out.sort((x, y) -> counts.get(y) - counts.get(x));
        return out;
    }

    private static boolean plural(Clause c, int h) {
        String pos = c.token(h).pos();
        return "NNS".equals(pos) || "NNPS".equals(pos);
    }

    /**
     * A people named by origin but placed elsewhere in their own phrase is coded by where they live, as PLOVER
     * does ("Ethnic Albanians in south Serbia" → SRB); null when the phrase places them nowhere else.
     */
    private String residence(Clause c, int h, String origin) {
        List<Integer> where = new ArrayList<>();
        for (int k : c.children(h, "nmod", "acl")) {
            if (c.token(k).isVerb()) {
                if (c.rel(k).equals("acl")) {
                    where.addAll(c.children(k, "obl")); // "guerrillas operating in Macedonia", not a relative clause
                }
            } else {
                where.add(k);
            }
        }
        for (int k : where) {
            String m = String.valueOf(c.marker(k));
            if (!(m.equals("in") || m.equals("of") || m.equals("from")) || !isPlace(c, k)) {
                continue; // "in their struggle against Israel" says nothing of where they live
            }
            String ctry = country(placeActor(c, c.phrase(k)).code());
            if (ctry != null && !ctry.equals(origin)) {
                return ctry;
            }
        }
        return null;
    }

    private boolean ethnicGroup(Clause c, int h) {
        for (int k : c.children(h)) {
            if (ethnic.contains(c.lemma(k))) {
                return true;
            }
            for (int j : c.children(k)) {
                if (ethnic.contains(c.lemma(j))) {
                    return true; // "ethnic Albanian guerrillas"
                }
            }
        }
        return false;
    }

    /** Whether the word heads a place name (a location mention or a geocoded place). */
    private static boolean isPlace(Clause c, int k) {
        Span s = c.token(k).span();
        for (Mention m : c.analysis.mentions()) {
            if (m.type() == EntityType.LOCATION && m.span().overlaps(s)) {
                return true;
            }
        }
        if (c.analysis.has(Layer.PLACES)) {
            for (Place p : c.analysis.places()) {
                if (p.span().overlaps(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first country named in the sentence other than the excluded ones, or null. */
    private String sentenceCountry(Clause c, Set<String> exclude) {
        for (Mention m : c.analysis.mentions()) {
            if (c.sentence.span().contains(m.span()) && !currency(c, m.span())) {
                String ctry = country(codes.codeWords(c.analysis, m.span()).map(ActorCode::code).orElse(null));
                if (ctry != null && !exclude.contains(ctry)) {
                    return ctry;
                }
            }
        }
        return null;
    }

    /** Whether a name only qualifies a currency ("US $50 million", "Hong Kong dollars"). */
    private static boolean currency(Clause c, Span name) {
        for (int i = c.firstToken(); i < c.endToken() - 1; i++) {
            if (c.token(i).span().end() == name.end()) {
                String next = c.token(i + 1).word().toLowerCase(java.util.Locale.ROOT);
                return next.equals("$") || next.startsWith("dollar");
            }
        }
        return false;
    }
}
