package nl.weerbaar.engineswitch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the example application's jars, started as a gemeente starts it ({@code java -jar}, its own JVM, the demo
 * and postgres profiles, the database at {@code WEERBAAR_DB_URL}) on a free port, and spoken to over HTTP as its
 * users. Closing it stops it as an operator would, with SIGTERM and a graceful shutdown.
 */
final class ApplicationJar implements AutoCloseable {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final String PASSWORD = "demo";

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path log;
    private final String base;
    /** Keeps cookies as a browser does, such as the webapps' XSRF-TOKEN. */
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .cookieHandler(cookies).build();

    private ApplicationJar(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.base = "http://localhost:" + port;
    }

    /** Starts {@code <module>/target/<module>.jar} and waits until its demo data is ready. */
    static ApplicationJar start(String module, String databaseUrl, String... arguments) throws Exception {
        Path jar = ROOT.resolve(module).resolve("target").resolve(module + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError(jar + " is missing: package " + module + " first (./mvnw -B verify does)");
        }
        Path log = ROOT.resolve("weerbaar-engine-switch/target/" + module + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString(), "--spring.profiles.active=demo,postgres", "--server.port=0"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("WEERBAAR_DB_URL", databaseUrl);
        Process process = builder.start();
        try {
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            Matcher port;
            String output;
            // Read as bytes: a read in the middle of a multi-byte character must not fail the start.
            while (!(port = PORT.matcher(output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8)))
                    .find() || !output.contains("Weerbaar demo ready")) {
                if (!process.isAlive()) {
                    throw new AssertionError(module + " stopped (exit " + process.exitValue() + "):\n"
                            + output);
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError(module + " not ready within " + START_TIMEOUT + ":\n"
                            + output);
                }
                Thread.sleep(500);
            }
            return new ApplicationJar(process, log, Integer.parseInt(port.group(1)));
        } catch (Exception | AssertionError e) {
            stop(process);
            throw e;
        }
    }

    String log() throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    }

    /** A GET as the user, answered with 200 and JSON. */
    JsonNode get(String path, String user) {
        Answer answer = send(HttpRequest.newBuilder(uri(path)).GET(), user);
        if (answer.status() != 200) {
            throw new AssertionError("GET " + path + " as " + user + ": " + answer.status() + " " + answer.body());
        }
        return answer.json();
    }

    /** The status of an anonymous GET. */
    int status(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), null).status();
    }

    Answer post(String path, String user, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)), user);
    }

    /**
     * A POST as an anonymous browser on the webapps makes it: with the XSRF-TOKEN cookie the webapp at
     * {@code webapp} hands out, sent back as the header that the webapps' CSRF filter asks for.
     */
    Answer postAsBrowser(String webapp, String path, String json) {
        status(webapp);
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new AssertionError(webapp + " handed out no XSRF-TOKEN"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofString(json)), null);
    }

    /** The open tasks the user sees of the process instance with the business key: id → name. */
    Map<String, String> tasks(String user, String businessKey) {
        Map<String, String> tasks = new java.util.LinkedHashMap<>();
        get("/engine-rest/task?processInstanceBusinessKey=" + URLEncoder.encode(businessKey, StandardCharsets.UTF_8),
                user).forEach(task -> tasks.put(task.get("id").asText(), task.get("name").asText()));
        return tasks;
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private Answer send(HttpRequest.Builder request, String user) {
        request.timeout(Duration.ofSeconds(60));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop(process);
    }

    /** SIGTERM, as an operator stops the service; Spring Boot shuts down gracefully. */
    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** An HTTP answer. */
    record Answer(int status, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }
}
