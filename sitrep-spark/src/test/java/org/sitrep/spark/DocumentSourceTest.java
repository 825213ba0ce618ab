package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.format.JsonFormat;
import org.sitrep.model.Analysis;
import org.sitrep.read.ReadResult;

class DocumentSourceTest {

    @Test
    void listsJsonLinesTextAndWarcRecursivelyAndSkipsTheRest(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("2024/01"));
        Files.writeString(dir.resolve("2024/01/a.jsonl"), "{}\n");
        Files.write(dir.resolve("2024/01/b.jsonl.gz"), new byte[] {31, -117});
        Files.writeString(dir.resolve("c.txt"), "text");
        Files.writeString(dir.resolve("d.pdf"), "%PDF");
        Files.write(dir.resolve("2024/01/CC-NEWS-1.warc.gz"), new byte[] {31, -117});
        Files.writeString(dir.resolve("e.warc"), "WARC/1.1");
        Files.writeString(dir.resolve("_SUCCESS"), "");
        Files.writeString(dir.resolve(".c.txt.crc"), "");
        DocumentSource.Listing l = DocumentSource.list(new Configuration(), dir.toString());
        assertEquals(2, l.jsonLines().size(), l.toString());
        assertTrue(l.jsonLines().get(0).endsWith("2024/01/a.jsonl"));
        assertEquals(1, l.texts().size());
        assertEquals(2, l.warcs().size());
        assertTrue(l.warcs().get(0).endsWith("2024/01/CC-NEWS-1.warc.gz"));
        assertEquals(1, l.skipped().size());
        assertTrue(DocumentSource.list(new Configuration(), dir.resolve("nothing-here").toString()).isEmpty());
        assertEquals(1, DocumentSource.list(new Configuration(), dir + "/*.txt").texts().size());
    }

    @Test
    void namesAreTheCliIds() {
        assertEquals("breitbart_2016-09-12_x", DocumentSource.baseName("hdfs://nn/news/breitbart_2016-09-12_x.txt"));
        assertEquals("feed", DocumentSource.baseName("file:/data/feed.jsonl.gz"));
    }

    @Test
    void aRecordWithoutIdIsNamedByFileAndOffset() {
        RawDocument d = RawDocument.jsonLine("file:/x/feed.jsonl@120", "feed@120", "{\"text\": \"Talks resumed.\"}");
        List<ReadResult> r = d.read().toList();
        assertEquals(1, r.size());
        assertEquals("feed@120", r.get(0).article().id());
        assertEquals("Talks resumed.", r.get(0).article().text());
    }

    @Test
    void anUnreadableDocumentBecomesARowWithAnErrorProblem() {
        RawDocument binary = RawDocument.file("file:/x/blob.txt", "blob", new byte[] {0, 1, 2, 3});
        List<ReadResult> r = binary.read().toList();
        assertTrue(r.get(0).failed());
        Analysis a = AnalyseDocuments.analyse(null, r.get(0)); // no engine needed: nothing to analyse
        String json = JsonFormat.write(a, false);
        assertTrue(json.contains("\"code\":\"unreadable\""), json);
        assertEquals("file:/x/blob.txt", a.article().id());
        assertEquals("", a.text());
        JsonRows.row(JsonFormat.toJson(a), ContractSchema.analysis());
    }
}
