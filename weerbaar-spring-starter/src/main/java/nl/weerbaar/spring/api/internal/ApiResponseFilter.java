package nl.weerbaar.spring.api.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import nl.weerbaar.spring.internal.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives every response of the Weerbaar API the headers the NL API Design Rules require — {@code API-Version} and
 * the security headers of {@code /core/transport/security-headers} — and makes every error a problem detail.
 * <p>
 * It runs before the application's security filters ({@link #ORDER}) and holds the required header values: a
 * later attempt to change them (Spring Security writes {@code Cache-Control: no-cache, no-store, …}, for instance)
 * is ignored. An error sent with {@code sendError} (by Spring Security's entry points, say), or a bare error status
 * without a body, is answered with an {@code application/problem+json} body, and an exception nobody handled with
 * a 500 problem.
 */
public class ApiResponseFilter extends OncePerRequestFilter {

    /** Before Spring Security's filter chain (-100) and everything else of the application. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private static final Logger LOG = LoggerFactory.getLogger(ApiResponseFilter.class);

    private final Map<String, String> headers;
    private final Set<String> heldNames;

    public ApiResponseFilter(String apiVersion) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("API-Version", apiVersion);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Cache-Control", "no-store");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", "frame-ancestors 'none'");
        this.headers = Collections.unmodifiableMap(headers);
        this.heldNames = headers.keySet().stream().map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The headers every response gets, by name. */
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiPaths.covers(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApiResponse api = new ApiResponse(request, response);
        try {
            chain.doFilter(request, api);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            LOG.error("Weerbaar API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
            api.problem(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        if (!response.isCommitted() && api.getStatus() >= 400 && !api.bodyStarted) {
            api.problem(api.getStatus());
        }
    }

    /** The response with the required headers held and errors turned into problem details. */
    private final class ApiResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private boolean bodyStarted;

        ApiResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
            holdHeaders();
        }

        private void holdHeaders() {
            headers.forEach(super::setHeader);
        }

        private boolean held(String name) {
            return name != null && heldNames.contains(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public void setHeader(String name, String value) {
            if (!held(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!held(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void reset() {
            super.reset();
            bodyStarted = false;
            holdHeaders();
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("Cannot send error " + status + ": the response is committed");
            }
            problem(status);
        }

        void problem(int status) throws IOException {
            Problems.write(request, (HttpServletResponse) getResponse(), status, null);
            bodyStarted = true;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            bodyStarted = true;
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            bodyStarted = true;
            return super.getWriter();
        }

    }
}
