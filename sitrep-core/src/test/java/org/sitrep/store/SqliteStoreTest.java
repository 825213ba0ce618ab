package org.sitrep.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, a fresh file per test. */
class SqliteStoreTest extends StoreContract {

    @TempDir
    Path dir;

    @Override
    protected Store open() {
        return Store.open(dir.resolve("data/sitrep.db").toString());
    }

    @Override
    protected Store reopen() {
        return open();
    }
}
