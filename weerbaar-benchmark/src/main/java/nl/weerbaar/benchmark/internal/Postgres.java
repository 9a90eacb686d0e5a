package nl.weerbaar.benchmark.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster (initdb, pg_ctl) on a free port, with {@code pg_stat_statements} to count the
 * statements a request costs. As root, the server runs as the {@code postgres} user, as Debian's does.
 */
public final class Postgres implements AutoCloseable {

    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean root;

    private Postgres(Path bin, Path data, int port, boolean root) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.root = root;
    }

    /** Creates and starts a cluster under the directory (emptied first). */
    public static Postgres start(Path directory) throws IOException, InterruptedException {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        deleteRecursively(directory);
        Files.createDirectories(directory);
        Path data = directory.resolve("data");
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", directory.toString()), false);
        }
        int port = freePort();
        Postgres postgres = new Postgres(bin, data, port, root);
        postgres.pg("initdb", "-D", data.toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync",
                "--locale=C");
        postgres.pg("pg_ctl", "-D", data.toString(), "-w", "-t", "60", "-l", directory.resolve("postgres.log").toString(),
                "-o", "-p " + port + " -k " + directory + " -c listen_addresses=localhost"
                        + " -c shared_preload_libraries=pg_stat_statements -c max_connections=200", "start");
        try (Connection connection = postgres.connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION pg_stat_statements");
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_statements is not available in " + bin, e);
        }
        return postgres;
    }

    /** Whether this machine has PostgreSQL's server binaries. */
    public static boolean available() {
        try {
            binaries();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static Path binaries() {
        String configured = System.getProperty("benchmark.pg.bin");
        if (configured != null) {
            return Path.of(configured);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Path found = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString()
                                .replaceAll("\\D", "0")))).orElse(null);
                if (found != null) {
                    return found;
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot list " + debian, e);
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb")) && Files.isExecutable(Path.of(dir, "pg_ctl"))) {
                return Path.of(dir);
            }
        }
        throw new IllegalStateException("PostgreSQL's initdb and pg_ctl are not installed (Debian: apt-get install"
                + " postgresql), or set -Dbenchmark.pg.bin");
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Creates an empty database. */
    public String createDatabase(String name) throws SQLException {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    /** Every statement the server has run for the database so far (pg_stat_statements), for deltas. */
    public long statements(String database) throws SQLException {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT coalesce(sum(s.calls), 0) FROM pg_stat_statements s"
                     + " JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = '" + database + "'")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Rows of a table in the database (e.g. ACT_RE_PROCDEF), to show what grows with tenants. */
    public long rows(String database, String table) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "postgres");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        pg("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
    }

    private void pg(String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(arguments));
        run(command, root);
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed: " + output);
        }
    }

    /** A free TCP port. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
