package org.sitrep.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.testing.Fixtures;

class ActorCoderTest {

    private static final ActorCoder CODER = new ActorCoder();

    private static String code(String phrase) {
        return CODER.code(phrase).map(ActorCode::code).orElse(null);
    }

    @Test
    void countryAndSector() {
        assertEquals("AZEMIL", code("Azerbaijani Defense Ministry"));
        assertEquals("RUSMIL", code("Russian peacekeepers"));
        assertEquals("ARMREB", code("local Armenian armed formations"));
        assertEquals("RUSGOV", code("the Russian Foreign Ministry"));
        assertEquals("RUSGOV", code("Russian Foreign Ministry spokeswoman"));
        assertEquals("CVL", code("civilians"));
        assertEquals("AZEMIL", code("the Azerbaijani armed forces"));
        assertEquals("TURCOP", code("Turkish police"));
        assertEquals("SDNREB", code("Sudanese rebels"));
        assertEquals("IRN", CODER.code("workers of the United Bus Company of Tehran").orElseThrow().country());
    }

    @Test
    void countriesAloneAndMetonymy() {
        assertEquals("RUS", code("Russia"));
        assertEquals("USA", code("United States"));
        assertEquals("RUSGOV", code("Moscow"));
        assertEquals("RUSGOV", code("the Kremlin"));
        assertEquals("USAGOV", code("White House"));
        assertEquals("IGO", code("United Nations"));
        assertEquals("IGO", code("U.N. Security Council"));
        assertEquals(null, code("who"));
        assertEquals(null, code("the weather"));
    }

    @Test
    void capitalActsInDiplomacyButIsAPlaceAfterALocativePreposition() {
        Analysis a = Fixtures.seedAnalysis();
        String text = a.text();
        int acting = text.indexOf("Moscow is alarmed");
        assertEquals("RUSGOV", CODER.code(a, new Span(acting, acting + 6)).map(ActorCode::code).orElse(null));
        int peskov = text.indexOf("Peskov said");
        assertEquals("RUSGOV", CODER.code(a, new Span(peskov, peskov + 6)).map(ActorCode::code).orElse(null));
        int place = text.indexOf("transferred to Baku") + "transferred to ".length();
        assertEquals(null, CODER.code(a, new Span(place, place + 4)).map(ActorCode::code).orElse(null));
    }
}
