/**
 * Statements and their speakers: direct quotes in quotation marks, mixed and indirect (reported) speech
 * found on the dependency parse and on the surface around its frame with a readable cue lexicon
 * ({@code cues.txt}: verbs and nouns of saying, thinking and asking), stances held without a verb of saying
 * ("were incensed that …", "it is clear that …", "has no illusions about …", "called the vote a mistake"),
 * content boundaries drawn by the clause structure (the writer's tails, nested statements), headline and
 * transcript attributions,
 * and speakers resolved to the article's canonical entities by ordered sieves, each quote recording the sieve
 * that decided; after the time stage, each statement's report time (when it was said) from its cue's clause.
 * {@code QuoteFinder} runs the finders (direct quotes, reported speech and its shapes, headlines, transcripts),
 * cuts the writer's tails and resolves overlaps; phrases, span measures and syntactic speakers they all need live
 * once in {@code Phrases}, {@code Contents} and {@code Subjects}.
 */
package org.sitrep.extract.quote;
