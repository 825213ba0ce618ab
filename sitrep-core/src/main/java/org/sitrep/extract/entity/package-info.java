/**
 * Entities: name mentions repaired (spans, types, missed repeats) and grouped into the canonical people,
 * bodies and places of an article, each with the role the text gives it and its country (ISO alpha-3) from
 * demonyms, capitals and seats of power. The word lists are a readable resource ({@code vocabulary.tsv}).
 */
package org.sitrep.extract.entity;
