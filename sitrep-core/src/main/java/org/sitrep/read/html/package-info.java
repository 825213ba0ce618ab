/**
 * News pages in HTML turned into articles (jsoup): the main text without navigation, advertisements,
 * cookie notices, teasers and comments, kept in reading order as paragraphs, subheads, list items and
 * quotes separated by blank lines (the headline stays in the article's title, not in its text); and the
 * page's title, authors, publication and modification dates, canonical URL and language, each date taken
 * from the most trusted place that has one — JSON-LD, then meta tags, then {@code <time>}, then the URL,
 * then a visible dateline — and recorded with where it was found. The title is chosen among the page's
 * candidate titles by weights learned from the html-fundus pages and shipped as a resource.
 */
package org.sitrep.read.html;
