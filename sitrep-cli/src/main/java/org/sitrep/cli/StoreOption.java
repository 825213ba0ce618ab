package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.store.Store;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by the corpus commands: a SQLite file path or a JDBC URL. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "PATH|JDBC-URL", defaultValue = "sitrep-data/sitrep.db",
            description = "The corpus: a SQLite file, or jdbc:postgresql://host/db?user=…  (default: ${DEFAULT-VALUE}).")
    String location;

    /** Opens the store, creating it when missing (ingest). */
    Store open() {
        return Store.open(location);
    }

    /** Opens a store that must exist already (query, export): a mistyped path is an error, not a new empty corpus. */
    Store openExisting() {
        if (!location.startsWith("jdbc:") && !Files.exists(Path.of(location))) {
            throw new IllegalArgumentException("no corpus store at " + location + " (run sitrep ingest first, or give --store)");
        }
        return Store.open(location);
    }
}
