package nl.weerbaar.spring.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import nl.weerbaar.spring.internal.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Locale;

/**
 * Gives every 401 and 403 that Spring Security answers on the API's paths a body: an RFC 9457 problem
 * ({@code application/problem+json}, written by {@link Problems}) with {@code status}, a Dutch {@code title} and a
 * Dutch {@code detail} saying what to do. Spring Security's mechanisms refuse with a bare status (a bearer token's
 * refusal) or an error page (HTTP Basic); the status and the {@code WWW-Authenticate} challenge they chose are kept.
 * Refusals the API writes itself are left alone.
 */
public final class ProblemResponseFilter extends PathFilter {

    public ProblemResponseFilter(RequestMatcher paths) {
        super(paths);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemResponse problems = new ProblemResponse(request, response);
        chain.doFilter(request, problems);
        problems.finish();
    }

    /** The Dutch explanation of a refusal, from what the caller sent and what the chain answered. */
    static String detail(int status, String authorization, Collection<String> challenges) {
        if (status == HttpServletResponse.SC_FORBIDDEN) {
            return Problems.defaultDetail(status);
        }
        String scheme = authorization == null || authorization.isBlank() ? null
                : authorization.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        boolean offered = scheme != null && challenges.stream()
                .anyMatch(challenge -> challenge.toLowerCase(Locale.ROOT).startsWith(scheme));
        if (scheme == null) {
            return "Meld u aan om de Weerbaar-API te gebruiken" + accepted(challenges) + ".";
        }
        if (!offered) {
            return "Aanmelden met '" + authorization.strip().split("\\s+", 2)[0] + "' wordt hier niet ondersteund"
                    + accepted(challenges) + ".";
        }
        if (scheme.equals("basic")) {
            return "Gebruikersnaam of wachtwoord is onjuist, of de gebruiker is na te veel mislukte pogingen"
                    + " tijdelijk geblokkeerd.";
        }
        if (scheme.equals("bearer")) {
            boolean expired = challenges.stream().anyMatch(challenge -> challenge.contains("expired"));
            return expired ? "Het toegangstoken is verlopen; vraag een nieuw token aan."
                    : "Het toegangstoken is ongeldig: de handtekening, de uitgever, de doelgroep of de geldigheid"
                    + " klopt niet.";
        }
        return "Aanmelden met '" + scheme + "' is mislukt.";
    }

    private static String accepted(Collection<String> challenges) {
        boolean basic = challenges.stream().anyMatch(c -> c.regionMatches(true, 0, "Basic", 0, 5));
        boolean bearer = challenges.stream().anyMatch(c -> c.regionMatches(true, 0, "Bearer", 0, 6));
        if (basic && bearer) {
            return ": met HTTP Basic of een Bearer-token";
        }
        return basic ? ": met HTTP Basic" : bearer ? ": met een Bearer-token" : "";
    }

    /** Writes the problem in place of an error page, or after the chain when the refusal came without a body. */
    private static final class ProblemResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private boolean bodyStarted;

        ProblemResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (refusal(status) && !isCommitted()) {
                problem(status);
            } else {
                super.sendError(status, message);
            }
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

        void finish() throws IOException {
            if (refusal(getStatus()) && !bodyStarted && !isCommitted()) {
                problem(getStatus());
            }
        }

        private void problem(int status) throws IOException {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            String detail = detail(status, request.getHeader(HttpHeaders.AUTHORIZATION),
                    response.getHeaders(HttpHeaders.WWW_AUTHENTICATE));
            Problems.write(request, response, status, detail);
            bodyStarted = true;
        }

        private static boolean refusal(int status) {
            return status == HttpServletResponse.SC_UNAUTHORIZED || status == HttpServletResponse.SC_FORBIDDEN;
        }
    }
}
