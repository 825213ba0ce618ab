/**
 * Situation reports: a story or a query over the corpus (or freshly analysed inputs) turned into one
 * self-contained HTML file with inline CSS and SVG charts, or into Markdown — key events, escalation, who said
 * what, actors' stances and sources.
 */
package org.sitrep.report;
