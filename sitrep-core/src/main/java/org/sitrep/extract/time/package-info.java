/**
 * Time: the publication date every relative time hangs on ({@link org.sitrep.extract.time.PublicationDateStage},
 * given, from metadata, or inferred from full dates and agreeing weekdays), and the time expressions of the
 * text ({@link org.sitrep.extract.time.TimeStage}): SUTime finds and normalises them to TIMEX3, and small
 * rules, one class each, correct it for news — tense decides which Tuesday, the narrative anchor decides
 * which year "that year" is, "ago" keeps its unit's granularity, quarters follow the results story, lengths,
 * decades, quarters and half years take TIMEX3's units, what TimeML leaves untagged (the unit of a rate,
 * "$2 million a year"; a bare "days") is dropped, and what SUTime splits ("two and three years ago", "nineteen
 * ninety-six", "12:00 [08:00 am GMT] on September 19, 2023") is joined, with the modifiers beside it ("almost two
 * years ago", "1994 or later").
 */
package org.sitrep.extract.time;
