package org.sitrep.model;

import java.util.List;

/**
 * Who did what to whom, when and where, grounded in one clause ({@code evidence}). {@code type} is the
 * PLOVER event type, {@code cameo} the CAMEO code, {@code mode} the PLOVER mode or modality.
 */
public record Event(String type, String mode, String cameo, List<Actor> source, List<Actor> target,
                    Span place, Span time, Span trigger, Span evidence, double confidence) implements Spanned {

    public Event {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    /** An event participant: its text, canonical entity (or null), and CAMEO-style country+sector code. */
    public record Actor(Span span, String entity, String code, String sector) {
    }

    @Override
    public Span span() {
        return trigger;
    }
}
