package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountriesTest {

    private final Countries countries = Countries.load();

    private String iso(String phrase) {
        return countries.lookup(phrase).map(Country::iso3).orElse(null);
    }

    @Test
    void namesDemonymsCapitalsAndSeats() {
        assertEquals("AZE", iso("Azerbaijani"));
        assertEquals("AZE", iso("Azeri"));
        assertEquals("ARM", iso("Armenian"));
        assertEquals("RUS", iso("Russian"));
        assertEquals("RUS", iso("the Kremlin"));
        assertEquals("RUS", iso("Moscow"));
        assertEquals("USA", iso("White House"));
        assertEquals("GBR", iso("Downing Street"));
        assertEquals("CIV", iso("Côte d'Ivoire"));
        assertEquals("CIV", iso("Cote d’Ivoire"));
        assertEquals("AZE", iso("Azerbaijan's"));
        assertEquals(Countries.How.CAPITAL, countries.match("Baku").orElseThrow().how());
    }

    @Test
    void acronymsOnlyAsWrittenAndLowerCaseNever() {
        assertEquals("USA", iso("U.S."));
        assertEquals("USA", iso("US"));
        assertEquals(null, iso("us"));
        assertEquals(null, iso("Us"));
        assertEquals("ARE", iso("UAE"));
        assertEquals(null, iso("russian"));
    }

    @Test
    void everyIsoCountryOnceWithWellFormedCodes() {
        Set<String> iso3 = new HashSet<>();
        Set<String> iso2 = new HashSet<>();
        for (Country c : countries.all()) {
            assertTrue(c.iso3().matches("[A-Z]{3}"), c.iso3());
            assertTrue(c.iso2().matches("[A-Z]{2}"), c.iso2());
            assertTrue(iso3.add(c.iso3()), "duplicate " + c.iso3());
            assertTrue(iso2.add(c.iso2()), "duplicate " + c.iso2());
        }
        assertTrue(countries.all().size() >= 249, "only " + countries.all().size());
        assertEquals("Armenia", countries.byIso3("arm").orElseThrow().name());
        assertEquals("AZE", countries.byIso2("AZ").orElseThrow().iso3());
    }
}
