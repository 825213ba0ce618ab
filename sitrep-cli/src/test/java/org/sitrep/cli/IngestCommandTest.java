package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep ingest} survives a real {@code kill -9}: a child JVM ingests a small corpus and is killed
 * once a few articles are committed; the store is consistent, a rerun stores the rest, and every article
 * ends up stored exactly once. A third run adds nothing and loads no models.
 */
class IngestCommandTest {

    private static final int ARTICLES = 10;
    private static final String[] PLACES = {"Lyon", "Porto", "Gdansk", "Tartu", "Varna", "Split", "Graz", "Cork",
        "Malmo", "Ghent"};

    @Test
    void killedIngestIsFinishedByARerunWithEveryArticleOnce(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(in.resolve(String.format("n%02d.txt", i)), "The mayor of " + PLACES[i] + " opened a "
                    + "new library on Monday. Officials said " + (i + 2) + " schools would use it.");
        }
        Files.write(in.resolve("zz-bad.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        Path db = dir.resolve("data/sitrep.db");

        Process child = new ProcessBuilder(javaBin(), "-Xmx3g", "-Xss4m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", in.toString(), "--store", db.toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (count(db, "SELECT count(*) FROM article") < 2 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(child.isAlive(), "the child ended before it could be killed:\n" + Files.readString(dir.resolve("child.log")));
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
        long stored = count(db, "SELECT count(*) FROM article");
        assertTrue(stored >= 2 && stored < ARTICLES, "killed halfway: " + stored);
        assertEquals(stored, count(db, "SELECT count(DISTINCT content_hash) FROM article"));
        assertEquals(stored, count(db, "SELECT count(*) FROM article_fts"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            r.next();
            assertEquals("ok", r.getString(1));
        }

        AnalyzeCommandTest.Run rerun = AnalyzeCommandTest.run("ingest", in.toString(), "--store", db.toString(), "--threads", "2");
        assertEquals(1, rerun.exit(), "the bad file makes the exit code 1: " + rerun.err());
        assertTrue(rerun.err().contains("binary data, not text (1):"), rerun.err());
        assertTrue(rerun.err().contains("zz-bad.txt"), rerun.err());
        assertFalse(rerun.err().contains("Exception"), rerun.err());
        assertTrue(rerun.err().contains((ARTICLES - stored) + " added"), rerun.err());
        assertEquals(ARTICLES, count(db, "SELECT count(*) FROM article"));
        assertEquals(ARTICLES, count(db, "SELECT count(DISTINCT content_hash) FROM article"));
        assertEquals(ARTICLES, count(db, "SELECT count(DISTINCT doc_id) FROM article"));
        assertEquals(ARTICLES, count(db, "SELECT count(*) FROM article_fts"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            ids.add(String.format("n%02d", i));
        }
        assertEquals(new TreeSet<>(ids), docIds(db));

        long t0 = System.nanoTime();
        AnalyzeCommandTest.Run again = AnalyzeCommandTest.run("ingest", in.toString(), "--store", db.toString());
        assertTrue(again.err().contains("0 added"), again.err());
        assertTrue(again.err().contains(ARTICLES + " already stored"), again.err());
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10), "nothing new: no models loaded");
        assertEquals(ARTICLES, count(db, "SELECT count(*) FROM article"));

        AnalyzeCommandTest.Run q = AnalyzeCommandTest.run("query", "articles", "--text", "library Porto",
                "--format", "csv", "--store", db.toString());
        assertEquals(0, q.exit(), q.err());
        assertEquals(2, q.out().strip().split("\r?\n").length, q.out());
        assertTrue(q.out().contains("n01"), q.out());
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    /** A count from the store, or 0 while the file or its tables do not exist yet. */
    private static long count(Path db, String sql) {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            try (ResultSet r = s.executeQuery(sql)) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            return 0;
        }
    }

    private static TreeSet<String> docIds(Path db) throws SQLException {
        TreeSet<String> out = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT doc_id FROM article")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
