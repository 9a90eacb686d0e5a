package nl.weerbaar.spring.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

import java.util.List;

/**
 * Applies every {@link WeerbaarHttpSecurityConfigurer} bean, in order, to the host's chain:
 *
 * <pre>{@code
 * @Bean
 * SecurityFilterChain security(HttpSecurity http, WeerbaarHttpSecurity weerbaar) throws Exception {
 *     weerbaar.configure(http);   // the Weerbaar API and engine REST: authenticated, bridged to Camunda, Dutch refusals
 *     return http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).httpBasic(withDefaults()).build();
 * }
 * }</pre>
 *
 * Call it before your own {@code anyRequest()} rule: Spring Security takes the first rule that matches a request.
 */
public final class WeerbaarHttpSecurity {

    private final List<WeerbaarHttpSecurityConfigurer> configurers;

    public WeerbaarHttpSecurity(List<WeerbaarHttpSecurityConfigurer> configurers) {
        this.configurers = List.copyOf(configurers);
    }

    public void configure(HttpSecurity http) throws Exception {
        for (WeerbaarHttpSecurityConfigurer configurer : configurers) {
            configurer.configure(http);
        }
    }

    public List<WeerbaarHttpSecurityConfigurer> configurers() {
        return configurers;
    }
}
