package nl.weerbaar.example.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application in a JVM of its own — the packaged jar, as README runs it — on a port of its own choosing, ready
 * once it is healthy and, with the demo profile, its demo data is loaded. It can be stopped, or killed as a
 * power cut would (SIGKILL: no shutdown hook, no flush).
 */
public final class ChildApplication implements AutoCloseable {

    /** The repository root, from the module's directory in which Maven runs the tests. */
    public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** The packaged application, built before the integration tests run. */
    public static final Path JAR = ROOT.resolve("weerbaar-example-app/target/weerbaar-example-app.jar");

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;
    private int port;

    private ChildApplication(List<String> command, Map<String, String> environment, Path log) {
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    /** Starts the command (a {@code java …} command line) with a free port and waits until it is ready. */
    public static ChildApplication start(List<String> command, Map<String, String> environment, String name)
            throws Exception {
        ChildApplication app = new ChildApplication(command, environment,
                ROOT.resolve("weerbaar-example-app/target/" + name + ".log"));
        app.launch();
        return app;
    }

    /** {@code java -jar} the packaged application with the arguments, this JVM's java. */
    public static List<String> java(List<String> jvmOptions, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private void launch() throws Exception {
        List<String> withPort = new ArrayList<>(command);
        withPort.add("--server.port=0");
        ProcessBuilder builder = new ProcessBuilder(withPort).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Files.deleteIfExists(log);
        process = builder.start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        try {
            port = -1;
            while (port < 0) {
                if (!process.isAlive()) {
                    throw new AssertionError("the application stopped (exit " + process.exitValue() + "):\n" + log());
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("no port within " + START_TIMEOUT + ":\n" + log());
                }
                Matcher matcher = PORT.matcher(log());
                port = matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
                Thread.sleep(250);
            }
            Api api = api();
            while (!healthy(api)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("not healthy within " + START_TIMEOUT + ":\n" + log());
                }
                Thread.sleep(250);
            }
            // Demo data loads once the server listens; its log line says it is done.
            while (command.stream().anyMatch(a -> a.startsWith("--spring.profiles.active=") && a.contains("demo"))
                    && !log().contains("Weerbaar demo ready")) {
                if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                    throw new AssertionError("demo data not loaded within " + START_TIMEOUT + ":\n" + log());
                }
                Thread.sleep(250);
            }
        } catch (Exception | AssertionError e) {
            stop();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    public Api api() {
        return Api.onPort(port);
    }

    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Kills the JVM at once (SIGKILL), as a power cut or the kernel's out-of-memory killer would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts the same command again, after {@link #kill()} or {@link #stop()}. */
    public void restart() throws Exception {
        launch();
    }

    /** Stops the application as Ctrl+C would, and kills it when it does not stop within 30 seconds. */
    public void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static boolean healthy(Api api) {
        try {
            return api.get("/actuator/health").status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
