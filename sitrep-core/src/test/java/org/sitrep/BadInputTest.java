package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Analysis;
import org.sitrep.model.Problem;
import org.sitrep.read.InputFormat;
import org.sitrep.read.Inputs;
import org.sitrep.read.ReadResult;
import org.sitrep.store.Ingest;
import org.sitrep.store.Store;
import org.sitrep.testing.Fixtures;

/**
 * A corpus of hostile inputs, made here in a temporary folder, read and ingested as one batch: every document
 * ends as a clear per-document failure or a best-effort analysis, the batch goes on to the good article at
 * the end, no stage fails (an out-of-memory or stack overflow would show as a stage or analysis failure) and
 * the long ones are bounded by the {@code maxChars} setting.
 */
class BadInputTest {

    private static final String IN = "/bad-inputs/";
    /**
     * The shared pipeline with a lower analysis limit than the default, to keep the suite fast: the mechanism
     * is the same (BadInputTest's figures with the default limit are in docs/reliability.md).
     */
    private static final Sitrep SITREP = Sitrep.of(Fixtures.sitrep().config().withMaxChars(40_000),
            Fixtures.sitrep().pipeline());
    private static final String GOOD = "The mayor of Lyon opened a new library on Monday. Officials said two schools"
            + " would use it.";

    @Test
    void everyHostileDocumentGetsAClearOutcomeAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("bad-inputs"));
        write(in, "a01-empty.txt", new byte[0]);
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        write(in, "a02-binary.txt", binary);
        write(in, "a03-huge-line.txt", hugeLine(20 << 20));
        write(in, "a04-invalid-utf8.txt", concat("Talks resumed in Geneva on Tuesday. ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xFF}, " Officials said more was needed.".getBytes(
                        StandardCharsets.UTF_8)));
        write(in, "a05-utf16-bom.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Talks resumed in Geneva on Tuesday, officials said.".getBytes(StandardCharsets.UTF_16LE)));
        write(in, "a06-cp1251.txt", "Переговоры возобновились в Женеве во вторник, сообщили официальные лица."
                .getBytes(Charset.forName("windows-1251")));
        write(in, "a07-no-body.html", "<html><head><title>Nothing here</title></head></html>".getBytes(StandardCharsets.UTF_8));
        write(in, "a08-nested.html", nested(100_000).getBytes(StandardCharsets.UTF_8));
        write(in, "a08b-nested-text.html", nestedText(20_000).getBytes(StandardCharsets.UTF_8));
        write(in, "a09-long-article.txt", longArticle(10_000).getBytes(StandardCharsets.UTF_8));
        write(in, "a10-long-sentence.txt", longSentence(5_000).getBytes(StandardCharsets.UTF_8));
        byte[] gz = gzip(("Talks resumed in Geneva on Tuesday. ".repeat(2000)).getBytes(StandardCharsets.UTF_8));
        write(in, "a11-truncated.txt.gz", Arrays.copyOf(gz, gz.length / 2));
        byte[] warc = twoPageWarc();
        write(in, "a12-truncated.warc.gz", Arrays.copyOf(warc, warc.length - 40));
        write(in, "a13-malformed.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>A</title>"
                .getBytes(StandardCharsets.UTF_8));
        write(in, "a14-broken.jsonl", ("{\"id\": \"j1\", \"text\": \"Talks resumed in Geneva on Tuesday.\"}\n"
                + "{\"id\": \"j2\", \"text\": \"Officials \n"
                + "not json at all\n"
                + "{\"id\": \"j3\"}\n"
                + "[1, 2, 3]\n"
                + "{\"id\": \"j4\", \"text\": \"Negotiators from both sides met in Vienna on Friday.\"}\n").getBytes(
                        StandardCharsets.UTF_8));
        write(in, "z99-good.txt", GOOD.getBytes(StandardCharsets.UTF_8));

        long t0 = System.nanoTime();
        List<ReadResult> docs = Inputs.read(in.toString(), null, InputFormat.AUTO);
        double readSeconds = (System.nanoTime() - t0) / 1e9;
        Map<String, String> failures = new LinkedHashMap<>();
        for (ReadResult r : docs) {
            if (r.failed()) {
                failures.put(name(r.origin()), r.error());
            }
        }
        assertFailure(failures, "a01-empty.txt", "empty file");
        assertFailure(failures, "a02-binary.txt", "binary data");
        assertFailure(failures, "a07-no-body.html", "HTML without a body");
        assertFailure(failures, "a08b-nested-text.html", "no article text found");
        assertFailure(failures, "a11-truncated.txt.gz", "truncated gzip");
        assertFailure(failures, "a12-truncated.warc.gz", "truncated or corrupt WARC after record");
        assertFailure(failures, "a13-malformed.rss", "malformed feed");
        assertFailure(failures, "a14-broken.jsonl:2", "not a JSON object");
        assertFailure(failures, "a14-broken.jsonl:3", "not a JSON object");
        assertFailure(failures, "a14-broken.jsonl:4", "no \"text\" or \"html\" field");
        assertFailure(failures, "a14-broken.jsonl:5", "not a JSON object");
        Map<String, ReadResult> ok = docs.stream().filter(r -> !r.failed())
                .collect(Collectors.toMap(r -> name(r.origin()), r -> r, (a, b) -> a, LinkedHashMap::new));
        assertEquals(List.of("a03-huge-line.txt", "a04-invalid-utf8.txt", "a05-utf16-bom.txt", "a06-cp1251.txt",
                "a08-nested.html", "a09-long-article.txt", "a10-long-sentence.txt", "a12-truncated.warc.gz#1 https://news.example.org/a",
                "a14-broken.jsonl:1", "a14-broken.jsonl:6", "z99-good.txt"), List.copyOf(ok.keySet()), failures.toString());
        assertTrue(ok.get("a04-invalid-utf8.txt").problems().stream().anyMatch(p -> p.code().equals("charset-assumed")));
        assertTrue(ok.get("a05-utf16-bom.txt").article().text().startsWith("Talks resumed in Geneva"));
        assertTrue(ok.get("a06-cp1251.txt").article().text().startsWith("Переговоры возобновились"),
                ok.get("a06-cp1251.txt").article().text());
        assertTrue(ok.get("a08-nested.html").article().text().contains("deep inside"));
        assertTrue(readSeconds < 60, "reading took " + readSeconds + " s");

        Map<String, String> nameOfId = new LinkedHashMap<>();
        ok.forEach((name, r) -> nameOfId.put(r.article().id(), name));
        Map<String, Analysis> stored = new LinkedHashMap<>();
        long t1 = System.nanoTime();
        try (Store store = Store.open(dir.resolve("bad.db").toString())) {
            Ingest.Summary sum = new Ingest(store, SITREP).run(docs, p -> { });
            assertEquals(ok.size(), sum.added(), sum.toString());
            assertEquals(failures.size(), sum.failures().size(), sum.failures().toString());
            assertEquals(ok.size(), store.counts().articles());
            List<Long> ids = store.read(c -> {
                List<Long> out = new ArrayList<>();
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT id FROM article ORDER BY id")) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
                return out;
            });
            for (long id : ids) {
                Analysis a = store.analysis(id).orElseThrow();
                stored.put(nameOfId.get(a.article().id()), a);
            }
        }
        double ingestSeconds = (System.nanoTime() - t1) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("bad inputs: read %.1f s, ingest (analyse and store %d documents) %.1f s, heap used %d MB of %d MB%n",
                readSeconds, ok.size(), ingestSeconds, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        assertEquals(ok.keySet(), stored.keySet());
        for (Map.Entry<String, Analysis> e : stored.entrySet()) {
            List<Problem> fatal = new ArrayList<>();
            for (Problem p : e.getValue().problems()) {
                if (p.code().equals("stage-failed") || p.code().equals(Sitrep.ANALYSIS_FAILED)) {
                    fatal.add(p);
                }
            }
            assertEquals(List.of(), fatal, e.getKey());
            assertFalse(e.getValue().tokens().isEmpty(), e.getKey() + " is analysed");
        }
        int max = SITREP.config().maxChars();
        for (String big : List.of("a03-huge-line.txt", "a09-long-article.txt")) {
            Analysis a = stored.get(big);
            Problem t = a.problems().stream().filter(p -> p.code().equals(Sitrep.TRUNCATED)).findFirst().orElse(null);
            assertNotNull(t, big + " is reported as truncated");
            assertTrue(t.span().begin() <= max && t.span().end() == a.text().length(), t.toString());
            assertTrue(a.tokens().get(a.tokens().size() - 1).span().end() <= max, "nothing analysed past the limit");
        }
        assertEquals(20 << 20, stored.get("a03-huge-line.txt").text().length(), "the whole text is kept");
        Analysis sentence = stored.get("a10-long-sentence.txt");
        assertTrue(sentence.problems().stream().anyMatch(p -> p.code().equals("not-parsed")), "too long to parse");
        assertTrue(sentence.tokens().size() >= 5_000);
        assertTrue(ingestSeconds < 240, "the whole batch is bounded in time: " + ingestSeconds + " s");
    }

    private static void assertFailure(Map<String, String> failures, String name, String reason) {
        String got = failures.get(name);
        assertNotNull(got, name + " should fail; failures: " + failures);
        assertTrue(got.contains(reason), name + ": " + got);
    }

    /** The origin without the folder: the file name, with its line or record. */
    private static String name(String origin) {
        int at = origin.indexOf(IN);
        return at < 0 ? origin : origin.substring(at + IN.length());
    }

    private static void write(Path dir, String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** One line of plain words, no sentence end and no line break, {@code bytes} long. */
    private static byte[] hugeLine(int bytes) {
        byte[] unit = "the convoy moved slowly along the road near the river while observers watched ".getBytes(
                StandardCharsets.US_ASCII);
        byte[] out = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            out[i] = unit[i % unit.length];
        }
        return out;
    }

    private static String nested(int depth) {
        return "<html><body>" + "<div>".repeat(depth) + "<p>The text deep inside the page says that talks resumed in"
                + " Geneva on Tuesday, and officials from both sides said more meetings would follow.</p>"
                + "</div>".repeat(depth) + "</body></html>";
    }

    /** Text at every level: keeping every ancestor of every block once made this cost depth² time and memory. */
    private static String nestedText(int depth) {
        return "<html><body>" + "<div>Some words at this level of the page.".repeat(depth) + "</body></html>";
    }

    private static String longArticle(int sentences) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            b.append("Officials in Geneva said on Tuesday that talks number ").append(i).append(" had resumed.");
            b.append(i % 5 == 4 ? "\n\n" : " ");
        }
        return b.toString();
    }

    private static String longSentence(int tokens) {
        StringBuilder b = new StringBuilder("Officials said");
        String[] words = {"that", "the", "envoy", "from", "Geneva", "met", "delegates", "and"};
        for (int i = 2; i < tokens - 1; i++) {
            b.append(' ').append(words[i % words.length]);
        }
        return b.append('.').toString();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    /** Two response records with HTML pages, each gzipped on its own as in CC-NEWS. */
    private static byte[] twoPageWarc() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String page : List.of("a", "b")) {
            String html = "<html><body><article><p>Talks on page " + page + " resumed in Geneva on Tuesday, officials"
                    + " said.</p></article></body></html>";
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
            String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example.org/" + page
                    + "\r\nWARC-Date: 2024-04-23T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000"
                    + (page.equals("a") ? 1 : 2) + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
                    + http.length + "\r\n\r\n";
            out.writeBytes(gzip(concat(header.getBytes(StandardCharsets.US_ASCII), http, "\r\n\r\n".getBytes(
                    StandardCharsets.US_ASCII))));
        }
        return out.toByteArray();
    }
}
