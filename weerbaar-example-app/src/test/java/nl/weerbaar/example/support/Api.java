package nl.weerbaar.example.support;

import com.jayway.jsonpath.JsonPath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Plain HTTP calls to the running application, anonymously or as a user with HTTP Basic, as any client would make
 * them.
 */
public final class Api {

    public static final String PASSWORD = "demo";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public Api(String base) {
        this.base = base;
    }

    public static Api onPort(int port) {
        return new Api("http://localhost:" + port);
    }

    public String base() {
        return base;
    }

    public Response get(String path) {
        return send(request(path).GET(), null);
    }

    public Response get(String path, String user) {
        return send(request(path).GET(), user);
    }

    /** A call with this {@code Authorization} header as it stands, e.g. another scheme or another spelling. */
    public Response getAuthorized(String path, String authorization) {
        return send(request(path).header("Authorization", authorization).GET(), null);
    }

    public Response post(String path, String user, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)), user);
    }

    public Response put(String path, String user, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)), user);
    }

    public Response delete(String path, String user) {
        return send(request(path).DELETE(), user);
    }

    /** A request with the user's own password, right or wrong. */
    public Response get(String path, String user, String password) {
        return send(request(path).GET(), user, password);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    private Response send(HttpRequest.Builder request, String user) {
        return send(request, user, PASSWORD);
    }

    private Response send(HttpRequest.Builder request, String user, String password) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, body and headers. */
    public record Response(int status, String body, HttpHeaders headers) {

        /** The authentication challenge, if any. */
        public String challenge() {
            return header("WWW-Authenticate");
        }

        /** Every value of a header (its name in any case), one per occurrence. */
        public List<String> headers(String name) {
            return headers.allValues(name);
        }

        /** A header's value, {@code null} when it is absent. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** A value from the JSON body, e.g. {@code $.measures[?(@.ref == '2.2')].status}. */
        public <T> T json(String path) {
            return JsonPath.read(body, path);
        }
    }
}
