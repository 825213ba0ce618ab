package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;

/**
 * Gives an article's entity its corpus-wide id, so the same person or body is one entity across articles.
 * Lookup goes from the most to the least specific {@link EntityKeys} key: the exact typed name; for a
 * person, surname with first initial; then the bare surname, which a one-word name joins only while one
 * person in the corpus holds it (a second, different full name with that surname makes it ambiguous, marked
 * by entity id 0). A full name that meets an entity known so far by its surname alone adopts it and gives it
 * the full name. Bodies and places join the same way through acronyms ("U.S." and "United States").
 * Runs inside the caller's transaction.
 */
final class CorpusIdentity {

    private static final long AMBIGUOUS = 0;

    private final Connection c;

    CorpusIdentity(Connection c) {
        this.c = c;
    }

    long resolve(Entity e) throws SQLException {
        EntityType type = e.type();
        String exact = EntityKeys.exact(type, e.name());
        String initial = EntityKeys.initial(type, e.name());
        String surname = EntityKeys.surname(type, e.name());
        boolean single = EntityKeys.single(e.name());
        Long id = alias(exact);
        if (id == null && initial != null) {
            id = alias(initial);
        }
        if (id == null && surname != null) {
            Long bySurname = alias(surname);
            if (bySurname != null && bySurname != AMBIGUOUS) {
                String known = name(bySurname);
                // A one-word name joins the one person of that surname; a full name adopts a surname-only entity.
                if (single || EntityKeys.single(known)) {
                    id = bySurname;
                }
            }
        }
        String acronym = EntityKeys.acronym(type, e.name());
        boolean isAcronym = EntityKeys.isAcronym(e.name());
        if (id == null && acronym != null) {
            Long byAcronym = alias(acronym);
            // An acronym joins the one body whose words it abbreviates, and the other way round.
            if (byAcronym != null && byAcronym != AMBIGUOUS && (isAcronym || EntityKeys.isAcronym(name(byAcronym)))) {
                id = byAcronym;
            }
        }
        if (id == null) {
            id = create(e);
        } else {
            touch(id, e);
        }
        bind(exact, id);
        if (initial != null) {
            bind(initial, id);
        }
        if (surname != null) {
            Long holder = alias(surname);
            if (holder == null) {
                bind(surname, id);
            } else if (holder != AMBIGUOUS && holder != id.longValue() && !single) {
                setAlias(surname, AMBIGUOUS);
            }
        }
        if (acronym != null) {
            Long holder = alias(acronym);
            if (holder == null) {
                bind(acronym, id);
            } else if (holder != AMBIGUOUS && holder != id.longValue() && !isAcronym) {
                setAlias(acronym, AMBIGUOUS);
            }
        }
        return id;
    }

    private Long alias(String key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT entity_id FROM entity_alias WHERE alias = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    private String name(long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT name FROM corpus_entity WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : "";
            }
        }
    }

    private long create(Entity e) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO corpus_entity (type, name, country, mentions, articles)"
                + " VALUES (?, ?, ?, ?, 1) RETURNING id")) {
            p.setString(1, e.type().name());
            p.setString(2, e.name());
            p.setString(3, e.country());
            p.setInt(4, e.mentions().size());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Counts one more article; keeps the longest name seen and the first known country. */
    private void touch(long id, Entity e) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE corpus_entity SET mentions = mentions + ?,"
                + " articles = articles + 1, country = coalesce(country, ?),"
                + " name = CASE WHEN length(?) > length(name) THEN ? ELSE name END WHERE id = ?")) {
            p.setInt(1, e.mentions().size());
            p.setString(2, e.country());
            p.setString(3, e.name());
            p.setString(4, e.name());
            p.setLong(5, id);
            p.executeUpdate();
        }
    }

    private void bind(String key, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO entity_alias (alias, entity_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            p.setString(1, key);
            p.setLong(2, id);
            p.executeUpdate();
        }
    }

    private void setAlias(String key, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE entity_alias SET entity_id = ? WHERE alias = ?")) {
            p.setLong(1, id);
            p.setString(2, key);
            p.executeUpdate();
        }
    }
}
