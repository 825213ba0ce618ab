/**
 * Readers: bytes from files, directories, standard input and JSON Lines turned into
 * {@link org.sitrep.model.Article}s with one canonical text each, or into a clear per-document error.
 */
package org.sitrep.read;
