package nl.weerbaar.spring.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.weerbaar.spring.security.WeerbaarHttpSecurityConfigurer;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.ClassUtils;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The Weerbaarheidsmonitor's pages ({@code weerbaar.monitor.path}, e.g. {@code /weerbaar/**}): every page needs an
 * authenticated caller — the host's own login, or a login to Camunda's webapps in the same browser — but the style
 * sheets and the accessibility statement. An unauthenticated visit goes to the host's login page when its chain has
 * one (form or OIDC login); otherwise it gets 401 with the chain's challenges (HTTP Basic) and a page that says how
 * to log in. Posts keep the host's CSRF protection: the pages' forms carry its token.
 */
public final class MonitorHttpSecurityConfigurer implements WeerbaarHttpSecurityConfigurer {

    private static final String OAUTH2_LOGIN = "org.springframework.security.config.annotation.web.configurers"
            + ".oauth2.client.OAuth2LoginConfigurer";

    private final String path;
    private final Function<HttpServletRequest, Optional<String>> webappSessions;
    private final BiFunction<HttpServletRequest, HttpServletResponse, String> notLoggedInPage;

    /**
     * @param path            the monitor's path, e.g. {@code /weerbaar}
     * @param webappSessions  the user of a webapp login session; {@code null} without Camunda's webapps
     * @param notLoggedInPage the HTML that tells a visitor how to log in; {@code null} for none
     */
    public MonitorHttpSecurityConfigurer(String path, Function<HttpServletRequest, Optional<String>> webappSessions,
                                         BiFunction<HttpServletRequest, HttpServletResponse, String> notLoggedInPage) {
        this.path = path;
        this.webappSessions = webappSessions;
        this.notLoggedInPage = notLoggedInPage;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        RequestMatcher pages = pages(path);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(Paths.matcher(HttpMethod.GET, path + "/assets/**"),
                        Paths.matcher(HttpMethod.GET, path + "/toegankelijkheid")).permitAll()
                .requestMatchers(pages).authenticated());
        if (webappSessions != null) {
            http.addFilterBefore(new WebappSessionFilter(pages, webappSessions), AnonymousAuthenticationFilter.class);
        }
        ChallengeEntryPoint challenges = new ChallengeEntryPoint(http);
        AuthenticationEntryPoint explained = (request, response, refusal) -> {
            challenges.commence(request, response, refusal);
            String page = notLoggedInPage == null ? null : notLoggedInPage.apply(request, response);
            if (page != null) {
                response.setContentType("text/html;charset=UTF-8");
                response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
            }
        };
        http.exceptionHandling(refusals -> refusals.defaultAuthenticationEntryPointFor(explained,
                new AndRequestMatcher(pages, request -> !hasLoginPage(http))));
    }

    /** The path and everything below it. */
    public static RequestMatcher pages(String path) {
        return Paths.matcher(path + "/**");
    }

    public String path() {
        return path;
    }

    /** Whether the host's chain sends visitors to a login page of its own, which then serves the monitor as well. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean hasLoginPage(HttpSecurity http) {
        if (http.getConfigurer(FormLoginConfigurer.class) != null) {
            return true;
        }
        ClassLoader loader = MonitorHttpSecurityConfigurer.class.getClassLoader();
        if (!ClassUtils.isPresent(OAUTH2_LOGIN, loader)) {
            return false;
        }
        try {
            Class configurer = ClassUtils.forName(OAUTH2_LOGIN, loader);
            return http.getConfigurer(configurer) != null;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
