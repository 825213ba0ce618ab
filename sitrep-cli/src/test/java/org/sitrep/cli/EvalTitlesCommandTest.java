package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.read.html.TitleOptions;

/** {@code sitrep eval titles} on a folder in the html-fundus layout made here: two publishers that want og:title. */
class EvalTitlesCommandTest {

    @TempDir
    Path dir;

    @Test
    void trainsCrossValidatesAndWritesWeights() throws Exception {
        Path us = Files.createDirectories(dir.resolve("us"));
        String[][] pubs = {{"Alpha", "Storm hits coast", "Storm batters the coast overnight"},
            {"Beta", "Talks resume", "Ceasefire talks resume in Geneva"}};
        for (String[] p : pubs) {
            String html = "<html lang=\"en\"><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\""
                    + p[1] + "\"}</script><meta property=\"og:title\" content=\"" + p[2] + "\"></head><body><article><h1>"
                    + p[2] + "</h1><p>Text.</p></article></body></html>";
            try (var out = new GZIPOutputStream(Files.newOutputStream(us.resolve(p[0] + "_2024_01_02.html.gz")))) {
                out.write(html.getBytes(StandardCharsets.UTF_8));
            }
            Files.writeString(us.resolve(p[0] + ".json"), "{\"V1\": {\"title\": \"" + p[2] + "\"}}");
        }
        Path weights = dir.resolve("w.tsv");
        ReadingCliTest.Run r = ReadingCliTest.run("eval", "titles", dir.toString(), "--write", weights.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 pages, 2 with the expected title among their options"), r.out());
        assertTrue(r.out().matches("(?s).*trained, in sample\\s+English\\s+2/\\s+2.*"), r.out());
        assertTrue(r.out().contains("leave-one-publisher-out"), r.out());
        long lines = Files.readAllLines(weights).stream().filter(l -> !l.startsWith("#")).count();
        assertEquals(TitleOptions.FEATURES.size(), lines);
        assertEquals(2, ReadingCliTest.run("eval", "titles", dir.resolve("missing").toString()).code());
    }
}
