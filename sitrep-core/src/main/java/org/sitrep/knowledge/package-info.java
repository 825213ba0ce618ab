/**
 * Knowledge the engine ships: countries with their codes, names, demonyms, capitals and seats of power
 * ({@link org.sitrep.knowledge.Countries}), and a gazetteer of populated places, countries and regions built
 * from GeoNames ({@link org.sitrep.knowledge.Gazetteer}). Each is immutable, loaded once from a resource
 * inside the jar, and safe to share between threads; nothing is fetched at run time.
 */
package org.sitrep.knowledge;
