/**
 * Statements and their speakers: direct quotes in quotation marks, mixed and indirect (reported) speech
 * found on the dependency parse with a readable cue lexicon ({@code cues.txt}), and speakers resolved to the
 * article's canonical entities by ordered sieves, each quote recording the sieve that decided.
 */
package org.sitrep.extract.quote;
