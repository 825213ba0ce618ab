package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code sitrep analyze} as a user would and reads what it prints and returns. */
class AnalyzeCommandTest {

    record Run(int exit, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void missingFileIsOneClearLineAndNonZeroExit() {
        Run r = run("analyze", "no/such/file.txt");
        assertEquals(2, r.exit());
        assertEquals("sitrep: no/such/file.txt: no such file or directory", r.err().strip());
    }

    @Test
    void binaryAndEmptyInputsAreRefusedByName(@TempDir Path dir) throws IOException {
        Path bin = dir.resolve("photo.txt");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        Run r = run("analyze", bin.toString(), empty.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(bin + ": binary data, not text"), r.err());
        assertTrue(r.err().contains(empty + ": empty file (0 bytes)"), r.err());
    }

    @Test
    void badDateOptionIsAUsageError() {
        Run r = run("analyze", "--published", "19/09/2023", "x.txt");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--published"), r.err());
    }

    @Test
    void jsonLinesInputGivesOneAnalysisPerLineInOrderAndBadLinesAreReported(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("batch.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\":\"a\",\"title\":\"One\",\"published\":\"2023-09-19\",\"text\":\"Peskov said the talks in Moscow failed.\"}",
                "{not json",
                "{\"id\":\"b\",\"text\":\"Armenian Prime Minister Nikol Pashinyan visited Paris.\"}"));
        Run r = run("analyze", in.toString(), "--format", "jsonl", "--threads", "2");
        assertEquals(1, r.exit(), "one bad line makes the exit non-zero; the rest is analysed");
        assertTrue(r.err().contains(in + ":2: not a JSON object"), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size());
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree(lines.get(0));
        JsonNode b = m.readTree(lines.get(1));
        assertEquals("a", a.get("id").asText());
        assertEquals("2023-09-19", a.at("/published/date").asText());
        assertEquals("metadata", a.at("/published/how").asText());
        assertEquals("b", b.get("id").asText());
        assertTrue(b.get("entities").toString().contains("Nikol Pashinyan"), b.toString());
    }
}
