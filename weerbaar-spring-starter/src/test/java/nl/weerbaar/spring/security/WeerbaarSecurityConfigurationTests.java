package nl.weerbaar.spring.security;

import nl.weerbaar.spring.WeerbaarAutoConfiguration;
import nl.weerbaar.spring.api.CallerTenant;
import nl.weerbaar.spring.security.internal.ApiHttpSecurityConfigurer;
import nl.weerbaar.spring.security.internal.CamundaIdentityHttpSecurityConfigurer;
import nl.weerbaar.spring.security.internal.EngineRestHttpSecurityConfigurer;
import nl.weerbaar.spring.security.internal.MonitorHttpSecurityConfigurer;
import nl.weerbaar.spring.security.internal.IdentityServiceIdentityResolver;
import nl.weerbaar.spring.security.internal.TokenClaimsIdentityResolver;
import nl.weerbaar.spring.security.internal.WebappAuthenticationFilter;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * What the starter adds to a host with Spring Security: one configurer per concern, in order, the identity resolvers,
 * each replaceable by name; and nothing at all without Spring Security.
 */
class WeerbaarSecurityConfigurationTests {

    // Imported by the auto-configuration, so processed after the host's own configuration.
    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WeerbaarSecurityConfiguration.class));

    @Test
    void contributesOneConfigurerPerConcernInOrder() {
        runner.run(context -> assertThat(context.getBean(WeerbaarHttpSecurity.class).configurers())
                .hasExactlyElementsOfTypes(ApiHttpSecurityConfigurer.class, EngineRestHttpSecurityConfigurer.class,
                        MonitorHttpSecurityConfigurer.class, CamundaIdentityHttpSecurityConfigurer.class));
    }

    @Test
    void securesTheMonitorsPagesWhereTheyAreServedAndBridgesTheirCaller() {
        runner.withPropertyValues("weerbaar.monitor.path=/monitor/").run(context -> {
            assertThat(context.getBean("weerbaarMonitorHttpSecurity", MonitorHttpSecurityConfigurer.class).path())
                    .isEqualTo("/monitor");
            assertThat(context.getBean("weerbaarCamundaIdentityHttpSecurity",
                    CamundaIdentityHttpSecurityConfigurer.class).patterns()).contains("/monitor/**");
        });
    }

    @Test
    void leavesTheMonitorsPagesAloneWhenTheMonitorIsOff() {
        runner.withPropertyValues("weerbaar.monitor.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean("weerbaarMonitorHttpSecurity");
            assertThat(context.getBean("weerbaarCamundaIdentityHttpSecurity",
                    CamundaIdentityHttpSecurityConfigurer.class).patterns()).doesNotContain("/weerbaar/**");
        });
    }

    @Test
    void theHostReplacesTheMonitorsConfigurerByName() {
        runner.withBean("weerbaarMonitorHttpSecurity", WeerbaarHttpSecurityConfigurer.class,
                () -> http -> { }).run(context -> assertThat(context.getBean(WeerbaarHttpSecurity.class)
                .configurers()).noneMatch(MonitorHttpSecurityConfigurer.class::isInstance));
    }

    @Test
    void securesAndBridgesTheEngineRestApiWhereJerseyServesIt() {
        runner.withPropertyValues("spring.jersey.application-path=/rest/").run(context -> {
            assertThat(context.getBean("weerbaarEngineRestHttpSecurity", EngineRestHttpSecurityConfigurer.class)
                    .pattern()).isEqualTo("/rest/**");
            assertThat(context.getBean("weerbaarCamundaIdentityHttpSecurity",
                    CamundaIdentityHttpSecurityConfigurer.class).patterns())
                    .containsExactly("/api/weerbaar/**", "/rest/**", "/weerbaar/**");
        });
    }

    @Test
    void asksTokenClaimsFirstThenTheIdentityService() {
        runner.run(context -> assertThat(context.getBeanProvider(CamundaIdentityResolver.class).orderedStream())
                .hasExactlyElementsOfTypes(TokenClaimsIdentityResolver.class, IdentityServiceIdentityResolver.class));
    }

    @Test
    void asksTheHostsOwnResolverFirstWhenItSaysSo() {
        runner.withUserConfiguration(OwnResolver.class).run(context -> assertThat(context
                .getBeanProvider(CamundaIdentityResolver.class).orderedStream().findFirst())
                .containsSame(context.getBean("ownResolver", CamundaIdentityResolver.class)));
    }

    @Test
    void withoutOAuth2SupportOnlyTheIdentityServiceIsAsked() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.security.oauth2"))
                .run(context -> assertThat(context.getBeanProvider(CamundaIdentityResolver.class).orderedStream())
                        .hasExactlyElementsOfTypes(IdentityServiceIdentityResolver.class));
    }

    @Test
    void backsOffWhenTheHostDefinesAConcernByName() {
        runner.withUserConfiguration(OwnApiRules.class).run(context -> {
            assertThat(context.getBean("weerbaarApiHttpSecurity")).isSameAs(OwnApiRules.RULES);
            assertThat(context.getBean(WeerbaarHttpSecurity.class).configurers()).startsWith(OwnApiRules.RULES);
        });
    }

    @Test
    void leavesTheApiAloneWhenTheApiIsOff() {
        runner.withPropertyValues("weerbaar.api.enabled=false").run(context -> assertThat(context)
                .doesNotHaveBean("weerbaarApiHttpSecurity").hasBean("weerbaarCamundaIdentityHttpSecurity"));
    }

    @Test
    void letsTheWebappsTakeTheUserFromSpringSecurityOnlyWhenAsked() {
        runner.run(context -> assertThat(context).doesNotHaveBean("weerbaarWebappAuthentication"));
        runner.withPropertyValues("weerbaar.security.webapps-from-spring-security=true",
                "camunda.bpm.webapp.application-path=/bpm/").run(context -> {
            FilterRegistrationBean<?> registration = context.getBean("weerbaarWebappAuthentication",
                    FilterRegistrationBean.class);
            assertThat(registration.getFilter()).isInstanceOf(WebappAuthenticationFilter.class);
            assertThat(registration.getUrlPatterns()).containsExactly("/bpm/app/*", "/bpm/api/*");
            assertThat(registration.getOrder()).as("right after Spring Security's chain").isEqualTo(-99);
        });
    }

    @Test
    void absentWithoutSpringSecurityAndTheStarterStillStarts() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WeerbaarAutoConfiguration.class))
                .withBean(ProcessEngine.class, () -> mock(ProcessEngine.class, org.mockito.Mockito.RETURNS_DEEP_STUBS))
                .withClassLoader(new FilteredClassLoader("org.springframework.security"))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(CallerTenant.class)
                        .doesNotHaveBean(WeerbaarHttpSecurity.class).doesNotHaveBean(CamundaIdentityResolver.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnResolver {

        @Bean
        @Order(-10)
        CamundaIdentityResolver ownResolver() {
            return authentication -> Optional.empty();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnApiRules {

        static final WeerbaarHttpSecurityConfigurer RULES = http -> { };

        @Bean
        @Order(100)
        WeerbaarHttpSecurityConfigurer weerbaarApiHttpSecurity() {
            return RULES;
        }
    }
}
