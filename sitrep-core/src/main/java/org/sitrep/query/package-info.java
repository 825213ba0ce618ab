/**
 * Questions asked of the corpus store, the same for every front end: typed filters in, tables out
 * (quotes, events, entities, articles, stories, timelines with Goldstein intensity), and the writers that
 * print a table as aligned text, JSON or CSV.
 */
package org.sitrep.query;
