/**
 * News feeds (RSS 0.9x/1.0/2.0 and Atom, read with Rome) turned into items with links, dates, authors and
 * content; {@link org.sitrep.read.FeedWatcher} polls them and reads the items' pages.
 */
package org.sitrep.read.feed;
