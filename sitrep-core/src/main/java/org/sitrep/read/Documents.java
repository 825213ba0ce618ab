package org.sitrep.read;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.Problem;
import org.sitrep.model.Published;
import org.sitrep.read.feed.FeedItem;
import org.sitrep.read.feed.FeedParser;
import org.sitrep.read.html.HtmlReader;
import org.sitrep.read.html.WebPage;

/** Turns one document's bytes, of a known format, into read results; every failure becomes a result. */
final class Documents {

    private Documents() {
    }

    static ReadResult html(String origin, String id, byte[] bytes, String url, String charset) {
        WebPage page;
        try {
            page = HtmlReader.read(bytes, url, charset);
        } catch (UnreadableInputException e) {
            return ReadResult.failed(origin, e.getMessage());
        }
        if (page.text().isBlank()) {
            String why = page.problems().stream().anyMatch(p -> p.code().equals("no-body"))
                    ? "HTML without a body" : "no article text found in the page";
            return ReadResult.failed(origin, why);
        }
        return ReadResult.ok(origin, page.toArticle(id), page.problems());
    }

    static List<ReadResult> feed(String origin, byte[] bytes) {
        List<FeedItem> items;
        try {
            items = FeedParser.parse(bytes);
        } catch (UnreadableInputException e) {
            return List.of(ReadResult.failed(origin, e.getMessage()));
        }
        List<ReadResult> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(feedItem(origin + "#" + (i + 1), items.get(i)));
        }
        if (out.isEmpty()) {
            out.add(ReadResult.failed(origin, "feed has no items"));
        }
        return out;
    }

    /** A feed item as an article: its content as paragraphs (the title stays the article's title). */
    static ReadResult feedItem(String origin, FeedItem item) {
        String text = item.content() == null ? "" : item.contentIsHtml()
                ? HtmlReader.fragmentText(item.content()) : item.content().strip();
        if (text.isBlank()) {
            return ReadResult.failed(origin, "feed item \"" + item.title() + "\" has no content");
        }
        List<Problem> problems = new ArrayList<>();
        Published published = Published.UNKNOWN;
        if (item.published() != null) {
            LocalDate d = item.published().atOffset(ZoneOffset.UTC).toLocalDate();
            published = new Published(d, Published.How.METADATA, 0.9, "feed item date (UTC)");
        }
        String id = item.id() != null ? item.id() : origin;
        ArticleMeta meta = new ArticleMeta(item.authors(), item.authors().isEmpty() ? null : "feed item author",
                Published.UNKNOWN, null, null, null, true);
        return ReadResult.ok(origin, new Article(id, null, item.link(), item.title(), published, text, meta), problems);
    }

    /** Plain text: the decoder's charset is recorded whenever it was assumed rather than known. */
    static ReadResult text(String origin, String id, byte[] bytes) {
        DecodedText d;
        try {
            d = TextDecoder.decode(bytes);
        } catch (UnreadableInputException e) {
            return ReadResult.failed(origin, e.getMessage());
        }
        if (d.text().isBlank()) {
            return ReadResult.failed(origin, bytes.length == 0 ? "empty file (0 bytes)" : "empty document: no text");
        }
        List<Problem> problems = new ArrayList<>();
        if (d.assumed()) {
            problems.add(Problem.warning("charset-assumed", "charset not declared; decoded as " + d.charset()));
        }
        return ReadResult.ok(origin, Article.of(id, d.text()), problems);
    }
}
