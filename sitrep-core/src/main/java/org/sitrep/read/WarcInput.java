package org.sitrep.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML pages of a WARC file (plain or gzip, record by record as in Common Crawl's CC-NEWS) with
 * jwarc, streaming: only response records with status 200 and an HTML payload become articles; requests,
 * metadata, redirects, images and the like are skipped silently. A damaged or truncated archive yields the
 * pages read so far and one error naming the position where reading stopped.
 */
final class WarcInput {

    private WarcInput() {
    }

    static void read(String origin, InputStream in, Consumer<ReadResult> sink) {
        int pages = 0;
        int records = 0;
        try (WarcReader reader = new WarcReader(in)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    sink.accept(ReadResult.failed(origin, "truncated or corrupt WARC after record " + records
                            + " (" + pages + " pages read): " + message(e)));
                    return;
                }
                if (next.isEmpty()) {
                    break;
                }
                records++;
                if (next.get() instanceof WarcResponse response) {
                    ReadResult r = page(origin, records, response);
                    if (r != null) {
                        pages++;
                        sink.accept(r);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(ReadResult.failed(origin, "cannot read WARC: " + message(e)));
            return;
        }
        if (records == 0) {
            sink.accept(ReadResult.failed(origin, "no WARC records"));
        }
    }

    /** One response record as an article, or null when it is not an HTML page. */
    private static ReadResult page(String origin, int n, WarcResponse response) {
        String where = origin + "#" + n + " " + response.target();
        try {
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                return null;
            }
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            String base = type.base().toString();
            if (http.status() != 200 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
                return null;
            }
            byte[] body;
            try (InputStream s = http.bodyDecoded().stream()) {
                body = s.readAllBytes();
            }
            String charset = type.parameters().get("charset");
            return Documents.html(where, response.target(), body, response.target(), charset);
        } catch (IOException | RuntimeException e) {
            return ReadResult.failed(where, "unreadable WARC response record: " + message(e));
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
