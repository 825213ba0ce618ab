/**
 * Geocoding: each place mention — a place name, a nationality adjective, a dateline, or a place name inside
 * an organisation's name ("Mansfield Police Department"), and the name's other occurrences — resolved to a gazetteer entry with coordinates.
 * Candidates are ranked by kind and population, then by the article's context: the countries and
 * first-level regions the article is about, nearness to the other places it names, and a region designator
 * after the name ("Agdam region"). A country's name resolved to a place inside another country ("Georgia",
 * the US state) stands, for entities and actors, for that other country ({@link PlacedCountry}).
 */
package org.sitrep.extract.place;
