package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.extract.event.EventTexts.country;
import static org.sitrep.extract.event.EventTexts.events;
import static org.sitrep.extract.event.EventTexts.only;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.EventEval;
import org.sitrep.eval.SeedGold;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageContract;
import org.sitrep.testing.Fixtures;

class EventStageTest extends StageContract {

    private static final EventStage STAGE = new EventStage();
    private static volatile List<Analysis> inputs;

    @Override
    protected Stage stage() {
        return STAGE;
    }

    /** The seed through the stages before this one, computed once (CoreNLP on the seed takes seconds). */
    @Override
    protected List<Analysis> inputs() {
        if (inputs == null) {
            inputs = super.inputs();
        }
        return inputs;
    }

    @Test
    void seedGoldEventsAreFoundWithTypeSourceAndTarget() throws Exception {
        SeedGold gold = SeedGold.read(Fixtures.repoRoot().resolve("../shared/corpus/seed/karabakh-2023-09-19.gold.json"));
        EventEval.Report r = EventEval.seed(Fixtures.seedAnalysis(), gold);
        assertTrue(r.allRight() >= 8, "seed: " + r.allRight() + "/10 events right\n" + r.summary()
                + String.join("\n", r.errors()));
    }

    @Test
    void everyEventLiesInOneSentence() {
        Analysis a = Fixtures.seedAnalysis();
        assertTrue(!a.events().isEmpty());
        for (Event e : a.events()) {
            Sentence s = a.sentenceAt(e.trigger().begin());
            assertNotNull(s);
            for (Span part : parts(e)) {
                assertTrue(s.span().contains(part), "event part " + a.textOf(part) + " outside the sentence of "
                        + a.textOf(e.trigger()));
            }
            assertTrue(e.evidence().contains(e.trigger()));
        }
    }

    private static List<Span> parts(Event e) {
        List<Span> out = new java.util.ArrayList<>();
        out.add(e.evidence());
        e.source().forEach(x -> out.add(x.span()));
        e.target().forEach(x -> out.add(x.span()));
        if (e.place() != null) {
            out.add(e.place());
        }
        if (e.time() != null) {
            out.add(e.time());
        }
        return out;
    }

    @Test
    void appealIsOneEventWithSourceAndTargets() {
        Event e = only("Germany urged Serbia and Croatia to stop the shelling and cease hostilities.", "REQUEST");
        assertEquals("DEU", EventStage.country(e.source().get(0).code()));
        assertEquals(List.of("HRV", "SRB"), e.target().stream().map(x -> EventStage.country(x.code())).sorted()
                .collect(Collectors.toList()));
        assertEquals(3.0, e.goldstein()); // CAMEO 02 (appeal) on the Goldstein scale
        assertEquals(1, e.quad());
    }

    @Test
    void negationIsModality() {
        Event e = only("Kenya did not have any contacts with Somalia after the raid.", "CONSULT");
        assertEquals("negated", e.modality());
        assertEquals(0.0, e.goldstein());
    }

    @Test
    void readinessToCooperateIsAnIntentToAgree() {
        Event e = only("Georgia is ready to recognize the independence of Kosovo.", "AGREE");
        assertEquals("intend", e.modality());
        assertTrue(e.cameo().startsWith("03"), e.cameo());
        assertEquals("GEO", EventStage.country(e.source().get(0).code()));
    }

    @Test
    void possibilityAndConditionAreKept() {
        assertEquals("possible", only("Ecuador and Peru may sign a border treaty this year.", "SUPPORT").modality());
        // A conditional expulsion is coded as what PLOVER makes of it: a threat.
        Event threat = only("Ghana will close its embassy in Abuja if Nigeria expels more Ghanaian workers.", "THREATEN");
        assertEquals("hypothetical", threat.modality());
        assertEquals("deport", threat.mode());
    }

    @Test
    void intendedViolenceIsAThreat() {
        Event e = only("The rebels plan to attack the capital next week.", "THREATEN");
        assertEquals("intend", e.modality());
        assertTrue(e.cameo().startsWith("13"), e.cameo());
    }

    @Test
    void reportedDemandCarriesTheSpeakerAsSource() {
        Event e = only("The Norwegian minister said that Sudan must open the border to aid convoys.", "REQUEST");
        assertEquals("NOR", EventStage.country(e.source().get(0).code()));
        assertEquals("SDN", EventStage.country(e.target().get(0).code()));
    }

    @Test
    void anEventSaidInAQuoteIsLinkedToTheQuote() {
        String text = "\"Our forces recorded ceasefire violations by the Turkish side,\" the Greek ministry said.";
        Analysis a = Fixtures.sitrep().analyze(Article.of("q", text));
        int b = text.indexOf("Our");
        Span content = new Span(b, text.indexOf(",\""));
        Span mention = new Span(text.indexOf("the Greek"), text.indexOf(" said"));
        Analysis quoted = a.withQuotes(List.of(new Quote(Quote.Kind.DIRECT, content, new Span(text.indexOf("said"),
                text.indexOf("said") + 4), new Quote.Speaker(null, "Greek ministry", mention), 0.9, "test", null)));
        Event e = STAGE.apply(quoted).events().stream().filter(x -> x.type().equals("ACCUSE")).findFirst().orElseThrow();
        assertEquals(content, e.quote());
        assertEquals("TUR", EventStage.country(e.target().get(0).code()));
    }

    @Test
    void aProtestWithoutANamedTargetIsAimedAtHome() {
        Event e = only("Bolivian miners rioted on Tuesday.", "PROTEST");
        assertEquals("BOL", country(e.source().get(0)));
        assertEquals("BOL", country(e.target().get(0)));
        assertEquals("Bolivian", Fixtures.sitrep().analyze(Article.of("t", "Bolivian miners rioted on Tuesday."))
                .textOf(e.target().get(0).span()));
    }

    @Test
    void theTargetOfAThreatIsWhoMustMeetItsCondition() {
        Event e = only("Chilean truckers threatened to block the highways unless Peru lowered its tolls.", "THREATEN");
        assertEquals("CHL", country(e.source().get(0)));
        assertEquals("PER", country(e.target().get(0)));
    }

    @Test
    void anEthnicGroupIsCodedByWhereItLives() {
        Event e = only("Croatian police killed two ethnic Serbs in eastern Croatia.", "ASSAULT");
        assertEquals("HRV", country(e.target().get(0)));
    }

    @Test
    void anArgumentThatIsNoActorStandsForTheActorInsideIt() {
        Event e = only("Kenya condemned the arrest of Ugandan journalists.", "ACCUSE");
        assertEquals("UGA", country(e.target().get(0)));
    }

    @Test
    void aRetreatIsFromAPlaceNotFromOnesOwnTroops() {
        Event e = only("Chad completed the withdrawal of its troops from Mali.", "RETREAT");
        assertEquals("TCD", country(e.source().get(0)));
        assertEquals("MLI", country(e.target().get(0)));
    }

    @Test
    void aParticipleSharesTheSubjectOfItsClause() {
        Event e = events("Nepalese police opened fire on the crowd, arresting twenty students.").stream()
                .filter(x -> x.type().equals("COERCE")).findFirst().orElseThrow();
        assertEquals("NPL", country(e.source().get(0)));
    }

    @Test
    void aPhraseIsCodedByItsOwnWordsBeforeItsAttachments() {
        // (a subject's prepositional phrase can only hang on the noun, whatever the parser does with objects)
        Event e = only("Karen rebel camps near the Thai border were shelled by Burmese troops.", "ASSAULT");
        assertEquals("MMR", country(e.source().get(0)));
        assertTrue(!"THA".equals(country(e.target().get(0))), "the border does not make the camp Thai");
    }

    @Test
    void victimsWithoutACountryAreWhereTheViolenceHappens() {
        Event e = events("Guerrillas killed ten villagers when they raided a market in northern Colombia.").stream()
                .filter(x -> x.type().equals("ASSAULT") && x.trigger().begin() < 20).findFirst().orElseThrow();
        assertEquals("COL", country(e.target().get(0)));
        assertTrue(e.target().stream().noneMatch(x -> x.code() == null), "no uncoded 'themselves' target");
    }

    @Test
    void aLightVerbsPassiveNeedsAnAgentToTurnItsSubjectIntoTheTarget() {
        Event hit = only("Somali villagers were subjected to shelling by Ethiopian troops.", "ASSAULT");
        assertEquals("ETH", country(hit.source().get(0)));
        assertEquals("SOM", country(hit.target().get(0)));
        Event act = only("Sudanese militias were engaged in ethnic cleansing in Darfur.", "ASSAULT");
        assertEquals("SDN", country(act.source().get(0)));
    }
}
