package org.sitrep.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
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
        try (Pages pages = new Pages(origin, in)) {
            pages.forEachRemaining(sink);
        }
    }

    /**
     * The pages of one archive, each record read only when the next page is asked for, so a reader that
     * consumes them one at a time (a Spark partition) never holds more than one page of a 1 GB archive.
     */
    static final class Pages implements Iterator<ReadResult>, Closeable {
        private final String origin;
        private WarcReader reader;
        private int pages;
        private int records;
        private ReadResult next;

        Pages(String origin, InputStream in) {
            this.origin = origin;
            try {
                reader = new WarcReader(in);
            } catch (IOException | RuntimeException e) {
                next = ReadResult.failed(origin, "cannot read WARC: " + message(e));
                return;
            }
            advance();
        }

        private void advance() {
            next = null;
            while (reader != null) {
                Optional<WarcRecord> record;
                try {
                    record = reader.next();
                } catch (IOException | RuntimeException e) {
                    next = ReadResult.failed(origin, "truncated or corrupt WARC after record " + records
                            + " (" + pages + " pages read): " + message(e));
                    close();
                    return;
                }
                if (record.isEmpty()) {
                    if (records == 0) {
                        next = ReadResult.failed(origin, "no WARC records");
                    } else if (pages == 0) {
                        // Otherwise an archive without pages would vanish from the run without a word (found by fuzzing).
                        next = ReadResult.failed(origin, "no HTML pages (status 200) in " + records + " WARC records");
                    }
                    close();
                    return;
                }
                records++;
                if (record.get() instanceof WarcResponse response) {
                    ReadResult r = page(origin, records, response);
                    if (r != null) {
                        pages++;
                        next = r;
                        return;
                    }
                }
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public ReadResult next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            ReadResult r = next;
            advance();
            return r;
        }

        /** Closes the archive's stream; idempotent. A failure to close loses nothing already read. */
        @Override
        public void close() {
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException | RuntimeException e) {
                    // every record was read before closing: nothing is lost
                }
                reader = null;
            }
        }
    }

    /** One response record as an article, or null when it is not an HTML page. */
    private static ReadResult page(String origin, int n, WarcResponse response) {
        String target;
        try {
            target = response.target();
        } catch (RuntimeException e) {
            // e.g. a record with two WARC-Target-URI headers; it used to end the archive (found by fuzzing).
            return ReadResult.failed(origin + "#" + n, "unreadable WARC response record: " + message(e));
        }
        String where = origin + "#" + n + " " + target;
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
                body = s.readNBytes(Inputs.MAX_DOCUMENT_BYTES + 1);
            }
            if (body.length > Inputs.MAX_DOCUMENT_BYTES) {
                return ReadResult.failed(where, "page larger than " + (Inputs.MAX_DOCUMENT_BYTES >> 20) + " MB; not read");
            }
            String charset = type.parameters().get("charset");
            return Documents.html(where, target, body, target, charset);
        } catch (IOException | RuntimeException e) {
            return ReadResult.failed(where, "unreadable WARC response record: " + message(e));
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
