package org.sitrep.knowledge;

import java.util.List;

/**
 * One ISO 3166-1 country or territory: alpha-3 and alpha-2 codes, the short English name, other names,
 * demonyms and adjectives ("Azerbaijani", "Azeri"), capitals, and seats of power that stand for its
 * government in the news ("Kremlin", "White House").
 */
public record Country(String iso3, String iso2, String name, List<String> aliases, List<String> adjectives,
                      List<String> capitals, List<String> seats) {

    public Country {
        aliases = List.copyOf(aliases);
        adjectives = List.copyOf(adjectives);
        capitals = List.copyOf(capitals);
        seats = List.copyOf(seats);
    }

    /** The first adjective ("Russian"), or the name when none is known. */
    public String adjective() {
        return adjectives.isEmpty() ? name : adjectives.get(0);
    }
}
