package nl.weerbaar.spring.fresh;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.servlet.DispatcherType;
import nl.weerbaar.spring.security.IdentityServiceAuthenticationProvider;
import nl.weerbaar.spring.security.WeerbaarHttpSecurity;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import static org.springframework.security.config.Customizer.withDefaults;

/**
 * An application like a municipality's own: Spring Boot with Camunda's starter and its own Spring Security — HTTP
 * Basic against Camunda's users and JWT bearer tokens from its identity provider — plus only the Weerbaar starter,
 * its properties ({@code application-fresh.properties}) and the one line that applies Weerbaar's rules to the chain.
 */
@SpringBootApplication
public class FreshApplication {

    /** The key the gemeente's identity provider signs its tokens with (the tests issue tokens with it). */
    static final RSAKey PROVIDER_KEY = key();

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    static class Security {

        @Bean
        SecurityFilterChain security(HttpSecurity http, WeerbaarHttpSecurity weerbaar) throws Exception {
            weerbaar.configure(http);
            http.authorizeHttpRequests(requests -> requests
                            .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"),
                                    PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**")).permitAll()
                            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                            .anyRequest().authenticated())
                    .httpBasic(withDefaults())
                    .oauth2ResourceServer(tokens -> tokens.jwt(withDefaults()));
            return http.build();
        }

        @Bean
        IdentityServiceAuthenticationProvider camundaUsers(ObjectProvider<ProcessEngine> engine) {
            return new IdentityServiceAuthenticationProvider(() -> engine.getObject().getIdentityService());
        }

        @Bean
        JwtDecoder providerTokens() throws JOSEException {
            return NimbusJwtDecoder.withPublicKey(PROVIDER_KEY.toRSAPublicKey()).build();
        }
    }

    private static RSAKey key() {
        try {
            return new RSAKeyGenerator(2048).keyID("gemeente").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
