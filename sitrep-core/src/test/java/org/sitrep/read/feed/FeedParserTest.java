package org.sitrep.read.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.read.UnreadableInputException;

/** What a user sees of a feed: its authors by name, and a clear word when a page is given instead of a feed. */
class FeedParserTest {

    private static byte[] rss(String author) {
        return ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>http://127.0.0.1/</link>"
                + "<description>d</description><item><title>One</title><link>http://127.0.0.1/1</link>"
                + "<author>" + author + "</author><description>Fighting resumed on Tuesday.</description></item>"
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anRssAuthorGivenAsMailAndNameIsTheName() throws Exception {
        assertEquals(List.of("Jane Doe"), FeedParser.parse(rss("jane@example.org (Jane Doe)")).get(0).authors());
        assertEquals(List.of("desk@example.org"), FeedParser.parse(rss("desk@example.org")).get(0).authors());
        assertEquals(List.of("John Smith"), FeedParser.parse(rss("John Smith")).get(0).authors());
    }

    @Test
    void anHtmlPageIsSaidToBeAPageNotAMalformedFeed() {
        byte[] page = "<!DOCTYPE html><html><head><title>News</title></head><body><p>Text.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> FeedParser.parse(page));
        assertTrue(e.getMessage().contains("not a feed: an HTML page"), e.getMessage());
        UnreadableInputException bad = assertThrows(UnreadableInputException.class,
                () -> FeedParser.parse("<rss><channel>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(bad.getMessage().startsWith("malformed feed"), bad.getMessage());
    }
}
