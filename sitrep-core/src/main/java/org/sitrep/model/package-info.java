/**
 * The document model: immutable records. An {@link org.sitrep.model.Article} holds one canonical text;
 * every annotation is a {@link org.sitrep.model.Span} into it, carried by the typed layers of an
 * {@link org.sitrep.model.Analysis}. Nothing here knows about NLP libraries, storage or front ends.
 */
package org.sitrep.model;
