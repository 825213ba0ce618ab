package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.extract.event.EventTexts.country;
import static org.sitrep.extract.event.EventTexts.events;
import static org.sitrep.extract.event.EventTexts.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.actor.ActorCode;
import org.sitrep.extract.actor.ActorCoder;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.testing.Fixtures;

/** The PLOVER coding rules for modes and actors, each on an invented sentence. */
class EventCodingRulesTest {

    @Test
    void aSuicideAttackIsItsOwnMode() {
        assertEquals("suicide-attack", only("Two Tamil suicide attackers killed eleven sailors in Trincomalee.",
                "ASSAULT").mode());
    }

    @Test
    void aProtestWithStonesIsARiot() {
        assertEquals("riot", only("Students armed with stones staged a demonstration outside the parliament in Nairobi.",
                "PROTEST").mode());
    }

    @Test
    void aThreatenedStrikeRestrictsAndAThreatenedRallyIsDissent() {
        assertEquals("restrict", only("Nepali truck drivers threatened to launch a general strike unless India reopened"
                + " the border.", "THREATEN").mode());
        assertEquals("relations", only("The Kenyan opposition threatened to hold mass rallies in Nairobi.",
                "THREATEN").mode());
    }

    @Test
    void policeWhoWillNotTolerateRalliesThreatenRepression() {
        assertEquals("political", only("The interior minister warned that the police would not tolerate any more"
                + " rallies by the students.", "THREATEN").mode());
    }

    @Test
    void aThreatOfForceIsAThreatOfViolence() {
        assertEquals("violence", only("The militia threatened to use force against the Ugandan army.", "THREATEN").mode());
    }

    @Test
    void aForceLedByACountryIsThatCountrys() {
        ActorCode led = new ActorCoder().code("Ethiopian-led troops").orElseThrow();
        assertEquals("ETH", led.country());
        assertEquals("MIL", led.sector());
        assertEquals("USA", country(only("US-led troops shelled the rebel positions near Herat.", "ASSAULT").source().get(0)));
    }

    @Test
    void historicalDemonymsNameTheirCountry() {
        assertEquals("KHM", new ActorCoder().code("Kampuchean guerrillas").orElseThrow().country());
    }

    @Test
    void anUnnamedPerpetratorOfForceIsCodedWhereItActs() {
        Event e = only("Two policemen were shot dead in Mombasa on Friday.", "ASSAULT");
        assertEquals("KEN", country(e.source().get(0)));
        Event freed = only("Forty Nepali hostages were released on Monday.", "RETREAT");
        assertEquals("NPL", country(freed.source().get(0)));
    }

    @Test
    void aQuantityOfPeopleIsCodedAsThosePeople() {
        Event e = only("Hundreds of ethnic Hungarians living in Romania demonstrated against the language law.", "PROTEST");
        assertEquals("ROU", country(e.source().get(0)));
    }

    @Test
    void returningSeizedWeaponsIsARetreat() {
        assertEquals("return", only("The rebels returned the weapons seized from the peacekeepers.", "RETREAT").mode());
    }

    @Test
    void aProtestDuringWhichSomethingElseHappensIsStillAProtest() {
        Event e = only("Kurdish youths hurled petrol bombs at the police during demonstrations against the ban in Diyarbakir.",
                "PROTEST");
        assertEquals("riot", e.mode());
        assertEquals("TUR", country(e.source().get(0)));
    }

    @Test
    void aTriggerCompoundedOntoALightNounIsTheEvent() {
        Event e = only("Norway undertook a mediation mission between Colombia and Venezuela.", "CONSULT");
        assertEquals("NOR", country(e.source().get(0)));
        assertEquals(List.of("COL", "VEN"), e.target().stream().map(EventTexts::country).sorted().toList());
    }

    @Test
    void aPeopleNamedByOriginIsCodedWhereTheEventHappens() {
        Event e = only("Soldiers attacked the Hungarian minority in Vojvodina.", "ASSAULT");
        assertEquals("SRB", country(e.target().get(0)));
    }

    @Test
    void whoDiesOfAnActIsItsVictim() {
        Event e = only("Four Yemeni fishermen died in an air strike off Hodeidah.", "ASSAULT");
        assertEquals("YEM", country(e.target().get(0)));
        Event t = only("A Kurdish activist died as a result of torture while in Turkish police custody.", "ASSAULT");
        assertEquals("torture", t.mode());
        assertEquals("TUR", country(t.source().get(0)));
        Event hands = only("Two Malian traders died of beatings at the hands of Burkinabe soldiers.", "ASSAULT");
        assertEquals("BFA", country(hands.source().get(0)));
    }

    @Test
    void aDemandMadeByProtestingIsTheProtest() {
        List<Event> es = events("Thousands of Bangladeshi garment workers went on strike on Monday to demand higher wages.");
        assertEquals(List.of("PROTEST"), es.stream().map(Event::type).toList());
    }

    @Test
    void aCounterpartIsTheOtherSide() {
        Event e = only("The Thai prime minister met his Cambodian counterpart in Bangkok.", "CONSULT");
        assertEquals("KHM", country(e.target().get(0)));
    }

    @Test
    void theHeadNounGivesTheSectorAndTheWiderPhraseTheCountry() {
        Event e = only("The Nigerian army said it killed 20 Boko Haram fighters in Borno state.", "ASSAULT");
        assertEquals("NGAREB", e.target().get(0).code());
    }

    @Test
    void firingRocketsIsAnAssaultWithHeavyWeapons() {
        Event e = only("Palestinian militants fired rockets into southern Israel.", "ASSAULT");
        assertEquals("heavy-weapons", e.mode());
        assertEquals("PSE", country(e.source().get(0)));
    }

    @Test
    void aRejectedProposalIsAimedWhereItWouldHappen() {
        Event e = only("The African Union rejected a plan for foreign troops to be stationed in Somalia.", "REJECT");
        assertEquals("SOM", country(e.target().get(0)));
    }

    @Test
    void anIntentKeepsNoModeOfTheIntendedAct() {
        Event e = only("The Ugandan rebels said they will release the kidnapped teachers.", "AGREE");
        assertEquals(null, e.mode());
    }

    @Test
    void aPassiveThingGivenLeavesTheRecipientAsTarget() {
        Event e = only("Food aid was delivered to the Somali refugees by the World Food Programme.", "AID");
        assertEquals("SOM", country(e.target().get(0)));
    }

    @Test
    void anAppealToBothSidesReachesTheStorysTwoCountries() {
        Analysis a = Fixtures.sitrep().analyze(Article.of("t", "Eritrea and Ethiopia exchanged fire along the border."
                + " Kenya called on both sides to exercise restraint."));
        Event fire = a.events().stream().filter(e -> e.type().equals("ASSAULT")).findFirst().orElseThrow();
        assertEquals("firearms", fire.mode());
        Event appeal = a.events().stream().filter(e -> e.type().equals("REQUEST")).findFirst().orElseThrow();
        assertEquals(List.of("ERI", "ETH"), appeal.target().stream().map(EventTexts::country).sorted().toList());
    }

    @Test
    void ethiopiaIsACountryNotTheEthnicSector() {
        Event e = only("Ethiopia accused Eritrea of arming the rebels.", "ACCUSE");
        assertEquals("ETH", country(e.source().get(0)));
    }

    @Test
    void aSectorJoinedToACodedPartySharesItsCountry() {
        Event e = only("The Sudanese government and the rebels signed a peace accord in Nairobi.", "SUPPORT");
        assertEquals(List.of("SDN", "SDN"), e.source().stream().map(EventTexts::country).toList());
    }

    @Test
    void aCurrencyNamesNoCountry() {
        Event e = only("The former governor was accused of stealing US $20 million from the province.", "ACCUSE");
        assertEquals(List.of(), e.target().stream().map(EventTexts::country).filter(x -> x != null).toList());
    }

    @Test
    void anOfferToHelpIsAimedAtWhoIsHelped() {
        Event e = only("Vietnam offered to help Laos rebuild the bridge.", "AGREE");
        assertEquals("LAO", country(e.target().get(0)));
    }

    @Test
    void whoSurvivesAnAttemptIsItsTarget() {
        Event e = only("The Afghan vice president survived an assassination attempt in Kabul.", "ASSAULT");
        assertEquals("assassinate", e.mode());
        assertEquals(List.of(), e.source().stream().filter(x -> x.code() != null && x.code().endsWith("GOV")).toList());
        assertEquals("AFGGOV", e.target().get(0).code());
    }
}
