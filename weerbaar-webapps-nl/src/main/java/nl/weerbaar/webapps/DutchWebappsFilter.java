package nl.weerbaar.webapps;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.weerbaar.webapps.internal.WebappOverlays;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves each Camunda webapp's {@code scripts/config.js} as a small module that imports the webapp's own
 * {@code config.js} (Camunda's, or the application's) and adds Dutch to its locales, and its
 * {@code styles/user-styles.css} as a style sheet that imports the webapp's own and hides Camunda 7 CE's
 * migrate-to-Camunda-8 banner. Nothing of either file is copied, so they cannot drift from Camunda's on an upgrade.
 * Every other request, and the original files themselves ({@code ?weerbaar=original}), pass unchanged.
 */
public class DutchWebappsFilter extends OncePerRequestFilter {

    /** Camunda's webapps: Admin, Cockpit, Tasklist and Welcome (the login page at {@code /app/} and the profile). */
    public static final List<String> WEBAPPS = List.of("admin", "cockpit", "tasklist", "welcome");

    private static final Pattern UNSAFE_PATH = Pattern.compile("[^A-Za-z0-9/._~-]");
    private static final String CONFIG_SCRIPT = "scripts/config.js";
    private static final String USER_STYLES = "styles/user-styles.css";

    private final String applicationPath;
    private final Pattern overlaid;

    /**
     * @param applicationPath where the webapps are served, as {@code camunda.bpm.webapp.application-path}
     *                        ({@code /camunda} by default; empty for the root)
     */
    public DutchWebappsFilter(String applicationPath) {
        this.applicationPath = normalized(applicationPath);
        this.overlaid = Pattern.compile(Pattern.quote(this.applicationPath + "/app/") + "(" + String.join("|", WEBAPPS)
                + ")/(" + Pattern.quote(CONFIG_SCRIPT) + "|" + Pattern.quote(USER_STYLES) + ")");
    }

    /** The webapps' application path this filter serves, normalized like Camunda's ({@code /x}, or empty). */
    public String applicationPath() {
        return applicationPath;
    }

    /** The URL pattern to map this filter to: everything under the webapps' {@code /app/}. */
    public String urlPattern() {
        return applicationPath + "/app/*";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || WebappOverlays.ORIGINAL_VALUE.equals(request.getParameter(WebappOverlays.ORIGINAL_PARAMETER))
                || !overlaid.matcher(pathWithinContext(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher matcher = overlaid.matcher(pathWithinContext(request));
        if (!matcher.matches()) {
            chain.doFilter(request, response);
            return;
        }
        String bust = request.getParameter("bust");
        boolean script = CONFIG_SCRIPT.equals(matcher.group(2));
        byte[] body = (script ? WebappOverlays.configScript(bust) : WebappOverlays.userStyles(bust))
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(script ? "text/javascript;charset=UTF-8" : "text/css;charset=UTF-8");
        // As Camunda's CacheControlFilter does for the webapps' files: always ask, so an upgrade is seen at once.
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String pathWithinContext(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    /** Camunda's own normalization ({@code WebappProperty}): a leading slash, no trailing one; empty is the root. */
    private static String normalized(String applicationPath) {
        if (applicationPath == null || applicationPath.isEmpty() || "/".equals(applicationPath)) {
            return "";
        }
        String path = applicationPath.startsWith("/") ? applicationPath : "/" + applicationPath;
        path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        Matcher unsafe = UNSAFE_PATH.matcher(path);
        if (unsafe.find()) {
            throw new IllegalArgumentException("Webapp application path '" + applicationPath
                    + "' has the character '" + unsafe.group() + "' at position " + unsafe.start()
                    + "; camunda.bpm.webapp.application-path takes a plain path such as /camunda");
        }
        return path;
    }
}
