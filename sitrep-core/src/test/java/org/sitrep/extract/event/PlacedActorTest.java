package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.extract.event.EventTexts.country;
import static org.sitrep.extract.event.EventTexts.only;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.testing.Fixtures;

/** A country's name that the article's places resolve to a state of another country is coded as that country. */
class PlacedActorTest {

    private static final String US = "Voters in Georgia and Arizona lined up on Tuesday as Governor Brian Kemp urged"
            + " patience with the count. Georgia officials said turnout in Atlanta and Savannah was high. Georgia sued"
            + " the federal government over the rules, and Arizona election officials in Phoenix criticized the"
            + " Justice Department.";
    private static final String GEO = "Georgia and Russia fought a war in 2008; Tbilisi said on Monday that Russian"
            + " troops still occupy South Ossetia. Georgia accused Russia of violating the ceasefire, and Moscow"
            + " denied it.";

    @Test
    void theUsStateIsCodedAsTheUnitedStates() {
        assertEquals("USA", entityCountry(US, "Georgia"));
        assertEquals("USA", country(only(US, "REQUEST").source().get(0)), "Governor Kemp, in a Georgia sentence");
        Analysis a = Fixtures.sitrep().analyze(Article.of("t", US));
        Event sued = a.events().stream().filter(e -> e.type().equals("ACCUSE") && !e.source().isEmpty()
                && a.textOf(e.source().get(0).span()).equals("Georgia")).findFirst().orElseThrow();
        assertEquals("USA", country(sued.source().get(0)));
    }

    @Test
    void theCountryStaysTheCountry() {
        assertEquals("GEO", entityCountry(GEO, "Georgia"));
        assertEquals("GEO", country(only(GEO, "ACCUSE").source().get(0)));
        assertEquals("GEO", country(only(GEO, "ASSAULT").source().get(0)));
    }

    private static String entityCountry(String text, String name) {
        Analysis a = Fixtures.sitrep().analyze(Article.of("t", text));
        return a.entities().stream().filter(e -> e.name().equals(name)).map(Entity::country).findFirst().orElseThrow();
    }
}
