package org.sitrep.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.EntitiesEval;
import org.sitrep.eval.SeedGold;
import org.sitrep.model.Analysis;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageContract;
import org.sitrep.testing.Fixtures;

class EntityResolverTest extends StageContract {

    @Override
    protected Stage stage() {
        return new EntityResolver();
    }

    @Test
    void surnameJoinsFullNameButTwoFullNamesStayApart() {
        assertTrue(EntityResolver.sameEntity(EntityType.PERSON, "Dmitry Peskov", "Peskov"));
        assertFalse(EntityResolver.sameEntity(EntityType.PERSON, "Dmitry Peskov", "Maria Peskova"));
        assertFalse(EntityResolver.sameEntity(EntityType.PERSON, "Hillary Clinton", "Bill Clinton"));
    }

    @Test
    void placeVariants() {
        assertTrue(EntityResolver.sameEntity(EntityType.LOCATION, "Nagorno-Karabakh", "Karabakh"));
        assertTrue(EntityResolver.sameEntity(EntityType.LOCATION, "Aghdam", "Agdam"));
        assertFalse(EntityResolver.sameEntity(EntityType.LOCATION, "Austria", "Australia"));
        assertEquals(true, EntityResolver.editDistanceAtMostOne("lachin", "lachn"));
    }

    @Test
    void bodyNamesJoinTheirNationalForm() {
        assertTrue(EntityResolver.sameEntity(EntityType.ORGANIZATION, "Russian Foreign Ministry", "Foreign Ministry"));
        assertFalse(EntityResolver.sameEntity(EntityType.ORGANIZATION, "Russian Foreign Ministry", "Ministry"));
    }

    private static Entity named(Analysis a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + a.entities()));
    }

    @Test
    void seedRepairs() {
        Analysis a = Fixtures.seedAnalysis();
        Entity kremlin = named(a, "Kremlin");
        assertEquals(EntityType.ORGANIZATION, kremlin.type());
        assertEquals(1, a.entities().stream().filter(e -> e.name().equals("Kremlin")).count(), "one Kremlin");
        assertEquals(EntityType.LOCATION, named(a, "Aghdam").type());
        List<String> aghdam = named(a, "Aghdam").mentions().stream().map(m -> a.textOf(m.span())).toList();
        assertTrue(aghdam.contains("Agdam"), "'Agdam region' names Aghdam: " + aghdam);
        assertTrue(named(a, "Russian Foreign Ministry").mentions().size() >= 2);
        assertTrue(a.entities().stream().noneMatch(e -> e.name().startsWith("Pashinyan") && e.type() != EntityType.PERSON));
        // A pronoun may be linked to the entity it refers to (the quote stage does that), but never names one.
        for (Mention m : a.mentions()) {
            if (m.kind() == Mention.Kind.PRONOUN && m.entity() != null) {
                String name = a.entity(m.entity()).name();
                assertTrue(!name.equalsIgnoreCase(a.textOf(m.span())), "pronoun " + a.textOf(m.span()) + " became an entity");
            }
        }
    }

    @Test
    void seedGoldEntitiesHaveNameTypeCountryAndRole() throws IOException {
        SeedGold gold = SeedGold.read(Fixtures.shared("corpus/seed/karabakh-2023-09-19.gold.json"));
        EntitiesEval.Result r = EntitiesEval.score(gold, Fixtures.seedAnalysis());
        for (EntitiesEval.Row row : r.rows()) {
            assertTrue(row.allRight(), row.gold().name() + " → " + row.system());
        }
        assertEquals(16, r.allRight());
        assertEquals(5, r.rolesRight());
    }
}
