package nl.weerbaar.spring.security;

import nl.weerbaar.spring.internal.MonitorPath;
import nl.weerbaar.spring.security.internal.ApiHttpSecurityConfigurer;
import nl.weerbaar.spring.security.internal.BridgeCheck;
import nl.weerbaar.spring.security.internal.CamundaIdentities;
import nl.weerbaar.spring.security.internal.CamundaIdentityHttpSecurityConfigurer;
import nl.weerbaar.spring.security.internal.EngineRestHttpSecurityConfigurer;
import nl.weerbaar.spring.security.internal.MonitorHttpSecurityConfigurer;
import nl.weerbaar.spring.security.internal.Paths;
import nl.weerbaar.spring.security.internal.WebappAuthenticationFilter;
import nl.weerbaar.spring.security.internal.WebappSessions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.ClassUtils;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Weerbaar's part in the host's Spring Security, when Spring Security is there: the configurers the host applies to
 * its chain ({@link WeerbaarHttpSecurity}), the identity resolvers, and — on request — Camunda's webapps taking the
 * user from Spring Security. Without Spring Security on the classpath none of this exists and the starter starts
 * as before; the API then knows a caller only from Camunda's identity service ({@code CurrentUser}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.security.config.annotation.web.builders.HttpSecurity")
@EnableConfigurationProperties(WeerbaarSecurityProperties.class)
public class WeerbaarSecurityConfiguration {

    static final String ENGINE_REST_PATH = "spring.jersey.application-path";
    private static final String WEBAPP_SESSIONS = "org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil";

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    @ConditionalOnMissingBean(name = "weerbaarIdentityServiceIdentityResolver")
    CamundaIdentityResolver weerbaarIdentityServiceIdentityResolver(ObjectProvider<ProcessEngine> engine) {
        return CamundaIdentityResolver.fromIdentityService(identityService(engine));
    }

    @Bean
    @ConditionalOnMissingBean
    WeerbaarHttpSecurity weerbaarHttpSecurity(ObjectProvider<WeerbaarHttpSecurityConfigurer> configurers) {
        return new WeerbaarHttpSecurity(configurers.orderedStream().toList());
    }

    @Bean
    @Order(100)
    @ConditionalOnMissingBean(name = "weerbaarApiHttpSecurity")
    @ConditionalOnProperty(prefix = "weerbaar", name = {"enabled", "api.enabled"}, matchIfMissing = true)
    WeerbaarHttpSecurityConfigurer weerbaarApiHttpSecurity() {
        return new ApiHttpSecurityConfigurer();
    }

    @Bean
    @Order(200)
    @ConditionalOnMissingBean(name = "weerbaarEngineRestHttpSecurity")
    @ConditionalOnClass(name = "org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig")
    WeerbaarHttpSecurityConfigurer weerbaarEngineRestHttpSecurity(Environment environment) {
        return new EngineRestHttpSecurityConfigurer(engineRestPath(environment));
    }

    @Bean
    @Order(250)
    @ConditionalOnMissingBean(name = "weerbaarMonitorHttpSecurity")
    @ConditionalOnProperty(prefix = "weerbaar", name = {"enabled", "monitor.enabled"}, matchIfMissing = true)
    WeerbaarHttpSecurityConfigurer weerbaarMonitorHttpSecurity(ObjectProvider<ProcessEngine> engine,
                                                               ObjectProvider<BiFunction<HttpServletRequest,
                                                                       HttpServletResponse, String>> pages,
                                                               Environment environment) {
        return new MonitorHttpSecurityConfigurer(monitorPath(environment),
                ClassUtils.isPresent(WEBAPP_SESSIONS, WeerbaarSecurityConfiguration.class.getClassLoader())
                        ? new WebappSessions(engine::getObject) : null,
                (request, response) -> {
                    BiFunction<HttpServletRequest, HttpServletResponse, String> page = pages.getIfUnique();
                    return page == null ? null : page.apply(request, response);
                });
    }

    @Bean
    @Order(300)
    @ConditionalOnMissingBean(name = "weerbaarCamundaIdentityHttpSecurity")
    WeerbaarHttpSecurityConfigurer weerbaarCamundaIdentityHttpSecurity(
            ObjectProvider<CamundaIdentityResolver> resolvers, ObjectProvider<ProcessEngine> engine,
            Environment environment) {
        List<String> paths = new ArrayList<>(List.of(Paths.API));
        paths.add(Paths.below(engineRestPath(environment)));
        if (environment.getProperty("weerbaar.enabled", Boolean.class, true)
                && environment.getProperty("weerbaar.monitor.enabled", Boolean.class, true)) {
            paths.add(monitorPath(environment) + "/**");
        }
        return new CamundaIdentityHttpSecurityConfigurer(paths, identities(resolvers), identityService(engine));
    }

    @Bean
    BridgeCheck weerbaarBridgeCheck(ObjectProvider<SecurityFilterChain> chains) {
        return new BridgeCheck(chains);
    }

    /** Where the monitor's pages are served, as {@link MonitorPath} decides it for them too. */
    static String monitorPath(Environment environment) {
        return MonitorPath.of(environment.getProperty(MonitorPath.PROPERTY));
    }

    private static String engineRestPath(Environment environment) {
        return environment.getProperty(ENGINE_REST_PATH, "/engine-rest");
    }

    static CamundaIdentities identities(ObjectProvider<CamundaIdentityResolver> resolvers) {
        return new CamundaIdentities(new Supplier<>() {

            private volatile List<CamundaIdentityResolver> ordered;

            @Override
            public List<CamundaIdentityResolver> get() {
                List<CamundaIdentityResolver> known = ordered;
                if (known == null) {
                    ordered = known = resolvers.orderedStream().toList();
                }
                return known;
            }
        });
    }

    /** Looked up once, at the first request: resolving the bean on every request costs more than the query. */
    static Supplier<IdentityService> identityService(ObjectProvider<ProcessEngine> engine) {
        return SingletonSupplier.of(() -> engine.getObject().getIdentityService());
    }

    /** Groups and tenants from token claims, when Spring Security's OAuth 2.0 support is there. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.oauth2.core.ClaimAccessor")
    static class TokenClaimsConfiguration {

        @Bean
        @Order(0)
        @ConditionalOnMissingBean(name = "weerbaarTokenClaimsIdentityResolver")
        CamundaIdentityResolver weerbaarTokenClaimsIdentityResolver(WeerbaarSecurityProperties properties,
                                                                    ObjectProvider<ProcessEngine> engine) {
            return CamundaIdentityResolver.fromTokenClaims(properties.getGroupsClaim(), properties.getTenantsClaim(),
                    identityService(engine));
        }
    }

    /** Camunda's webapps take the user from Spring Security ({@code weerbaar.security.webapps-from-spring-security}). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter")
    @ConditionalOnProperty(prefix = "weerbaar.security", name = "webapps-from-spring-security", havingValue = "true")
    static class WebappConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "weerbaarWebappAuthentication")
        FilterRegistrationBean<WebappAuthenticationFilter> weerbaarWebappAuthentication(
                ObjectProvider<CamundaIdentityResolver> resolvers, Environment environment) {
            String webapps = environment.getProperty("camunda.bpm.webapp.application-path", "/camunda")
                    .replaceAll("/+$", "");
            boolean revalidated = environment.getProperty("camunda.bpm.webapp.auth.cache.ttl-enabled", Boolean.class,
                    true);
            long timeToLive = revalidated ? environment.getProperty("camunda.bpm.webapp.auth.cache.time-to-live",
                    Long.class, 5 * 60 * 1000L) : 0;
            FilterRegistrationBean<WebappAuthenticationFilter> registration = new FilterRegistrationBean<>(
                    new WebappAuthenticationFilter(identities(resolvers), timeToLive));
            registration.setName("weerbaarWebappAuthentication");
            // After Spring Security's chain, which has authenticated the user, and before Camunda's own filters.
            registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
            registration.addUrlPatterns(webapps + "/app/*", webapps + "/api/*");
            registration.setDispatcherTypes(DispatcherType.REQUEST);
            return registration;
        }
    }
}
