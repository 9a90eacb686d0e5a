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
 * statements a request costs. As root, the server runs as the {@code postgres} user, as Debian's does. A server
 * already running elsewhere (5432 or any other port) is left alone; {@link #close()} stops this one and deletes its
 * data, and so does the JVM's exit when close is never reached (an interrupted run).
 */
public final class Postgres implements AutoCloseable {

    private static final int START_ATTEMPTS = 3;

    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean root;
    private final Thread stopAtExit;

    private Postgres(Path bin, Path data, int port, boolean root) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.root = root;
        this.stopAtExit = new Thread(this::stopQuietly, "benchmark-postgres-stop");
    }

    /**
     * Creates and starts a cluster under the directory (emptied first; a server a previous, interrupted run left on
     * it is stopped first). A port taken between choosing it and the server binding it is retried on another.
     */
    public static Postgres start(Path directory) throws IOException, InterruptedException {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path data = directory.resolve("data");
        new Postgres(bin, data, 0, root).stopLeftover();
        deleteRecursively(directory);
        Files.createDirectories(directory);
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", directory.toString()), false);
        }
        new Postgres(bin, data, 0, root).pg("initdb", "-D", data.toString(), "-A", "trust", "-U", "postgres",
                "-E", "UTF8", "--no-sync", "--locale=C");
        for (int attempt = 1; ; attempt++) {
            Postgres postgres = new Postgres(bin, data, freePort(), root);
            try {
                postgres.pg("pg_ctl", "-D", data.toString(), "-w", "-t", "60", "-l",
                        directory.resolve("postgres.log").toString(), "-o", "-p " + postgres.port + " -k " + directory
                                + " -c listen_addresses=localhost -c shared_preload_libraries=pg_stat_statements"
                                + " -c max_connections=200", "start");
            } catch (IllegalStateException notStarted) {
                postgres.stopLeftover();
                if (attempt == START_ATTEMPTS) {
                    throw notStarted;
                }
                continue;
            }
            Runtime.getRuntime().addShutdownHook(postgres.stopAtExit);
            try (Connection connection = postgres.connect("postgres");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE EXTENSION pg_stat_statements");
            } catch (SQLException e) {
                postgres.close();
                throw new IllegalStateException("pg_stat_statements is not available in " + bin, e);
            }
            return postgres;
        }
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
        return (long) sumOfStatements("calls", database);
    }

    /** The server's execution time of every statement it has run for the database so far, in ms, for deltas. */
    public double executionMillis(String database) throws SQLException {
        return sumOfStatements("total_exec_time", database);
    }

    /** The sum of one column of {@code pg_stat_statements} over the database's statements. */
    private double sumOfStatements(String column, String database) throws SQLException {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT coalesce(sum(s." + column + "), 0) FROM"
                     + " pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = '" + database
                     + "'")) {
            result.next();
            return result.getDouble(1);
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

    /** Stops the server and deletes its data (its log, {@code postgres.log} beside the data, stays). */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // the JVM is exiting: the hook stops the server
        }
        pg("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
        deleteRecursively(data);
    }

    /** Whether a server runs on the data directory, as its pid file and pg_ctl tell. */
    boolean running() throws InterruptedException {
        if (!Files.exists(data.resolve("postmaster.pid"))) {
            return false;
        }
        try {
            pg("pg_ctl", "-D", data.toString(), "status");
            return true;
        } catch (IOException | IllegalStateException notRunning) {
            return false;
        }
    }

    private void stopLeftover() throws IOException, InterruptedException {
        if (running()) {
            pg("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
        }
    }

    private void stopQuietly() {
        try {
            stopLeftover();
            deleteRecursively(data);
        } catch (IOException | IllegalStateException | InterruptedException e) {
            System.err.println("benchmark: could not stop the PostgreSQL server on " + data + ": " + e);
        }
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
