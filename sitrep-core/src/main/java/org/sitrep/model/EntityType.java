package org.sitrep.model;

import java.util.Locale;

/** Coarse entity types; the fine types of the NER model are folded into these. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC;

    /** Maps an NER tag (CoNLL, MUC or fine-grained KBP) to a type, or null for tags that are not entities. */
    public static EntityType fromNer(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag.toUpperCase(Locale.ROOT)) {
            case "PERSON" -> PERSON;
            case "ORGANIZATION", "ORG" -> ORGANIZATION;
            case "LOCATION", "GPE", "LOC", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> LOCATION;
            case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY" -> MISC;
            default -> null;
        };
    }
}
