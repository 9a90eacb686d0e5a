package nl.weerbaar.spring.fresh;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The fresh application's own Spring Security decides who calls; the starter hands that caller to Camunda: a bearer
 * token's claims name the tenant, a Camunda user's memberships do for HTTP Basic, and every refusal on the API is a
 * Dutch problem. Shares {@link FreshApplicationIT}'s application context.
 */
@SpringBootTest(classes = FreshApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ActiveProfiles("fresh")
class FreshApplicationSecurityIT {

    /** A call the API answers for the caller's tenant (the security under test does not depend on which). */
    static final String PROGRESS = "/api/weerbaar/v1/progress";
    private static final String PASSWORD = "sterk-genoeg";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcessEngine engine;

    @BeforeAll
    static void users(@Autowired ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        for (String id : new String[] {"sec.amersfoort", "sec.fout"}) {
            if (identity.createUserQuery().userId(id).count() == 0) {
                User user = identity.newUser(id);
                user.setPassword(PASSWORD);
                identity.saveUser(user);
                if (identity.createTenantQuery().tenantId("amersfoort").count() == 0) {
                    identity.saveTenant(identity.newTenant("amersfoort"));
                }
                identity.createTenantUserMembership("amersfoort", id);
            }
        }
    }

    @Test
    void aTokensClaimsNameTheCallersTenantWithoutACamundaUser() throws Exception {
        mvc.perform(get(PROGRESS).header(HttpHeaders.AUTHORIZATION, bearer(token("token.amersfoort",
                        Map.of("groups", List.of("weerbaar-aov-adviseur"), "tenants", List.of("amersfoort"))))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tenant").value("amersfoort"));
    }

    @Test
    void forgetsTheCallerOnCamundaAfterTheRequest() throws Exception {
        mvc.perform(get(PROGRESS).header(HttpHeaders.AUTHORIZATION, basic("sec.amersfoort", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tenant").value("amersfoort"));

        assertThat(engine.getIdentityService().getCurrentAuthentication()).as("MockMvc runs on this thread").isNull();
    }

    @Test
    void acceptsTheBasicSchemeInAnyCaseAsHttpDoes() throws Exception {
        mvc.perform(get(PROGRESS).header(HttpHeaders.AUTHORIZATION,
                        basic("sec.amersfoort", PASSWORD).replace("Basic", "basic")))
                .andExpect(status().isOk());
    }

    @Test
    void answersAnAnonymousCallWithAProblemAndBothWaysToLogIn() throws Exception {
        mvc.perform(get(PROGRESS))
                .andExpect(status().isUnauthorized())
                .andExpect(header().stringValues(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"weerbaar\"", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Niet aangemeld"))
                .andExpect(jsonPath("$.detail")
                        .value("Meld u aan om de Weerbaar-API te gebruiken: met HTTP Basic of een Bearer-token."));
    }

    @Test
    void anAnonymousChangeIsRefusedAsUnauthenticatedNotAsAMissingCsrfToken() throws Exception {
        mvc.perform(post("/api/weerbaar/v1/catalog/measures/1.1/lifecycles"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void refusesAWrongPasswordWithADutchProblem() throws Exception {
        mvc.perform(get(PROGRESS).header(HttpHeaders.AUTHORIZATION, basic("sec.fout", "fout")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Gebruikersnaam of wachtwoord is onjuist, of de gebruiker is"
                        + " na te veel mislukte pogingen tijdelijk geblokkeerd."));
    }

    @Test
    void rejectsAnExpiredToken() throws Exception {
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        String expired = token(FreshApplication.PROVIDER_KEY, JwtClaimsSet.builder().subject("token.amersfoort")
                .issuedAt(anHourAgo.minus(Duration.ofMinutes(5))).expiresAt(anHourAgo)
                .claim("tenants", List.of("amersfoort")).build());

        mvc.perform(get(PROGRESS).header(HttpHeaders.AUTHORIZATION, bearer(expired)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, org.hamcrest.Matchers.startsWith(
                        "Bearer error=\"invalid_token\"")))
                .andExpect(jsonPath("$.detail").value("Het toegangstoken is verlopen; vraag een nieuw token aan."));
    }

    @Test
    void rejectsATokenSignedWithAnotherKey() throws Exception {
        RSAKey forger = new RSAKeyGenerator(2048).keyID(FreshApplication.PROVIDER_KEY.getKeyID()).generate();
        String forged = token(forger, claims("token.amersfoort", Map.of("tenants", List.of("amersfoort"))));

        mvc.perform(get(PROGRESS).header(HttpHeaders.AUTHORIZATION, bearer(forged)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Het toegangstoken is ongeldig: de handtekening, de uitgever,"
                        + " de doelgroep of de geldigheid klopt niet."));
    }

    @Test
    void refusesATokenWithoutTenantClaimNamingTheClaim() throws Exception {
        mvc.perform(get(PROGRESS).header(HttpHeaders.AUTHORIZATION,
                        bearer(token("token.zonder", Map.of("groups", List.of("weerbaar-aov-adviseur"))))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Gebruiker token.zonder hoort bij geen gemeente of"
                        + " veiligheidsregio: het token noemt er geen in de claim 'tenants'."));
    }

    @Test
    void refusesATokenWithTwoTenants() throws Exception {
        mvc.perform(get(PROGRESS).header(HttpHeaders.AUTHORIZATION, bearer(token("token.twee",
                        Map.of("tenants", "utrecht amersfoort")))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("(utrecht, amersfoort)")));
    }

    @Test
    void publishesTheOpenApiDocumentWithoutLogin() throws Exception {
        int status = mvc.perform(get("/api/weerbaar/v1/openapi.json")).andReturn().getResponse().getStatus();

        assertThat(status).as("the API's OpenAPI document is public").isNotIn(401, 403);
    }

    @Test
    void theHostsOwnRulesStillApplyBesideWeerbaars() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/elders")).andExpect(status().isUnauthorized())
                .andExpect(header().stringValues(HttpHeaders.WWW_AUTHENTICATE, contains(
                        org.hamcrest.Matchers.startsWith("Basic"))));
    }

    private static JwtClaimsSet claims(String subject, Map<String, Object> claims) {
        Instant now = Instant.now();
        return JwtClaimsSet.builder().subject(subject).issuedAt(now).expiresAt(now.plus(Duration.ofMinutes(5)))
                .claims(all -> all.putAll(claims)).build();
    }

    private static String token(String subject, Map<String, Object> claims) throws JOSEException {
        return token(FreshApplication.PROVIDER_KEY, claims(subject, claims));
    }

    private static String token(RSAKey key, JwtClaimsSet claims) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID())
                .build(), claims)).getTokenValue();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
