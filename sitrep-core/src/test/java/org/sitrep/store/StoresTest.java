package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What --store accepts: a JDBC URL of another database is refused, never read as a SQLite file path. */
class StoresTest {

    @Test
    void anUnsupportedJdbcUrlIsRefusedAndCreatesNothing() {
        StoreException e = assertThrows(StoreException.class,
                () -> Stores.open("jdbc:mysql://127.0.0.1/news?user=me&password=secret"));
        assertTrue(e.getMessage().contains("only jdbc:postgresql: and jdbc:sqlite: URLs"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        assertFalse(Files.exists(Path.of("jdbc:mysql:")), "a folder named after the URL was created");
    }
}
