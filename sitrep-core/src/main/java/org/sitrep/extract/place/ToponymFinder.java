package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.knowledge.Countries;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.model.Analysis;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Finds the stretches of text that name places: place-name mentions; nationality adjectives and country
 * names the tagger left untyped ("Russian" names Russia); and the place name that opens an organisation's
 * name ("Shreveport Police Department", "Rapides Parish Fire District") when that name is a place the
 * article names elsewhere, a country, or a first- or second-level division.
 */
final class ToponymFinder {

    private static final Set<String> DESIGNATORS = Set.of("region", "regions", "province", "provinces", "district",
            "districts", "oblast", "county", "parish", "prefecture", "governorate", "municipality", "krai", "raion",
            "rayon", "area", "state");
    private static final int MAX_PREFIX = 3;

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
        for (Mention m : a.mentions()) {
            if (m.kind() != Mention.Kind.NAME) {
                continue;
            }
            String text = clean(a.textOf(m.span()));
            if (m.type() == EntityType.LOCATION) {
                out.add(new Toponym(m.span(), text, designated(a, m.span()), false));
            } else if (m.type() == EntityType.MISC) {
                boolean country = countries.match(text)
                        .map(x -> x.how() == Countries.How.ADJECTIVE || x.how() == Countries.How.NAME).orElse(false);
                if (country) {
                    out.add(new Toponym(m.span(), text, false, true));
                }
            } else if (m.type() == EntityType.ORGANIZATION) {
                Toponym t = prefix(a, m, placeNames);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        out.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    private Toponym prefix(Analysis a, Mention m, Set<String> placeNames) {
        List<Token> ts = a.tokensIn(m.span());
        for (int k = Math.min(MAX_PREFIX, ts.size() - 1); k >= 1; k--) {
            boolean proper = true;
            for (int i = 0; i < k; i++) {
                proper &= ts.get(i).isProperNoun();
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
