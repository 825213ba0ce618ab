package org.sitrep.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Inputs of every kind Sitrep reads, made here (no third-party pages): news pages, an RSS feed, a gzipped
 * WARC in the CC-NEWS layout, JSON Lines, and broken variants of them, for tests of other modules too.
 */
public final class InputSamples {

    private InputSamples() {
    }

    /** A small English news page with navigation around the article, a title and a publication date. */
    public static String page(String title, String date, String place) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + " | Example News</title>"
                + "<meta property=\"og:site_name\" content=\"Example News\">"
                + "<meta property=\"article:published_time\" content=\"" + date + "T09:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1>"
                + "<p>The mayor of " + place + " opened a new library on Monday, three weeks after the council "
                + "approved the plan.</p><p>Officials in " + place + " said four schools would use it.</p></article>"
                + "<footer>Cookies help us deliver our services.</footer></body></html>";
    }

    /** An RSS 2.0 feed with {@code items} items, each with a link, a date and a paragraph of content. */
    public static String rss(int items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Example News</title><link>https://news.example.org/</link><description>News</description>");
        for (int i = 1; i <= items; i++) {
            b.append("<item><title>Item ").append(i).append("</title><link>https://news.example.org/feed/").append(i)
                    .append("</link><guid>feed-").append(i).append("</guid><pubDate>Tue, 23 Apr 2024 10:00:00 GMT</pubDate>")
                    .append("<description>Rescuers in Tartu searched for ").append(i)
                    .append(" missing hikers on Tuesday, officials said.</description></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    /** JSON Lines with {@code n} records, each with a text. */
    public static String jsonl(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            b.append("{\"id\":\"line-").append(i).append("\",\"title\":\"Line ").append(i)
                    .append("\",\"published\":\"2024-04-2").append(i % 10).append("\",\"text\":\"The port of Varna reopened ")
                    .append(i).append(" berths on Monday, the harbour master said.\"}\n");
        }
        return b.toString();
    }

    /**
     * A gzipped WARC as CC-NEWS has them: a warcinfo record, then per page a request and an HTML response;
     * {@code pages} HTML pages and one image response that must be skipped.
     */
    public static byte[] warc(int pages) {
        String[] places = {"Lyon", "Porto", "Gdansk", "Graz", "Cork"};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(record("warcinfo", "", "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.US_ASCII)));
            for (int i = 1; i <= pages; i++) {
                String uri = "https://news.example.org/2024/04/2" + i + "/page-" + i;
                out.write(record("request", uri, "application/http; msgtype=request",
                        ("GET /page-" + i + " HTTP/1.1\r\nHost: news.example.org\r\n\r\n").getBytes(StandardCharsets.US_ASCII)));
                out.write(record("response", uri, "application/http; msgtype=response", http("text/html; charset=utf-8",
                        page("Library opens in " + places[(i - 1) % places.length], "2024-04-2" + i, places[(i - 1) % places.length])
                                .getBytes(StandardCharsets.UTF_8))));
            }
            out.write(record("response", "https://news.example.org/logo.png", "application/http; msgtype=response",
                    http("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0})));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The first {@code fraction} of the bytes, as a download or copy cut short leaves them. */
    public static byte[] truncated(byte[] b, double fraction) {
        return Arrays.copyOf(b, (int) (b.length * fraction));
    }

    public static byte[] gzip(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] record(String type, String uri, String contentType, byte[] block) throws IOException {
        String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri
                + "\r\nWARC-Date: 2024-04-23T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
                + UUID.nameUUIDFromBytes((type + uri).getBytes(StandardCharsets.UTF_8)) + ">\r\nContent-Type: "
                + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.getBytes(StandardCharsets.US_ASCII));
        out.write(block);
        out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return gzip(out.toByteArray());
    }

    private static byte[] http(String contentType, byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        return out.toByteArray();
    }
}
