/**
 * Helpers shared by the packages of Sitrep that are not part of its API: reading the data resources
 * (lexicons, vocabularies, scales) that ship inside the jar, and counts worded for messages. Nothing here is meant for users of the library.
 */
package org.sitrep.internal;
