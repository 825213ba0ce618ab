package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/** serve on a store with nothing in it (a mistyped --store makes a new one) says so instead of showing zeros. */
class ServeCommandTest {

    @Test
    void anEmptyStoreIsNamedWithTheCommandThatFillsIt(@TempDir Path dir) {
        String location = dir.resolve("typo.db").toString();
        try (Store s = Store.open(location)) {
            assertEquals("sitrep: " + location + " holds no articles yet; fill it with: sitrep ingest FILES… --store "
                    + location + " (\"Analyse a text\" works meanwhile)", ServeCommand.emptyNote(s, location));
        }
    }
}
