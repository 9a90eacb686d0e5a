package nl.weerbaar.example.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.jayway.jsonpath.JsonPath;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real OpenID Connect provider for the {@code oidc} profile's tests, as a gemeente's identity provider would be:
 * Spring Authorization Server on a port of its own, with a login page, the gemeente's people, and signed JWTs that
 * carry each person's Camunda groups ({@code groups}) and tenants ({@code tenants}). One per JVM, started before the
 * application (whose start-up reads the provider's discovery document) and stopped with the JVM.
 *
 * <p>The provider answers at {@code http://localhost:<port>}, the application at {@code http://127.0.0.1:<port>}: two
 * host names, so the browser keeps their session cookies apart (cookies ignore ports), and a loopback address as the
 * registered redirect URI, as the provider requires.
 */
public final class OidcProvider {

    public static final String CLIENT_ID = "weerbaar";
    public static final String PASSWORD = "demo";
    /** Where the tests' own authorization-code logins are sent back to; nobody listens there, the code is read off
     * the redirect. */
    private static final String TEST_CALLBACK = "/tests/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** The provider's people: their groups and tenants, as the provider's claims carry them. */
    public record Person(String user, List<String> groups, List<String> tenants) {
    }

    public static final List<Person> PEOPLE = List.of(
            new Person("utrecht.aov", List.of("weerbaar-aov-adviseur"), List.of("utrecht")),
            new Person("amersfoort.aov", List.of("weerbaar-aov-adviseur"), List.of("amersfoort")),
            // Known only to the identity provider, not to Camunda's own user table.
            new Person("utrecht.nieuw", List.of("weerbaar-aov-adviseur"), List.of("utrecht")),
            // The provider forgot to say which gemeente this person works for.
            new Person("zonder.gemeente", List.of("weerbaar-aov-adviseur"), List.of()));

    private static OidcProvider started;

    private final int applicationPort;
    private final String issuer;
    private final String clientSecret;
    private final ConfigurableApplicationContext context;

    private OidcProvider(int providerPort, int applicationPort) {
        this.applicationPort = applicationPort;
        this.issuer = "http://localhost:" + providerPort;
        this.clientSecret = "geheim-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
        String client = "spring.security.oauth2.authorizationserver.client.weerbaar.";
        this.context = new SpringApplicationBuilder(ProviderApplication.class).web(WebApplicationType.SERVLET)
                .properties(Map.of(
                        "spring.config.name", "weerbaar-test-oidc-provider",
                        "spring.main.banner-mode", "off",
                        "spring.jmx.enabled", "false",
                        "server.port", Integer.toString(providerPort),
                        "server.servlet.session.cookie.name", "PROVIDER_SESSION",
                        "spring.security.oauth2.authorizationserver.issuer", issuer))
                .properties(Map.of(
                        client + "registration.client-id", CLIENT_ID,
                        client + "registration.client-secret", "{noop}" + clientSecret,
                        client + "registration.client-authentication-methods", "client_secret_basic",
                        client + "registration.authorization-grant-types", "authorization_code,refresh_token",
                        client + "registration.redirect-uris", applicationBase() + "/login/oauth2/code/gemeente,"
                                + applicationBase() + TEST_CALLBACK,
                        client + "registration.scopes", "openid,profile",
                        client + "require-authorization-consent", "false"))
                .run();
    }

    /** The provider of this JVM, started on first use. */
    public static synchronized OidcProvider get() {
        if (started == null) {
            started = new OidcProvider(freePort(), freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(started.context::close, "oidc-provider-stop"));
        }
        return started;
    }

    public String issuer() {
        return issuer;
    }

    /** Where the application under test runs: {@code http://127.0.0.1:<port>}. */
    public String applicationBase() {
        return "http://127.0.0.1:" + applicationPort;
    }

    /**
     * An access token for this person, obtained as a client obtains one: the authorization-code flow through the
     * provider's login page, then the code exchanged at the token endpoint.
     */
    public String accessToken(String user) {
        Browserless browser = new Browserless();
        String callback = applicationBase() + TEST_CALLBACK;
        URI redirect = browser.logIn(URI.create(issuer + "/oauth2/authorize?response_type=code&client_id=" + CLIENT_ID
                + "&scope=openid%20profile&state=t&redirect_uri=" + encode(callback)), user, callback);
        String code = query(redirect).get("code");
        HttpResponse<String> token = browser.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + clientSecret)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + encode(code)
                        + "&redirect_uri=" + encode(callback))));
        if (token.statusCode() != 200) {
            throw new IllegalStateException("token endpoint answered " + token.statusCode() + ": " + token.body());
        }
        return JsonPath.read(token.body(), "$.access_token");
    }

    /** A token signed with the provider's own key, with these claims (to make one that has expired, say). */
    public String signed(JwtClaimsSet claims) {
        return sign(context.getBean(JWKSource.class), claims);
    }

    /** A token signed with another key under the provider's key id: what a forger would make. */
    public String forged(JwtClaimsSet claims) {
        try {
            RSAKey forger = new RSAKeyGenerator(2048).keyID(providerKey().getKeyID()).generate();
            return sign(new ImmutableJWKSet<>(new JWKSet(forger)), claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims a token of this provider carries for this person, valid for the given period. */
    public JwtClaimsSet claims(String user, Instant issuedAt, Instant expiresAt) {
        Person person = PEOPLE.stream().filter(p -> p.user().equals(user)).findFirst().orElseThrow();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(issuer).subject(user).audience(List.of(CLIENT_ID))
                .issuedAt(issuedAt).notBefore(issuedAt).expiresAt(expiresAt);
        ProviderApplication.personClaims(person, claims::claim);
        return claims.build();
    }

    /** Properties that point the application's {@code oidc} profile at this provider, as a gemeente's environment. */
    public Map<String, Object> applicationProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", applicationPort);
        properties.put("WEERBAAR_OIDC_ISSUER_URI", issuer);
        properties.put("WEERBAAR_OIDC_CLIENT_ID", CLIENT_ID);
        properties.put("WEERBAAR_OIDC_CLIENT_SECRET", clientSecret);
        return properties;
    }

    @SuppressWarnings("unchecked")
    private JWK providerKey() {
        try {
            return ((JWKSource<SecurityContext>) context.getBean(JWKSource.class))
                    .get(new JWKSelector(new JWKMatcher.Builder().build()), null).get(0);
        } catch (Exception e) {
            throw new IllegalStateException("the provider has no signing key", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static String sign(JWKSource<?> keys, JwtClaimsSet claims) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder((JWKSource<SecurityContext>) keys);
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), java.net.URLDecoder.decode(pair.substring(equals + 1),
                    StandardCharsets.UTF_8));
        }
        return values;
    }

    /**
     * An HTTP client that follows a login as a browser would — redirects one by one, cookies kept, the provider's
     * login form filled in — without a browser.
     */
    public final class Browserless {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null,
                CookiePolicy.ACCEPT_ALL)).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();

        /**
         * Follows the redirects from {@code start}, logging in as {@code user} on the provider's login page, until
         * a redirect goes to an address that starts with {@code until}; returns that address.
         */
        public URI logIn(URI start, String user, String until) {
            URI next = start;
            for (int hop = 0; hop < 15; hop++) {
                HttpResponse<String> response = send(HttpRequest.newBuilder(next).header("Accept", "text/html").GET());
                if (response.statusCode() == 200 && next.getPath().equals("/login")
                        && next.toString().startsWith(issuer)) {
                    response = submitLogin(user, response.body());
                }
                next = redirect(response);
                if (next.toString().startsWith(until)) {
                    return next;
                }
            }
            throw new AssertionError("the login from " + start + " did not reach " + until);
        }

        private static URI redirect(HttpResponse<String> response) {
            String location = response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                    "no redirect from " + response.uri() + " (" + response.statusCode() + "): " + response.body()));
            return response.uri().resolve(location);
        }

        private HttpResponse<String> submitLogin(String user, String page) {
            Matcher csrf = CSRF.matcher(page);
            if (!csrf.find()) {
                throw new AssertionError("no CSRF token on the provider's login page: " + page);
            }
            return send(HttpRequest.newBuilder(URI.create(issuer + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password="
                            + encode(PASSWORD) + "&_csrf=" + encode(csrf.group(1)))));
        }

        public HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Points the application's context at the provider, starting it first (see {@link OidcAppTest}). */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext application) {
            application.getEnvironment().getPropertySources().addFirst(new MapPropertySource("oidc-provider",
                    get().applicationProperties()));
        }
    }

    /**
     * The provider's Spring Boot application: only the auto-configuration an authorization server needs (not
     * Camunda's or Weerbaar's, which are on the same class path), its people and its claims. Deliberately not a
     * {@code @Configuration}: the example application's component scan must not find it.
     */
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class,
            ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
            JacksonAutoConfiguration.class, ErrorMvcAutoConfiguration.class, SecurityAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class, OAuth2AuthorizationServerAutoConfiguration.class,
            OAuth2AuthorizationServerJwtAutoConfiguration.class})
    static class ProviderApplication {

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(PEOPLE.stream().map(person -> User.withUsername(person.user())
                    .password("{noop}" + PASSWORD).roles("USER").build()).toList());
        }

        /** Every token for a person — access token and ID token — names them and carries their groups and tenants. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> personClaims() {
            return context -> PEOPLE.stream().filter(p -> p.user().equals(context.getPrincipal().getName()))
                    .findFirst().ifPresent(person -> personClaims(person, context.getClaims()::claim));
        }

        static void personClaims(Person person, java.util.function.BiConsumer<String, Object> claims) {
            claims.accept("preferred_username", person.user());
            claims.accept("groups", person.groups());
            if (!person.tenants().isEmpty()) {
                claims.accept("tenants", person.tenants());
            }
        }
    }
}
