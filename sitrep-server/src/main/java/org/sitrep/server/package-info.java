/**
 * The analyst's desk: an embedded HTTP server ({@link org.sitrep.server.SitrepServer}) with a JSON API under
 * {@code /api/} (described by {@code /api/openapi.json}) and a web page at {@code /}, plain HTML, CSS and
 * JavaScript files served from the classpath with no build step. All routes and the mapping of failures to
 * JSON errors live in {@code Routes}; article text is untrusted and is never interpreted as markup.
 */
package org.sitrep.server;
