package org.sitrep.read.feed;

import java.time.Instant;
import java.util.List;

/**
 * One item of a feed: its identity (guid or Atom id, else the link), link, title, date, authors and
 * content (HTML or plain text, as the feed gave it; {@code null} when the item carries none).
 */
public record FeedItem(String id, String link, String title, Instant published, List<String> authors,
        String content, boolean contentIsHtml) {

    public FeedItem {
        authors = List.copyOf(authors);
    }
}
