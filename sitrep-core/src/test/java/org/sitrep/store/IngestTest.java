package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.read.ReadResult;
import org.sitrep.testing.Fixtures;

/** Ingest with the real pipeline: bad input is reported per document, and a second run adds nothing. */
class IngestTest {

    @Test
    void reportsBadInputAndIsIdempotent(@TempDir Path dir) {
        List<ReadResult> docs = new ArrayList<>();
        docs.add(ReadResult.ok("a.txt", Article.of("a", "The mayor of Springfield opened a new bridge on Monday. "
                + "Residents said the old crossing had been closed for years."), List.of()));
        docs.add(ReadResult.failed("b.bin", "binary data, not text"));
        docs.add(ReadResult.ok("c.txt", Article.of("c", "Police in Lyon arrested two men after a robbery at a bank. "
                + "The prefecture said no one was hurt."), List.of()));
        docs.add(ReadResult.ok("a-again.txt", Article.of("a2", "The mayor of Springfield opened a new bridge on Monday. "
                + "Residents said the old crossing had been closed for years.\n"), List.of()));
        try (Store store = Store.open(dir.resolve("s.db").toString())) {
            Ingest ingest = new Ingest(store, Fixtures.sitrep());
            List<Ingest.Progress> seen = new ArrayList<>();
            Ingest.Summary first = ingest.run(docs, seen::add);
            assertEquals(2, first.added());
            assertEquals(1, first.alreadyStored());
            assertEquals(List.of(new Ingest.Failure("b.bin", "binary data, not text")), first.failures());
            assertEquals(2, seen.get(seen.size() - 1).done());
            assertEquals(1, seen.get(0).failed(), "the unreadable document counts as failed in the progress line too");
            assertEquals(1, seen.get(seen.size() - 1).failed());
            Ingest.Summary second = ingest.run(docs, p -> { });
            assertEquals(0, second.added());
            assertEquals(3, second.alreadyStored());
            assertEquals(2, store.counts().articles());
        }
    }
}
