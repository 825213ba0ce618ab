package org.sitrep.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.place.PlacedCountry;
import org.sitrep.knowledge.Countries;
import org.sitrep.model.Analysis;
import org.sitrep.model.Entity;
import org.sitrep.model.Layer;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Codes an actor phrase as country + sector in the CAMEO/PLOVER convention. The country is the first
 * name, demonym, capital or seat of power in the phrase ("Azerbaijani Defense Ministry" → AZE); the sector
 * is the longest vocabulary phrase, the head on ties ("Defense Ministry" → MIL). A capital or seat of power
 * standing alone is read as its government (metonymy: "Moscow", "the Kremlin" → RUS/GOV) unless, in an
 * analysed text, it follows a locative preposition ("in Moscow"), where it is a place and no actor. In an
 * analysed text, a country's name that the article's place layer resolved to a place inside another country
 * (a state, region or city: "Georgia" in a US election story) is coded as that other country.
 * Immutable and thread-safe; share one instance.
 */
public final class ActorCoder {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’-][\\p{L}\\p{N}]+)*\\.?");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "into", "outside",
            "inside", "across", "around", "towards", "toward", "through", "via", "within", "throughout");
    private static final int MAX_COUNTRY_WORDS = 6;

    private final Countries countries;
    private final SectorVocabulary sectors;

    public ActorCoder(Countries countries) {
        this.countries = countries;
        this.sectors = new SectorVocabulary("sectors.tsv");
    }

    public ActorCoder() {
        this(Countries.load());
    }

    /** The code of a plain phrase ("Russian peacekeepers" → RUS/MIL), or empty when nothing is known. */
    public Optional<ActorCode> code(String phrase) {
        if (phrase == null) {
            return Optional.empty();
        }
        List<String> words = words(phrase);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Countries.Match country = null;
        int cFrom = -1;
        int cTo = -1;
        for (int i = 0; i < words.size() && country == null; i++) {
            for (int j = Math.min(words.size(), i + MAX_COUNTRY_WORDS); j > i; j--) {
                Optional<Countries.Match> m = countries.match(String.join(" ", words.subList(i, j)));
                if (m.isPresent()) {
                    country = m.get();
                    cFrom = i;
                    cTo = j;
                    break;
                }
            }
        }
        SectorVocabulary.Hit hit = sectors.best(words);
        String sector = hit == null ? null : hit.sector();
        if (country != null && hit != null && hit.from() >= cFrom && hit.to() <= cTo
                && country.how() != Countries.How.SEAT) {
            // The vocabulary word is part of the country's own name ("United States" holds "state").
            sector = null;
        }
        if (sector == null && country != null
                && (country.how() == Countries.How.CAPITAL || country.how() == Countries.How.SEAT)
                && onlyDeterminersBesides(words, cFrom, cTo)) {
            sector = "GOV";
        }
        String iso = country == null ? null : country.country().iso3();
        if (iso == null && sector == null) {
            return Optional.empty();
        }
        return Optional.of(new ActorCode(iso, sector));
    }

    /**
     * The code of a span of an analysed article. A span on a mention of a resolved entity also uses the
     * entity's name, role and country ("Peskov" → the Kremlin spokesman → RUS/GOV); a capital after a
     * locative preposition is a place, not an actor.
     */
    public Optional<ActorCode> code(Analysis a, Span span) {
        String text = a.textOf(span);
        Optional<Countries.Match> alone = countries.match(text);
        if (alone.isPresent() && alone.get().how() == Countries.How.CAPITAL && locative(a, span)) {
            return Optional.empty();
        }
        Optional<ActorCode> own = code(text);
        Entity e = entityAt(a, span);
        if (e == null) {
            return own.map(c -> new ActorCode(resolvedCountry(a, span, c.country()), c.sector()));
        }
        String country = own.map(ActorCode::country).orElse(null);
        String sector = own.map(ActorCode::sector).orElse(null);
        for (String other : new String[] {e.role(), e.name()}) {
            Optional<ActorCode> c = code(other);
            if (country == null) {
                country = c.map(ActorCode::country).orElse(null);
            }
            if (sector == null) {
                sector = c.map(ActorCode::sector).orElse(null);
            }
        }
        if (country == null) {
            country = e.country();
        }
        country = resolvedCountry(a, span, country);
        if (sector == null && e.role() != null && e.type() == org.sitrep.model.EntityType.PERSON) {
            sector = "GOV";
        }
        return country == null && sector == null ? Optional.empty() : Optional.of(new ActorCode(country, sector));
    }

    /**
     * The code of a span's words alone, as {@link #code(String)} (no entity, no locative check), its country read
     * through the article's resolved places.
     */
    public Optional<ActorCode> codeWords(Analysis a, Span span) {
        return code(a.textOf(span)).map(c -> new ActorCode(resolvedCountry(a, span, c.country()), c.sector()));
    }

    /** {@code named}, or the country of the article's resolved place it names ({@link PlacedCountry}). */
    public String resolvedCountry(Analysis a, Span span, String named) {
        return a.has(Layer.PLACES) ? PlacedCountry.of(countries, a, a.places(), span, named) : named;
    }

    private static Entity entityAt(Analysis a, Span span) {
        Mention best = null;
        for (Mention m : a.mentions()) {
            if (m.entity() != null && m.span().overlaps(span)
                    && (best == null || m.span().overlapRatio(span) > best.span().overlapRatio(span))) {
                best = m;
            }
        }
        return best == null ? null : a.entity(best.entity());
    }

    private static boolean locative(Analysis a, Span span) {
        Token prev = null;
        for (Token t : a.tokens()) {
            if (t.span().begin() >= span.begin()) {
                break;
            }
            prev = t;
        }
        return prev != null && LOCATIVE.contains(prev.word().toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean onlyDeterminersBesides(List<String> words, int from, int to) {
        for (int i = 0; i < words.size(); i++) {
            if ((i < from || i >= to) && !words.get(i).equalsIgnoreCase("the")) {
                return false;
            }
        }
        return true;
    }

    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(phrase);
        while (m.find()) {
            String w = m.group().replaceAll("[’']s$", "");
            if (w.endsWith(".") && !w.matches("(?:\\p{L}\\.)+")) {
                w = w.substring(0, w.length() - 1);
            }
            Matcher led = LED.matcher(w);
            if (led.matches()) {
                out.add(led.group(1)); // "Vietnamese-led forces", "a London-based group": the named country's
                w = led.group(2);
            }
            out.add(w);
        }
        return out;
    }

    /** A name joined to a participle of leadership or seat ("US-led"), split so the name can be coded. */
    private static final Pattern LED = Pattern.compile("(.+)-(led|based|run|controlled|dominated|owned)",
            Pattern.CASE_INSENSITIVE);
}
