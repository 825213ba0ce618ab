package org.sitrep.extract.event;

import java.util.Optional;
import org.sitrep.model.Analysis;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

/**
 * Actor codes from the entity layer alone: the country of a resolved entity mentioned inside the span. The
 * fallback used until a full actor coder (names, demonyms, capitals, sectors) is plugged in.
 */
public final class EntityActorCodes implements ActorCodes {

    @Override
    public Optional<Code> code(Analysis a, Span span) {
        for (Mention m : a.mentions()) {
            if (m.entity() != null && span.overlaps(m.span())) {
                Entity e = a.entity(m.entity());
                if (e != null && e.country() != null) {
                    return Optional.of(new Code(e.country(), null));
                }
            }
        }
        return Optional.empty();
    }
}
