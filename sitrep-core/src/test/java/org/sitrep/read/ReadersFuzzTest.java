package org.sitrep.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.read.feed.FeedParser;
import org.sitrep.read.html.HtmlReader;
import org.sitrep.read.html.WebPage;

/**
 * Coverage-guided fuzz targets (Jazzer) for every reader: whatever the bytes, a reader returns results or
 * its one declared refusal ({@link UnreadableInputException}), never another exception, and every result is
 * either a readable article (non-blank text, no carriage returns) or a failure with a reason. In {@code mvn
 * verify} each target runs once per seed in {@code ReadersFuzzTestInputs/<target>/}; with {@code JAZZER_FUZZ=1}
 * Jazzer mutates from there (see docs/reliability.md for the command).
 */
class ReadersFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void text(byte[] data) {
        try {
            DecodedText d = TextDecoder.decode(data);
            assertNotNull(d.text());
            assertFalse(d.text().indexOf('\r') >= 0, "line ends are canonical");
            assertFalse(!d.text().isEmpty() && d.text().charAt(0) == '\uFEFF', "no byte-order mark in the text");
        } catch (UnreadableInputException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        }
        check(collect(sink -> Inputs.fromBytes("fuzz.txt", "fuzz", data, InputFormat.TEXT, sink)), bound(data));
    }

    @FuzzTest(maxDuration = "5m")
    void html(byte[] data) {
        try {
            WebPage page = HtmlReader.read(data, "https://example.org/news/2024/05/01/story", null);
            assertNotNull(page.text());
            assertNotNull(page.problems());
        } catch (UnreadableInputException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        }
        check(collect(sink -> Inputs.fromBytes("fuzz.html", "fuzz", data, InputFormat.HTML, sink)), bound(data));
    }

    @FuzzTest(maxDuration = "5m")
    void feed(byte[] data) {
        try {
            FeedParser.parse(data).forEach(item -> assertNotNull(item.authors()));
        } catch (UnreadableInputException e) {
            assertTrue(e.getMessage().startsWith("malformed feed") || e.getMessage().startsWith("not a feed"), e.getMessage());
        }
        check(collect(sink -> Inputs.fromBytes("fuzz.rss", "fuzz", data, InputFormat.FEED, sink)), bound(data));
    }

    @FuzzTest(maxDuration = "5m")
    void warc(byte[] data) {
        List<ReadResult> out;
        try (Stream<ReadResult> pages = Inputs.warc("fuzz.warc", new ByteArrayInputStream(data))) {
            out = pages.toList();
        }
        // A record's payload may be gzip-encoded (Content-Encoding), so the text may outgrow the archive.
        check(out, Long.MAX_VALUE);
        check(collect(sink -> Inputs.fromBytes("fuzz.warc", "fuzz", data, InputFormat.WARC, sink)), Long.MAX_VALUE);
    }

    @FuzzTest(maxDuration = "5m")
    void jsonLines(byte[] data) {
        List<ReadResult> out = collect(sink -> Inputs.fromBytes("fuzz.jsonl", "fuzz", data, InputFormat.JSONL, sink));
        check(out, bound(data));
    }

    /** The whole front door: gzip or not, format detected from the bytes, as {@code sitrep ingest -} reads stdin. */
    @FuzzTest(maxDuration = "5m")
    void anyInput(byte[] data) {
        List<ReadResult> out = Inputs.read("-", new ByteArrayInputStream(data), InputFormat.AUTO);
        check(out, Long.MAX_VALUE); // gzip may expand
    }

    private static List<ReadResult> collect(java.util.function.Consumer<java.util.function.Consumer<ReadResult>> reader) {
        List<ReadResult> out = new ArrayList<>();
        reader.accept(out::add);
        return out;
    }

    /** Decoding never makes more characters than bytes, give or take a UTF-16 pair per byte. */
    private static long bound(byte[] data) {
        return Math.max(64, data.length * 2L);
    }

    /** At least one result; each an article with text or a failure with a reason, never both. */
    private static void check(List<ReadResult> results, long maxChars) {
        assertFalse(results.isEmpty(), "every input yields at least one result, even if only a failure");
        for (ReadResult r : results) {
            assertNotNull(r.origin());
            if (r.failed()) {
                assertNull(r.article());
                assertFalse(r.error().isBlank(), "a failure says why");
                assertFalse(r.error().startsWith(Inputs.READER_FAILED), r.error());
            } else {
                assertNotNull(r.article());
                String t = r.article().text();
                assertFalse(t.isBlank(), "an article has text");
                assertEquals(-1, t.indexOf('\r'), "line ends are canonical");
                assertTrue(t.length() <= maxChars, "text cannot grow beyond its input");
            }
        }
    }
}
