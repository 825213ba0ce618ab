package org.sitrep.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.time.PublicationDateStage;
import org.sitrep.model.Analysis;
import org.sitrep.model.Problem;
import org.sitrep.model.Published;

/** Feeds, WARC archives, JSON Lines, gzip and encodings made here go through {@link Inputs}. */
class InputsFormatsTest {

    @TempDir
    Path dir;

    static final String PARA = "Negotiators from both sides returned to the table on Tuesday, three weeks after the "
            + "last round of talks collapsed without any agreement on the main points.";

    static String page(String title, String date) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"" + date + "T09:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1>"
                + "<p>" + PARA + "</p><p>The mediators said the first session lasted more than six hours and ended "
                + "with a joint statement.</p></article></body></html>";
    }

    static final String RSS2 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Example News</title><link>https://news.example.org/</link><description>News</description>
            <item><title>Talks resume</title><link>https://news.example.org/1</link><guid>n-1</guid>
              <pubDate>Tue, 23 Apr 2024 10:00:00 GMT</pubDate>
              <content:encoded><![CDATA[<p>%s</p><p>More detail follows in a second paragraph here.</p>]]></content:encoded></item>
            <item><title>Storm hits coast</title><link>https://news.example.org/2</link>
              <pubDate>Wed, 24 Apr 2024 06:30:00 GMT</pubDate>
              <description>&lt;p&gt;A storm battered the coast overnight, leaving thousands of homes without power.&lt;/p&gt;</description></item>
            <item><title>Markets steady</title><link>https://news.example.org/3</link>
              <description>Markets were steady on Thursday as traders waited for the central bank decision.</description></item>
            </channel></rss>
            """.formatted(PARA);

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title><id>urn:x</id><updated>2024-04-24T00:00:00Z</updated>
            <entry><title>First entry</title><id>urn:e1</id><link href="https://news.example.org/e1"/>
              <updated>2024-04-22T12:00:00Z</updated><author><name>Jane Roe</name></author>
              <content type="html">&lt;p&gt;The first entry's content is a paragraph of news text.&lt;/p&gt;</content></entry>
            <entry><title>Second entry</title><id>urn:e2</id><link href="https://news.example.org/e2"/>
              <updated>2024-04-23T12:00:00Z</updated><summary type="text">A plain-text summary of the second entry.</summary></entry>
            </feed>
            """;

    static final String RSS1 = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://news.example.org/"><title>Example</title><link>https://news.example.org/</link>
              <description>News</description></channel>
            <item rdf:about="https://news.example.org/r1"><title>One</title><link>https://news.example.org/r1</link>
              <description>The first item of an RSS 1.0 feed.</description><dc:date>2024-04-21T08:00:00Z</dc:date></item>
            <item rdf:about="https://news.example.org/r2"><title>Two</title><link>https://news.example.org/r2</link>
              <description>The second item of an RSS 1.0 feed.</description></item>
            </rdf:RDF>
            """;

    static final String RSS091 = """
            <?xml version="1.0"?><rss version="0.91"><channel><title>Old</title><link>https://old.example.org/</link>
            <description>Old feed</description><language>en</language>
            <item><title>Only item</title><link>https://old.example.org/1</link><description>An item from a feed of the old kind.</description></item>
            </channel></rss>
            """;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static List<ReadResult> read(Path p) {
        return Inputs.read(p.toString(), InputStream.nullInputStream());
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        }
        return out.toByteArray();
    }

    @Test
    void feedsOfEveryKindGiveOneArticlePerItem() throws IOException {
        List<ReadResult> rss = read(write("news.xml", RSS2.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, rss.size());
        assertTrue(rss.stream().noneMatch(ReadResult::failed), rss.toString());
        assertEquals("Talks resume", rss.get(0).article().title());
        assertEquals("https://news.example.org/1", rss.get(0).article().url());
        assertEquals(PARA + "\n\nMore detail follows in a second paragraph here.", rss.get(0).article().text());
        assertEquals(LocalDate.of(2024, 4, 23), rss.get(0).article().published().date());
        assertEquals(Published.How.METADATA, rss.get(0).article().published().how());
        assertEquals("A storm battered the coast overnight, leaving thousands of homes without power.",
                rss.get(1).article().text());
        assertEquals(Published.How.UNKNOWN, rss.get(2).article().published().how());

        List<ReadResult> atom = read(write("feed.atom", ATOM.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, atom.size());
        assertEquals("The first entry's content is a paragraph of news text.", atom.get(0).article().text());
        assertEquals("A plain-text summary of the second entry.", atom.get(1).article().text());
        assertEquals(List.of("Jane Roe"), atom.get(0).article().meta().authors());
        assertEquals("feed item author", atom.get(0).article().meta().authorsFrom());

        assertEquals(2, read(write("rss1.rdf.xml", RSS1.getBytes(StandardCharsets.UTF_8))).size());
        assertEquals(LocalDate.of(2024, 4, 21),
                read(write("rss1b.xml", RSS1.getBytes(StandardCharsets.UTF_8))).get(0).article().published().date());
        assertEquals(1, read(write("old.xml", RSS091.getBytes(StandardCharsets.UTF_8))).size());
    }

    /** One WARC record, gzipped on its own as in CC-NEWS. */
    static byte[] warcRecord(String type, String uri, String contentType, byte[] block) throws IOException {
        String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri
                + "\r\nWARC-Date: 2024-04-23T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
                        (type + uri).getBytes(StandardCharsets.UTF_8)) + ">\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.getBytes(StandardCharsets.US_ASCII));
        out.write(block);
        out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return gzip(out.toByteArray());
    }

    static byte[] httpResponse(int status, String contentType, byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("HTTP/1.1 " + status + " OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        return out.toByteArray();
    }

    static byte[] warc() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(warcRecord("warcinfo", "", "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.US_ASCII)));
        out.write(warcRecord("request", "https://news.example.org/a", "application/http; msgtype=request",
                "GET /a HTTP/1.1\r\nHost: news.example.org\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
        out.write(warcRecord("response", "https://news.example.org/a", "application/http; msgtype=response",
                httpResponse(200, "text/html; charset=utf-8", page("Page A", "2024-04-22").getBytes(StandardCharsets.UTF_8))));
        out.write(warcRecord("response", "https://news.example.org/logo.png", "application/http; msgtype=response",
                httpResponse(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0})));
        out.write(warcRecord("response", "https://news.example.org/moved", "application/http; msgtype=response",
                httpResponse(301, "text/html", "<html><body>moved</body></html>".getBytes(StandardCharsets.UTF_8))));
        out.write(warcRecord("response", "https://news.example.org/b", "application/http; msgtype=response",
                httpResponse(200, "text/html; charset=windows-1252",
                        page("Page B – café", "2024-04-23").getBytes(Charset.forName("windows-1252")))));
        return out.toByteArray();
    }

    @Test
    void warcGivesItsHtmlPagesOnly() throws IOException {
        List<ReadResult> r = read(write("crawl.warc.gz", warc()));
        assertEquals(2, r.size(), r.toString());
        assertTrue(r.stream().noneMatch(ReadResult::failed), r.toString());
        assertEquals("Page A", r.get(0).article().title());
        assertEquals("https://news.example.org/a", r.get(0).article().url());
        assertEquals(LocalDate.of(2024, 4, 22), r.get(0).article().published().date());
        assertEquals("Page B – café", r.get(1).article().title());
        assertTrue(r.get(1).article().text().startsWith("Negotiators"));
        // The same archive without a telling name, and from standard input.
        assertEquals(2, read(write("crawl.bin", warc())).size());
        assertEquals(2, Inputs.read("-", new ByteArrayInputStream(warc())).size());
    }

    @Test
    void truncatedWarcKeepsWhatWasReadAndSaysWhereItStopped() throws IOException {
        byte[] whole = warc();
        byte[] cut = Arrays.copyOf(whole, whole.length - 40);
        List<ReadResult> r = read(write("cut.warc.gz", cut));
        assertEquals(1, r.stream().filter(x -> !x.failed()).count(), r.toString());
        ReadResult err = r.get(r.size() - 1);
        assertTrue(err.failed());
        assertTrue(err.error().contains("WARC"), err.error());
        assertTrue(err.origin().contains("cut.warc.gz"));
    }

    @Test
    void aStreamedWarcGivesWhatTheFileReaderGivesAndClosesItsInput() throws IOException {
        byte[] whole = warc();
        for (byte[] archive : List.of(whole, Arrays.copyOf(whole, whole.length - 40))) {
            List<ReadResult> file = read(write("a.warc.gz", archive));
            boolean[] closed = {false};
            InputStream in = new ByteArrayInputStream(archive) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            List<ReadResult> streamed;
            try (java.util.stream.Stream<ReadResult> s = Inputs.warc("a.warc.gz", in)) {
                streamed = s.toList();
            }
            assertTrue(closed[0]);
            assertEquals(file.size(), streamed.size(), streamed.toString());
            for (int i = 0; i < file.size(); i++) {
                assertEquals(file.get(i).article(), streamed.get(i).article());
                assertEquals(file.get(i).problems(), streamed.get(i).problems());
                assertEquals(file.get(i).error(), streamed.get(i).error());
            }
        }
    }

    @Test
    void jsonLinesWithTextOrHtml() throws IOException {
        String jsonl = "{\"id\":\"a\",\"url\":\"https://x.example/a\",\"title\":\"A\",\"published\":\"2024-04-01\",\"text\":\"Plain text of A.\"}\n"
                + "\n"
                + "{\"id\":\"b\",\"html\":" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(page("B", "2024-04-02")) + "}\n"
                + "{\"id\":\"c\",\"title\":\"no body\"}\n"
                + "not json at all\n"
                + "{\"id\":\"d\",\"text\":\"Plain text of D.\",\"published\":\"yesterday\",\"language\":\"pt_BR\",\"authors\":\"Ana Lima\"}\n";
        List<ReadResult> r = read(write("export.jsonl", jsonl.getBytes(StandardCharsets.UTF_8)));
        assertEquals(5, r.size());
        assertEquals("Plain text of A.", r.get(0).article().text());
        assertEquals(LocalDate.of(2024, 4, 1), r.get(0).article().published().date());
        assertEquals("B", r.get(1).article().title());
        assertEquals(LocalDate.of(2024, 4, 2), r.get(1).article().published().date());
        assertTrue(r.get(1).article().text().startsWith("Negotiators"));
        assertTrue(r.get(2).failed());
        assertTrue(r.get(2).origin().endsWith("export.jsonl:4"), r.get(2).origin());
        assertTrue(r.get(2).error().contains("\"text\" or \"html\""));
        assertTrue(r.get(3).failed());
        assertTrue(r.get(3).error().startsWith("not a JSON object"));
        assertTrue(r.get(4).problems().stream().anyMatch(p -> p.code().equals("bad-date")));
        assertEquals("en", r.get(1).article().meta().language(), "the page's own lang attribute");
        assertEquals("pt-br", r.get(4).article().meta().language());
        assertEquals("language field", r.get(4).article().meta().languageFrom());
        assertEquals(List.of("Ana Lima"), r.get(4).article().meta().authors());
    }

    @Test
    void jsonLinesWithOnlyWhitespaceTextSayItIsEmpty() throws IOException {
        String jsonl = "{\"id\":\"a\",\"text\":\"Plain text of A.\"}\n{\"id\":\"b\",\"text\":\"  \\n\\t \"}\n"
                + "{\"id\":\"c\",\"html\":\" \"}\n";
        List<ReadResult> r = read(write("blank.jsonl", jsonl.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, r.size(), r.toString());
        assertTrue(r.get(1).failed());
        assertTrue(r.get(1).origin().endsWith("blank.jsonl:2"), r.get(1).origin());
        assertTrue(r.get(1).error().contains("empty \"text\""), r.get(1).error());
        assertTrue(r.get(2).origin().endsWith("blank.jsonl:3"), r.get(2).origin());
        assertTrue(r.get(2).error().contains("empty \"html\""), r.get(2).error());
    }

    @Test
    void anUndatedPageOrFeedItemGetsOneProblemForItsDate() throws IOException {
        String undated = page("Undated", "").replace("<meta property=\"article:published_time\" content=\"T09:00:00Z\">", "");
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title><item><title>No date</title>"
                + "<link>https://x.example/n</link><description>" + PARA + "</description></item></channel></rss>";
        for (Path p : List.of(write("undated.html", undated.getBytes(StandardCharsets.UTF_8)),
                write("undated.rss", rss.getBytes(StandardCharsets.UTF_8)))) {
            ReadResult r = read(p).get(0);
            assertFalse(r.failed(), r.toString());
            assertEquals(Published.How.UNKNOWN, r.article().published().how(), p.toString());
            // What analyze, ingest and watch do: the reading's problems join the analysis's.
            Analysis a = new PublicationDateStage().apply(Analysis.of(r.article()));
            for (Problem x : r.problems()) {
                a = a.withProblem(x);
            }
            assertEquals(List.of("no-publication-date"), a.problems().stream().map(Problem::code)
                    .filter(c -> c.contains("date")).toList(), p.toString());
        }
    }

    @Test
    void aDirectoryWithNothingReadableIsSaidSo() throws IOException {
        Path none = Files.createDirectory(dir.resolve("scans"));
        Files.write(none.resolve("report.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        List<ReadResult> r = Inputs.read(none.toString(), InputStream.nullInputStream());
        assertEquals(1, r.size(), r.toString());
        assertEquals(none.toString(), r.get(0).origin());
        assertTrue(r.get(0).error().startsWith("no readable files in this directory"), r.get(0).error());
    }

    @Test
    void brokenInputsFailAloneAndTheBatchGoesOn() throws IOException {
        Path batch = Files.createDirectory(dir.resolve("batch"));
        byte[] gz = gzip(page("Good page", "2024-04-01").getBytes(StandardCharsets.UTF_8));
        Files.write(batch.resolve("a-good.html.gz"), gz);
        Files.write(batch.resolve("b-truncated.html.gz"), Arrays.copyOf(gz, gz.length / 2));
        Files.write(batch.resolve("c-malformed.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x</title></channel>"
                .getBytes(StandardCharsets.UTF_8));
        Files.write(batch.resolve("d-nobody.html"), "<!DOCTYPE html><html><head><title>Only a head</title></head></html>"
                .getBytes(StandardCharsets.UTF_8));
        Files.write(batch.resolve("e-empty.txt"), new byte[0]);
        Files.write(batch.resolve("f-good.txt"), "A plain text article.\n".getBytes(StandardCharsets.UTF_8));
        Files.write(batch.resolve("g-truncated.warc.gz"), Arrays.copyOf(warc(), 30));
        List<ReadResult> r = Inputs.read(batch.toString(), InputStream.nullInputStream());
        assertEquals(7, r.size(), r.toString());
        assertFalse(r.get(0).failed());
        assertEquals("Good page", r.get(0).article().title());
        assertTrue(r.get(1).error().contains("truncated gzip"), r.get(1).error());
        assertTrue(r.get(2).error().startsWith("malformed feed"), r.get(2).error());
        assertTrue(r.get(3).error().contains("HTML without a body"), r.get(3).error());
        assertEquals("empty file (0 bytes)", r.get(4).error());
        assertFalse(r.get(5).failed());
        assertTrue(r.get(6).failed());
        assertTrue(r.get(6).error().contains("WARC"), r.get(6).error());
        for (int i : new int[] {1, 2, 3, 4, 6}) {
            assertTrue(r.get(i).origin().contains(batch.toString()), r.get(i).origin());
        }
    }

    @Test
    void aGzNameOnDataThatIsNotGzipIsReadAsItIsAndSaidSo() throws IOException {
        ReadResult text = read(write("story.txt.gz", "A plain text article, never compressed.\n"
                .getBytes(StandardCharsets.UTF_8))).get(0);
        assertFalse(text.failed(), text.toString());
        assertTrue(text.article().text().startsWith("A plain text article"));
        assertTrue(text.problems().stream().anyMatch(p -> p.code().equals("not-gzip")
                && p.message().contains("not gzip data")), text.problems().toString());
        ReadResult empty = read(write("blank.txt.gz", "   \n".getBytes(StandardCharsets.UTF_8))).get(0);
        assertTrue(empty.failed());
        assertTrue(empty.origin().endsWith("blank.txt.gz"), empty.origin());
        assertTrue(empty.error().contains("not gzip data"), empty.error());
        ReadResult real = read(write("real.txt.gz", gzip("Compressed text.\n".getBytes(StandardCharsets.UTF_8)))).get(0);
        assertTrue(real.problems().stream().noneMatch(p -> p.code().equals("not-gzip")), real.problems().toString());
    }

    @Test
    void plainTextInCommonEncodingsSaysWhatWasAssumed() throws IOException {
        String russian = "Переговоры возобновились во вторник, через три недели после срыва предыдущего раунда.";
        String german = "Die Verhandlungen wurden am Dienstag fortgesetzt, drei Wochen nach dem Scheitern, für alle überraschend.";
        String polish = "Negocjacje wznowiono we wtorek, trzy tygodnie po fiasku poprzedniej rundy rozmów, zaś źródła milczą.";
        String[][] cases = {
            {russian, "windows-1251"}, {russian, "KOI8-R"}, {german, "windows-1252"}, {german, "ISO-8859-1"},
            {polish, "ISO-8859-2"}};
        for (String[] c : cases) {
            ReadResult r = read(write("t-" + c[1] + ".txt", c[0].getBytes(Charset.forName(c[1])))).get(0);
            assertEquals(c[0], r.article().text(), c[1]);
            assertTrue(r.problems().stream().anyMatch(p -> p.code().equals("charset-assumed")), c[1]);
        }
        for (String cs : new String[] {"UTF-8", "UTF-16"}) {
            ReadResult r = read(write("bom-" + cs + ".txt", ("\uFEFF" + german).getBytes(Charset.forName(cs)))).get(0);
            assertEquals(german, r.article().text(), cs);
            assertTrue(r.problems().isEmpty(), cs);
        }
        ReadResult le = read(write("le.txt", german.getBytes(StandardCharsets.UTF_16LE))).get(0);
        assertEquals(german, le.article().text());
        assertTrue(le.problems().stream().anyMatch(p -> p.message().contains("UTF-16LE")));
        ReadResult utf8 = read(write("u.txt", russian.getBytes(StandardCharsets.UTF_8))).get(0);
        assertTrue(utf8.problems().isEmpty());
    }

    @Test
    void formatOverrideAndDetection() throws IOException {
        byte[] html = page("Forced", "2024-04-05").getBytes(StandardCharsets.UTF_8);
        Path p = write("page.txt", html);
        ReadResult detected = read(p).get(0);
        assertEquals("Forced", detected.article().title());
        ReadResult asText = Inputs.read(p.toString(), InputStream.nullInputStream(), InputFormat.TEXT).get(0);
        assertTrue(asText.article().text().startsWith("<!DOCTYPE html>"));
        assertEquals(InputFormat.FEED, InputFormat.detect("x", RSS2.getBytes(StandardCharsets.UTF_8)));
        assertEquals(InputFormat.FEED, InputFormat.detect("x", ATOM.getBytes(StandardCharsets.UTF_8)));
        assertEquals(InputFormat.FEED, InputFormat.detect("x", RSS1.getBytes(StandardCharsets.UTF_8)));
        assertEquals(InputFormat.JSONL, InputFormat.detect("x", "{\"text\":\"a\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(InputFormat.TEXT, InputFormat.detect("x", "Just words.".getBytes(StandardCharsets.UTF_8)));
        assertNotNull(read(write("g.html.gz", gzip(html))).get(0).article());
    }
}
