package org.sitrep.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.Problem;
import org.sitrep.model.Published;

/**
 * Resolves what a user names on the command line into documents: a file, a directory (its readable files,
 * sorted), {@code -} for standard input, or an {@code http(s)} URL (a feed's items are read from their
 * pages where those can be fetched). Files may be gzip-compressed; the
 * format (plain text, HTML page, RSS/Atom feed, WARC archive, JSON Lines) is detected from the bytes
 * unless given. Each document either reads or fails on its own, so one bad file, record, item or line
 * never stops the rest.
 */
public final class Inputs {

    /**
     * The largest single document (a WARC archive is streamed and exempt): memory stays bounded, and a gzip
     * bomb is refused instead of filling the heap. Ten times the largest real news page is well under it.
     */
    public static final int MAX_DOCUMENT_BYTES = 64 << 20;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern READABLE = Pattern.compile(
            "(?i).*\\.(txt|text|jsonl|ndjson|html?|xhtml|xml|rss|atom|warc)(\\.gz)?$");

    private Inputs() {
    }

    /** Reads every document named by {@code input}, the format detected; a missing path yields one failure. */
    public static List<ReadResult> read(String input, InputStream stdin) {
        return read(input, stdin, InputFormat.AUTO);
    }

    public static List<ReadResult> read(String input, InputStream stdin, InputFormat format) {
        List<ReadResult> out = new ArrayList<>();
        read(input, stdin, format, out::add);
        return out;
    }

    /** Streams the documents named by {@code input} to {@code sink}, in input order. */
    public static void read(String input, InputStream stdin, InputFormat format, Consumer<ReadResult> sink) {
        if (input.equals("-")) {
            fromStream("stdin", "stdin", stdin, format, sink);
            return;
        }
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            HttpFetcher.Fetched f;
            try {
                f = HttpFetcher.DEFAULT.get(input);
            } catch (IOException e) {
                sink.accept(ReadResult.failed(input, "cannot fetch: " + e.getMessage()));
                return;
            }
            InputFormat fmt = format != InputFormat.AUTO ? format : f.format();
            if (fmt == InputFormat.HTML) {
                sink.accept(Documents.html(input, f.url(), f.body(), f.url(), f.charset()));
            } else if (fmt == InputFormat.FEED) {
                try {
                    new FeedWatcher(HttpFetcher.DEFAULT, FeedWatcher.Settings.ONCE).items(f.url(), f.body()).forEach(sink);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    sink.accept(ReadResult.failed(input, "interrupted while reading the feed's pages"));
                }
            } else {
                fromBytes(input, f.url(), f.body(), fmt, sink);
            }
            return;
        }
        Path p = Path.of(input);
        if (!Files.exists(p)) {
            sink.accept(ReadResult.failed(input, "no such file or directory"));
            return;
        }
        if (Files.isDirectory(p)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(p)) {
                files = s.filter(Files::isRegularFile).filter(f -> READABLE.matcher(f.getFileName().toString()).matches())
                        .sorted().toList();
            } catch (IOException e) {
                sink.accept(ReadResult.failed(input, "cannot list directory: " + e.getMessage()));
                return;
            }
            if (files.isEmpty()) {
                // Otherwise nothing at all is said and the user cannot tell a wrong folder from an empty result.
                sink.accept(ReadResult.failed(input, "no readable files in this directory (looked for .txt .text "
                        + ".jsonl .ndjson .html .htm .xhtml .xml .rss .atom .warc, each also .gz)"));
            }
            for (Path f : files) {
                readFile(f, format, sink);
            }
            return;
        }
        readFile(p, format, sink);
    }

    static void readFile(Path f, InputFormat format, Consumer<ReadResult> sink) {
        if (!Files.isReadable(f)) {
            sink.accept(ReadResult.failed(f.toString(), "file is not readable (permission denied)"));
            return;
        }
        try (InputStream in = Files.newInputStream(f)) {
            fromStream(f.toString(), idOf(f), in, format, sink);
        } catch (IOException e) {
            sink.accept(ReadResult.failed(f.toString(), "cannot read: " + e.getMessage()));
        }
    }

    /** Un-gzips if needed, streams WARC archives, and reads anything else whole. */
    private static void fromStream(String origin, String id, InputStream raw, InputFormat format,
            Consumer<ReadResult> to) {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        try {
            in.mark(4);
            boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
            in.reset();
            Consumer<ReadResult> sink = !gzip && origin.toLowerCase(Locale.ROOT).endsWith(".gz") ? notGzip(to) : to;
            boolean warcName = origin.toLowerCase(Locale.ROOT).matches(".*\\.warc(\\.gz)?$");
            if (format == InputFormat.WARC || format == InputFormat.AUTO && (warcName || isWarc(in, gzip))) {
                WarcInput.read(origin, in, sink);
                return;
            }
            byte[] bytes;
            if (gzip) {
                try (InputStream z = new GZIPInputStream(in)) {
                    bytes = z.readNBytes(MAX_DOCUMENT_BYTES + 1);
                } catch (EOFException e) {
                    sink.accept(ReadResult.failed(origin, "truncated gzip file (unexpected end of compressed data)"));
                    return;
                } catch (ZipException e) {
                    sink.accept(ReadResult.failed(origin, "corrupt gzip file: " + e.getMessage()));
                    return;
                }
            } else {
                bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
            }
            if (bytes.length > MAX_DOCUMENT_BYTES) {
                sink.accept(ReadResult.failed(origin, "document larger than " + (MAX_DOCUMENT_BYTES >> 20)
                        + " MB" + (gzip ? " uncompressed" : "") + "; not read"));
                return;
            }
            fromBytes(origin, id, bytes, format, sink);
        } catch (IOException e) {
            to.accept(ReadResult.failed(origin, "cannot read: " + e.getMessage()));
        }
    }

    /**
     * A file named {@code .gz} that is not gzip data is read as it is, and, like an assumed charset, the
     * assumption is recorded on every document it gives (in the error of those that fail).
     */
    private static Consumer<ReadResult> notGzip(Consumer<ReadResult> sink) {
        String note = "named .gz but not gzip data; read uncompressed";
        return r -> {
            if (r.failed()) {
                sink.accept(ReadResult.failed(r.origin(), r.error() + " (file " + note + ")"));
            } else {
                List<Problem> problems = new ArrayList<>(r.problems());
                problems.add(Problem.warning("not-gzip", "file " + note));
                sink.accept(new ReadResult(r.origin(), r.article(), problems, null));
            }
        };
    }

    /** Peeks at the (possibly gzipped) start of the stream for a WARC version line. */
    private static boolean isWarc(BufferedInputStream in, boolean gzip) throws IOException {
        in.mark(1 << 15);
        try {
            byte[] head = new byte[5];
            int n;
            if (gzip) {
                try {
                    GZIPInputStream z = new GZIPInputStream(in, 512);
                    n = z.readNBytes(head, 0, 5);
                } catch (IOException e) {
                    return false;
                }
            } else {
                n = in.readNBytes(head, 0, 5);
            }
            return n == 5 && new String(head, StandardCharsets.US_ASCII).equals("WARC/");
        } finally {
            in.reset();
        }
    }

    private static String idOf(Path f) {
        String n = f.getFileName().toString().replaceFirst("(?i)\\.gz$", "");
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** Reads one document's bytes in whatever format they are; distributed readers call this too. */
    public static List<ReadResult> fromBytes(String origin, String id, byte[] bytes) {
        List<ReadResult> out = new ArrayList<>();
        fromBytes(origin, id, bytes, InputFormat.AUTO, out::add);
        return out;
    }

    /**
     * The pages of one WARC archive (plain or gzip per record) read from {@code in} record by record as the
     * stream is consumed, exactly as for a {@code .warc(.gz)} file; closing the stream closes {@code in}.
     * For distributed readers that open an archive on their own file system.
     */
    public static Stream<ReadResult> warc(String origin, InputStream in) {
        WarcInput.Pages pages = new WarcInput.Pages(origin, in);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(pages::close);
    }

    static void fromBytes(String origin, String id, byte[] bytes, InputFormat format, Consumer<ReadResult> sink) {
        if (bytes.length == 0) {
            sink.accept(ReadResult.failed(origin, "empty file (0 bytes)"));
            return;
        }
        try {
            read(origin, id, bytes, format == InputFormat.AUTO ? InputFormat.detect(origin, bytes) : format, sink);
        } catch (RuntimeException | StackOverflowError e) {
            // A reader bug costs its one document, never the batch; the prefix lets the fuzz tests catch it.
            sink.accept(ReadResult.failed(origin, READER_FAILED + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " "))));
        }
    }

    /** The start of the error of a document on which a reader failed unexpectedly (a bug, not bad input). */
    public static final String READER_FAILED = "reader failed: ";

    private static void read(String origin, String id, byte[] bytes, InputFormat f, Consumer<ReadResult> sink) {
        switch (f) {
            case HTML -> sink.accept(Documents.html(origin, id, bytes, null, null));
            case FEED -> Documents.feed(origin, bytes).forEach(sink);
            case WARC -> WarcInput.read(origin, new ByteArrayInputStream(bytes), sink);
            case JSONL -> {
                DecodedText d;
                try {
                    d = TextDecoder.decode(bytes);
                } catch (UnreadableInputException e) {
                    sink.accept(ReadResult.failed(origin, e.getMessage()));
                    return;
                }
                jsonLines(origin, d.text(), sink);
            }
            default -> sink.accept(Documents.text(origin, id, bytes));
        }
    }

    private static void jsonLines(String origin, String text, Consumer<ReadResult> sink) {
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            String line;
            int n = 0;
            int records = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    records++;
                    sink.accept(jsonLine(origin + ":" + n, "line-" + n, line));
                }
            }
            if (records == 0) {
                // A file of blank lines would otherwise vanish from the run without a word (found by fuzzing).
                sink.accept(ReadResult.failed(origin, "no JSON records (only blank lines)"));
            }
        } catch (IOException e) {
            sink.accept(ReadResult.failed(origin, e.getMessage()));
        }
    }

    /**
     * One JSON Lines record: {@code id, url, title, published, source} and {@code text} or {@code html};
     * {@code fallbackId} names the article when the record has no id. Public so that a distributed reader that
     * splits files into lines reads each exactly as this class does.
     */
    public static ReadResult jsonLine(String where, String fallbackId, String line) {
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return ReadResult.failed(where, "not a JSON object: " + e.getOriginalMessage());
        }
        if (o == null || !o.isObject()) {
            return ReadResult.failed(where, "not a JSON object");
        }
        String id = str(o, "id") != null ? str(o, "id") : fallbackId;
        String text = str(o, "text");
        Article a;
        List<Problem> problems = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            a = new Article(id, str(o, "source"), str(o, "url"), str(o, "title"), Published.UNKNOWN,
                    text.replace("\r\n", "\n").replace('\r', '\n'));
        } else if (str(o, "html") != null && !str(o, "html").isBlank()) {
            ReadResult page = Documents.html(where, id, str(o, "html").getBytes(StandardCharsets.UTF_8), str(o, "url"),
                    "UTF-8");
            if (page.failed()) {
                return page;
            }
            Article p = page.article();
            a = new Article(id, str(o, "source") != null ? str(o, "source") : p.source(),
                    str(o, "url") != null ? str(o, "url") : p.url(), str(o, "title") != null ? str(o, "title") : p.title(),
                    p.published(), p.text(), p.meta());
            problems.addAll(page.problems());
        } else if (text != null || str(o, "html") != null) {
            // The field is there but holds nothing: say so rather than that it is missing.
            return ReadResult.failed(where, "empty \"" + (text != null ? "text" : "html") + "\" field (only whitespace)");
        } else {
            return ReadResult.failed(where, "no \"text\" or \"html\" field");
        }
        String date = str(o, "published");
        if (date != null && !date.isBlank()) {
            try {
                a = a.withPublished(new Published(LocalDate.parse(date.length() >= 10 ? date.substring(0, 10) : date),
                        Published.How.METADATA, 1.0, "published field"));
            } catch (DateTimeParseException e) {
                problems.add(Problem.warning("bad-date", "\"published\" is not a date: " + date));
            }
        }
        a = a.withMeta(declared(o, a.meta()));
        return ReadResult.ok(where, a, problems);
    }

    /** The record's own {@code authors} (a list or one string) and {@code language}, which beat what a page says. */
    private static ArticleMeta declared(JsonNode o, ArticleMeta m) {
        List<String> authors = m.authors();
        String authorsFrom = m.authorsFrom();
        JsonNode au = o.get("authors");
        if (au != null && (au.isArray() || au.isTextual())) {
            List<String> names = new ArrayList<>();
            for (JsonNode x : au.isArray() ? au : List.of(au)) {
                if (x.isTextual() && !x.asText().isBlank()) {
                    names.add(x.asText().strip());
                }
            }
            if (!names.isEmpty()) {
                authors = names;
                authorsFrom = "authors field";
            }
        }
        String lang = str(o, "language");
        boolean hasLang = lang != null && !lang.isBlank();
        return new ArticleMeta(authors, authorsFrom, m.modified(),
                hasLang ? lang.strip().replace('_', '-').toLowerCase(Locale.ROOT) : m.language(),
                hasLang ? "language field" : m.languageFrom(), m.canonicalUrl(), m.oneStory());
    }

    private static String str(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
