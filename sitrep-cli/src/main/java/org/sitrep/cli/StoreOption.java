package org.sitrep.cli;

import org.sitrep.store.Store;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by the corpus commands: a SQLite file path or a JDBC URL. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "PATH|JDBC-URL", defaultValue = "sitrep-data/sitrep.db",
            description = "The corpus: a SQLite file, or jdbc:postgresql://host/db?user=…  (default: ${DEFAULT-VALUE}).")
    String location;

    Store open() {
        return Store.open(location);
    }
}
