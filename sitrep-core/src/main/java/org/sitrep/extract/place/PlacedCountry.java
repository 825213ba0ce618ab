package org.sitrep.extract.place;

import java.util.List;
import java.util.Optional;
import org.sitrep.knowledge.Countries;
import org.sitrep.model.Analysis;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/**
 * The country a name stands for once the article's places are resolved: a country's name that the geocoder
 * read, in this article's context, as a gazetteer place inside another country — a state, region or city
 * sharing the name ("Georgia" in a US election story, "Paris, Texas") — stands for that other country.
 * Demonyms are left alone. Both the entity layer and the actor coder ask here, so they agree.
 */
public final class PlacedCountry {

    private PlacedCountry() {
    }

    /**
     * {@code named} (the country the words of {@code span} name), or the country of a resolved place inside
     * the span whose own text names {@code named} but which lies in another country.
     */
    public static String of(Countries countries, Analysis a, List<Place> places, Span span, String named) {
        if (named == null) {
            return null;
        }
        for (Place p : places) {
            // (a country's name always has the country's own entry, so it never takes the focus fallback)
            if (p.country() == null || named.equals(p.country())
                    || !span.contains(p.span())) {
                continue;
            }
            Optional<Countries.Match> m = countries.match(a.textOf(p.span()));
            if (m.isPresent() && m.get().how() != Countries.How.ADJECTIVE
                    && named.equals(m.get().country().iso3())) {
                return p.country();
            }
        }
        return named;
    }
}
