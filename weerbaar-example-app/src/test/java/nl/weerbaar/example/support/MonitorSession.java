package nl.weerbaar.example.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser-like session: logged in to Tasklist as a user (Camunda's login form API, with its CSRF token), then
 * reading the monitor's pages with that session cookie only, as a user who opens them after Tasklist does.
 */
public final class MonitorSession {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final String base;

    private MonitorSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A session logged in to Tasklist as the user (password {@value Api#PASSWORD}). */
    public static MonitorSession tasklistLogin(int port, String user) {
        MonitorSession session = new MonitorSession("http://localhost:" + port);
        session.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/app/tasklist/")).GET());
        String token = session.cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
        HttpResponse<byte[]> login = session.send(HttpRequest.newBuilder(URI.create(session.base
                        + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("X-XSRF-TOKEN", token).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + Api.PASSWORD)));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Tasklist login of " + user + " answered " + login.statusCode());
        }
        return session;
    }

    /** Without any login. */
    public static MonitorSession anonymous(int port) {
        return new MonitorSession("http://localhost:" + port);
    }

    /** As a browser asks for a page: HTML first, in Dutch. */
    public Page get(String path) {
        return page(send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "nl-NL")
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET()));
    }

    /** A form post without a CSRF token. */
    public Page post(String path, String origin) {
        return post(path, origin, null, null);
    }

    /**
     * A form post with the CSRF token the form on the page carries, as the browser sends it: with the origin of the
     * page it was sent from and what the browser says of that page's site ({@code Sec-Fetch-Site}).
     */
    public Page postForm(String page, String action, String origin, String fetchSite) {
        Matcher form = Pattern.compile("<form method=\"post\" action=\"" + Pattern.quote(action)
                + "\">\\s*<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"").matcher(get(page).html());
        if (!form.find()) {
            throw new IllegalStateException("no form posting to " + action + " with a hidden token on " + page);
        }
        return post(action, origin, fetchSite, form.group(1) + "="
                + URLEncoder.encode(form.group(2), StandardCharsets.UTF_8));
    }

    private Page post(String path, String origin, String fetchSite, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "nl")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (fetchSite != null) {
            request.header("Sec-Fetch-Site", fetchSite);
        }
        return page(send(request));
    }

    public String base() {
        return base;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Page page(HttpResponse<byte[]> response) {
        return new Page(response.statusCode(), response.body(), response.headers().firstValue("Content-Type")
                .orElse(""), response.headers().firstValue("Location").orElse(null), response.headers());
    }

    /** A response of the monitor. */
    public record Page(int status, byte[] bytes, String contentType, String location,
                       java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String html() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
