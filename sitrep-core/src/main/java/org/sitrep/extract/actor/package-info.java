/**
 * Actor codes in the CAMEO/PLOVER convention: a country (ISO 3166-1 alpha-3) and a sector (GOV, MIL, REB,
 * CVL, IGO, …) for a phrase that names who acts. The country comes from names, demonyms, capitals and seats
 * of power in the phrase or from the entity the phrase mentions; the sector from a readable vocabulary
 * ({@code sectors.tsv}), with capitals and seats of power read as governments when they act.
 */
package org.sitrep.extract.actor;
