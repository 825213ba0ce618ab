package org.sitrep.model;

/**
 * The typed layers of an {@link Analysis}. Stages declare which they require and produce, and the
 * pipeline checks the order when it is built. A layer can be present and empty (an article with no quotes).
 */
public enum Layer {
    TEXT, TOKENS, SENTENCES, DEPENDENCIES, STORIES, MENTIONS, ENTITIES, QUOTES, TIMES, PUBLISHED,
    PLACES, EVENTS
}
