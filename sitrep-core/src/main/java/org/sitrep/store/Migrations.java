package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.internal.DataFiles;

/**
 * Brings a database to the current schema. The scripts are resources {@code <dialect>/V<n>__<name>.sql},
 * listed in order in {@code <dialect>/migrations.txt}; table {@code schema_version} records which ran. Each
 * script runs in its own transaction with its version row, so a crash never leaves a half-applied version.
 */
final class Migrations {

    private Migrations() {
    }

    static int apply(Connection c, Dialect dialect) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                    + " applied_at TEXT NOT NULL)");
        }
        int current = 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
            if (r.next()) {
                current = r.getInt(1);
            }
        }
        int applied = current;
        for (String script : list(dialect)) {
            int version = Integer.parseInt(script.substring(1, script.indexOf("__")));
            if (version <= current) {
                continue;
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements(resource(dialect.migrations() + "/" + script))) {
                    s.execute(sql);
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, version);
                    p.setString(2, script);
                    p.setString(3, java.time.Instant.now().toString());
                    p.executeUpdate();
                }
                c.commit();
                applied = version;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
        return applied;
    }

    private static List<String> list(Dialect d) {
        List<String> out = new ArrayList<>();
        for (String line : resource(d.migrations() + "/migrations.txt").split("\n")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    /** Splits a script on semicolons at line ends; comments are dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            cur.append(line).append('\n');
            if (t.endsWith(";")) {
                String sql = cur.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    private static String resource(String name) {
        return DataFiles.text(Migrations.class, name);
    }
}
