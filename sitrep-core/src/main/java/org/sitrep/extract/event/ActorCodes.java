package org.sitrep.extract.event;

import java.util.Optional;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;

/**
 * The event stage's view of actor coding: a CAMEO-style country (ISO-3) and sector for the words of an
 * argument. Kept as a small port so the stage does not care which coder answers.
 */
public interface ActorCodes {

    record Code(String country, String sector) {
    }

    Optional<Code> code(Analysis a, Span span);
}
