package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.load();

    @Test
    void loadsQuicklyEnoughAndHoldsPlacesRegionsAndCountries() {
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.load();
        assertTrue(g.size() > 200_000, "only " + g.size());
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "loading took too long");
        assertTrue(has("Baku", "AZE"));
        assertTrue(has("Aghdam", "AZE"));
        assertTrue(has("Lachin", "AZE"));
        assertTrue(has("Nagorno-Karabakh", "AZE"));
        assertTrue(has("Donbas", "UKR"));
        assertTrue(has("Gaza Strip", "PSE"));
        assertTrue(has("Laurel County", "USA"));
        assertTrue(has("Ohio", "USA"));
        assertTrue(has("Russian", "RUS"));
    }

    @Test
    void transliterationVariantsShareASkeleton() {
        assertEquals("klbjr", Gazetteer.skeleton("kelbajar"));
        assertEquals(Gazetteer.skeleton("agdam"), Gazetteer.skeleton("aghdam"));
        List<Gazetteer.Entry> v = gazetteer.lookupVariants("Kelbajar");
        assertTrue(v.stream().anyMatch(e -> "AZE".equals(e.country())), v.toString());
        assertFalse(gazetteer.lookupVariants("Xy").iterator().hasNext());
    }

    @Test
    void countryEntries() {
        Gazetteer.Entry aze = gazetteer.country("AZE").orElseThrow();
        assertTrue(aze.isCountry());
        assertTrue(Math.abs(aze.lat() - 40.5) < 2 && Math.abs(aze.lon() - 47.5) < 2, aze.toString());
    }

    private boolean has(String name, String iso3) {
        return gazetteer.lookup(name).stream().anyMatch(e -> iso3.equals(e.country()));
    }
}
