/**
 * The corpus store: analysed articles kept in SQLite (embedded, the default) or PostgreSQL, with every
 * layer of each analysis, idempotent by content hash, one transaction per article. On the way in, an
 * article is linked to the article it repeats (MinHash near-duplicates), to its developing story, and its
 * entities to corpus-wide ids, so the same person is one entity across the corpus.
 */
package org.sitrep.store;
