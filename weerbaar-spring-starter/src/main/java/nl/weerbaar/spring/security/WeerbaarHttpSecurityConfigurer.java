package nl.weerbaar.spring.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * One concern of Weerbaar's security that a host applies to its own {@code SecurityFilterChain}: which paths need an
 * authenticated caller, how refusals are answered, how the caller reaches Camunda. The starter contributes one bean per
 * concern; {@link WeerbaarHttpSecurity} applies them all.
 */
@FunctionalInterface
public interface WeerbaarHttpSecurityConfigurer {

    /** Adds this concern's rules and filters; called before the host's own {@code anyRequest()} rule. */
    void configure(HttpSecurity http) throws Exception;
}
