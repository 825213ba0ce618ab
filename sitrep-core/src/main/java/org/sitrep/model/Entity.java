package org.sitrep.model;

import java.util.List;

/**
 * A canonical person, body or place of one article, with all its mentions. {@code country} is an
 * ISO 3166 alpha-3 code or null; {@code role} is the role the text gives ("Kremlin spokesman") or null.
 */
public record Entity(String id, String name, EntityType type, String country, String role, List<Mention> mentions) {

    public Entity {
        mentions = List.copyOf(mentions);
    }

    public Entity withCountry(String c) {
        return new Entity(id, name, type, c, role, mentions);
    }

    public Entity withRole(String r) {
        return new Entity(id, name, type, country, r, mentions);
    }

    public Entity withMentions(List<Mention> m) {
        return new Entity(id, name, type, country, role, m);
    }
}
