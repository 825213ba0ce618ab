package org.sitrep.store;

/** The store contract on PostgreSQL: a real server from Maven Central binaries, a fresh database per test. */
class PostgresStoreTest extends StoreContract {

    private String url;

    @Override
    protected Store open() {
        url = PostgresServer.get().newDatabase();
        return Store.open(url);
    }

    @Override
    protected Store reopen() {
        return Store.open(url);
    }
}
