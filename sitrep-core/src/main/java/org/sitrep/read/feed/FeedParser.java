package org.sitrep.read.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.read.InputFormat;
import org.sitrep.read.UnreadableInputException;

/**
 * Reads RSS 0.9x, 1.0 and 2.0 and Atom feeds with Rome: each entry's full content where the feed has it
 * ({@code content:encoded}, Atom content), else its description or summary. The XML encoding is taken
 * from the declaration or byte-order mark; external entities are not resolved.
 */
public final class FeedParser {

    private static final Pattern MAIL_AND_NAME = Pattern.compile("[^\\s()@]+@[^\\s()]+\\s*\\(([^()]*\\S[^()]*)\\)");

    private FeedParser() {
    }

    public static List<FeedItem> parse(byte[] bytes) throws UnreadableInputException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (Exception e) {
            if (InputFormat.detect(null, bytes) == InputFormat.HTML) {
                // Rome's own words here are about DOCTYPE features, which tell a user nothing.
                throw new UnreadableInputException("not a feed: an HTML page, not RSS or Atom");
            }
            throw new UnreadableInputException("malformed feed: " + oneLine(e));
        }
        List<FeedItem> out = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String content = null;
            boolean html = true;
            for (SyndContent c : e.getContents()) {
                if (c.getValue() != null && !c.getValue().isBlank()) {
                    content = c.getValue();
                    html = isHtml(c.getType());
                    break;
                }
            }
            if (content == null && e.getDescription() != null && e.getDescription().getValue() != null) {
                content = e.getDescription().getValue();
                html = isHtml(e.getDescription().getType());
            }
            Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            List<String> authors = new ArrayList<>();
            for (SyndPerson p : e.getAuthors()) {
                if (p.getName() != null && !p.getName().isBlank()) {
                    authors.add(rssAuthor(p.getName()));
                }
            }
            if (authors.isEmpty() && e.getAuthor() != null && !e.getAuthor().isBlank()) {
                authors.add(rssAuthor(e.getAuthor()));
            }
            String id = e.getUri() != null && !e.getUri().isBlank() ? e.getUri() : e.getLink();
            out.add(new FeedItem(id, e.getLink(), e.getTitle() == null ? null : e.getTitle().strip(),
                    d == null ? null : d.toInstant(), authors, content, html));
        }
        return out;
    }

    /** RSS 2.0 gives an author as an e-mail address, often "jane@example.org (Jane Doe)": the name is wanted. */
    static String rssAuthor(String author) {
        Matcher m = MAIL_AND_NAME.matcher(author.strip());
        return m.matches() ? m.group(1).strip() : author.strip();
    }

    /** RSS descriptions carry escaped HTML without saying so; only an explicit text type means plain text. */
    private static boolean isHtml(String type) {
        return type == null || !type.equalsIgnoreCase("text") && !type.equalsIgnoreCase("text/plain");
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
