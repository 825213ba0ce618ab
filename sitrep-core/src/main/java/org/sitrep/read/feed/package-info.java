/**
 * News feeds (RSS 0.9x/1.0/2.0 and Atom, read with Rome) turned into items with links, dates, authors and
 * content, and a polite watcher that polls feeds over HTTP with conditional requests and hands on the items
 * it has not seen before.
 */
package org.sitrep.read.feed;
