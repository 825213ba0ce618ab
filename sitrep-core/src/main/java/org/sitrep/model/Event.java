package org.sitrep.model;

import java.util.List;

/**
 * Who did what to whom, when and where, grounded in one clause ({@code evidence}). {@code type} is the
 * PLOVER event type (or STATEMENT for CAMEO's statement family 01, which PLOVER does not code), {@code cameo}
 * the CAMEO code, {@code mode} the PLOVER mode. {@code modality} says how the clause holds the event
 * (null when asserted; "negated", "unable", "intend", "possible", "hypothetical"); {@code goldstein} is the
 * Goldstein intensity (-10 … +10) of the CAMEO code; {@code quote} is the content span of the quote the event
 * is claimed in, or null when the narrator reports it.
 */
public record Event(String type, String mode, String cameo, List<Actor> source, List<Actor> target,
                    Span place, Span time, Span trigger, Span evidence, double confidence,
                    String modality, double goldstein, Span quote) implements Spanned {

    public Event {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    /** An event participant: its text, canonical entity (or null), and CAMEO-style country+sector code. */
    public record Actor(Span span, String entity, String code, String sector) {
    }

    /**
     * The CAMEO quad class: 1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal conflict
     * (09–13), 4 material conflict (14–20); 0 when the code is unknown.
     */
    public int quad() {
        if (cameo == null || cameo.length() < 2) {
            return 0;
        }
        int root = Integer.parseInt(cameo.substring(0, 2));
        return root <= 0 || root > 20 ? 0 : root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }

    @Override
    public Span span() {
        return trigger;
    }
}
