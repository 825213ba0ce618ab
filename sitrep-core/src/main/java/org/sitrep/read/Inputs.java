package org.sitrep.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.model.Published;

/**
 * Resolves what a user names on the command line into documents: a text file, a directory (its
 * {@code .txt} and {@code .jsonl} files, sorted), {@code -} for standard input, or a JSON Lines file with
 * one article per line ({@code id, url, title, published, text}). Each document either reads or fails on
 * its own, so one bad file never stops the rest.
 */
public final class Inputs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Inputs() {
    }

    /** Reads every document named by {@code input}; a missing path yields one failed result. */
    public static List<ReadResult> read(String input, InputStream stdin) {
        if (input.equals("-")) {
            try {
                return fromBytes("stdin", "stdin", stdin.readAllBytes());
            } catch (IOException e) {
                return List.of(ReadResult.failed("stdin", "cannot read standard input: " + e.getMessage()));
            }
        }
        Path p = Path.of(input);
        if (!Files.exists(p)) {
            return List.of(ReadResult.failed(input, "no such file or directory"));
        }
        if (Files.isDirectory(p)) {
            List<ReadResult> out = new ArrayList<>();
            try (Stream<Path> files = Files.walk(p)) {
                for (Path f : files.filter(Files::isRegularFile).filter(Inputs::readableName).sorted().toList()) {
                    out.addAll(readFile(f));
                }
            } catch (IOException e) {
                out.add(ReadResult.failed(input, "cannot list directory: " + e.getMessage()));
            }
            return out;
        }
        return readFile(p);
    }

    private static boolean readableName(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".txt") || n.endsWith(".jsonl");
    }

    static List<ReadResult> readFile(Path f) {
        if (!Files.isReadable(f)) {
            return List.of(ReadResult.failed(f.toString(), "file is not readable (permission denied)"));
        }
        try {
            return fromBytes(f.toString(), idOf(f), Files.readAllBytes(f));
        } catch (IOException e) {
            return List.of(ReadResult.failed(f.toString(), "cannot read: " + e.getMessage()));
        }
    }

    private static String idOf(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** Reads one document's bytes (text, or JSON Lines when it looks like them); distributed readers call this too. */
    public static List<ReadResult> fromBytes(String origin, String id, byte[] bytes) {
        DecodedText d;
        try {
            d = TextDecoder.decode(bytes);
        } catch (UnreadableInputException e) {
            return List.of(ReadResult.failed(origin, e.getMessage()));
        }
        if (origin.endsWith(".jsonl") || looksLikeJsonLines(d.text())) {
            return jsonLines(origin, d.text());
        }
        if (d.text().isBlank()) {
            return List.of(ReadResult.failed(origin, "empty document: no text"));
        }
        List<Problem> problems = new ArrayList<>();
        if (d.assumed()) {
            problems.add(Problem.warning("charset-assumed", "not valid UTF-8; decoded as " + d.charset()));
        }
        return List.of(ReadResult.ok(origin, Article.of(id, d.text()), problems));
    }

    private static boolean looksLikeJsonLines(String text) {
        String t = text.stripLeading();
        return t.startsWith("{") && t.contains("\"text\"");
    }

    private static List<ReadResult> jsonLines(String origin, String text) {
        List<ReadResult> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String where = origin + ":" + n;
                out.add(jsonLine(where, "line-" + n, line));
            }
        } catch (IOException e) {
            out.add(ReadResult.failed(origin, e.getMessage()));
        }
        return out;
    }

    /**
     * Reads one JSON Lines record; {@code fallbackId} names the article when the record has no {@code id}.
     * Public so that a distributed reader that splits files into lines reads each exactly as this class does.
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
        String text = str(o, "text");
        if (text == null || text.isBlank()) {
            return ReadResult.failed(where, "no \"text\" field");
        }
        String id = str(o, "id");
        List<Problem> problems = new ArrayList<>();
        Published published = Published.UNKNOWN;
        String date = str(o, "published");
        if (date != null && !date.isBlank()) {
            try {
                published = new Published(LocalDate.parse(date.length() >= 10 ? date.substring(0, 10) : date),
                        Published.How.METADATA, 1.0, "published field");
            } catch (DateTimeParseException e) {
                problems.add(Problem.warning("bad-date", "\"published\" is not a date: " + date));
            }
        }
        String canonical = text.replace("\r\n", "\n").replace('\r', '\n');
        Article a = new Article(id != null ? id : fallbackId, str(o, "source"), str(o, "url"), str(o, "title"),
                published, canonical);
        return ReadResult.ok(where, a, problems);
    }

    private static String str(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
