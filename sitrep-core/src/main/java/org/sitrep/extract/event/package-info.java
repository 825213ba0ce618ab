/**
 * Events: who did what to whom, when and where. {@link org.sitrep.extract.event.EventStage} reads each clause
 * of the dependency parse, matches its trigger against the data lexicon ({@code event-patterns.txt}: one
 * pattern a line with CAMEO code, PLOVER type and mode, and a test sentence), takes source and target actors
 * from the clause's own arguments ({@link org.sitrep.extract.event.EventActors} codes them: a phrase by its own
 * words first, then by its setting, as PLOVER codes domestic and ethnic actors), reads modality (negation,
 * inability, intention, possibility, hypotheticals) from the words governing the trigger, and links an event
 * said inside a quote to that quote. Nothing is taken from another sentence, so actor, action and place always
 * share one clause.
 */
package org.sitrep.extract.event;
