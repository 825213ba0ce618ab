package org.sitrep.model;

/**
 * A stretch of text naming or referring to an entity. {@code kind} tells a name from a nominal
 * ("the ministry") or a pronoun; {@code entity} is the canonical entity's id, or null before resolution.
 */
public record Mention(Span span, EntityType type, Kind kind, String entity) implements Spanned {

    public enum Kind { NAME, NOMINAL, PRONOUN }

    public Mention withEntity(String id) {
        return new Mention(span, type, kind, id);
    }
}
