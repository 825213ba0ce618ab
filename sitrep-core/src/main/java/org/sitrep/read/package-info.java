/**
 * Readers: what a user names (files, directories, {@code -} for standard input, http(s) URLs; gzip or
 * not) turned into {@link org.sitrep.model.Article}s with one canonical text each, or into a clear
 * per-document error naming the file, record, item or line — one bad document never stops a batch. The
 * format is detected from the bytes (or forced): plain text in UTF-8/16 or a single-byte charset (a guessed
 * charset is recorded as a problem, never assumed silently), HTML pages (see {@code read.html}), RSS and
 * Atom feeds (see {@code read.feed}), WARC archives read record by record, and JSON Lines with
 * {@code text} or {@code html} per line. {@link org.sitrep.read.FeedWatcher} polls feeds politely.
 */
package org.sitrep.read;
