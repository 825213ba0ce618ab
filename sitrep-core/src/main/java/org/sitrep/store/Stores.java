package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens a {@link Store} from what the user names: a PostgreSQL JDBC URL, a SQLite JDBC URL, or a path to a
 * SQLite file (its folder is created). SQLite runs in WAL mode with foreign keys on; a committed article
 * survives a killed process.
 */
final class Stores {

    /** The default store of the command line, relative to the working directory. */
    static final String DEFAULT = "sitrep-data/sitrep.db";

    private Stores() {
    }

    static Store open(String location) {
        String where = location == null || location.isBlank() ? DEFAULT : location;
        try {
            if (where.startsWith("jdbc:postgresql:")) {
                Connection c = DriverManager.getConnection(where);
                Migrations.apply(c, Dialect.POSTGRES);
                return new JdbcStore(c, Dialect.POSTGRES);
            }
            if (where.startsWith("jdbc:") && !where.startsWith("jdbc:sqlite:")) {
                // Read as a file path, "jdbc:mysql://h/db" made folders "jdbc:mysql:/h" and a new SQLite file.
                throw new StoreException("cannot open store " + redact(where)
                        + ": only jdbc:postgresql: and jdbc:sqlite: URLs (or a SQLite file path) are supported", null);
            }
            String url = where.startsWith("jdbc:sqlite:") ? where : "jdbc:sqlite:" + sqliteFile(where);
            java.util.Properties props = new java.util.Properties();
            // Take the write lock when a transaction begins: a deferred transaction that reads and then writes
            // fails at once, without waiting, when another process has written meanwhile.
            props.setProperty("transaction_mode", "IMMEDIATE");
            Connection c = DriverManager.getConnection(url, props);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 30000");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
            }
            Migrations.apply(c, Dialect.SQLITE);
            return new JdbcStore(c, Dialect.SQLITE);
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + redact(where) + ": " + e.getMessage(), e);
        }
    }

    private static Path sqliteFile(String path) {
        Path p = Path.of(path).toAbsolutePath();
        try {
            Files.createDirectories(p.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create folder " + p.getParent() + ": " + e.getMessage(), e);
        }
        return p;
    }

    /** A JDBC URL without its password, for messages. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
