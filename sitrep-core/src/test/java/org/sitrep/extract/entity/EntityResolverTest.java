package org.sitrep.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.EntityType;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StageContract;

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
}
