package nl.weerbaar.webapps;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The auto-configuration beside Camunda's webapp auto-configuration: when it registers the filter, and where. */
class WeerbaarWebappsNlAutoConfigurationTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamundaBpmWebappAutoConfiguration.class,
                    WeerbaarWebappsNlAutoConfiguration.class))
            .withUserConfiguration(CamundaProperties.class);

    @Test
    void registersTheFilterUnderTheWebappsOfCamundasDefaultApplicationPath() {
        runner.run(context -> {
            FilterRegistrationBean<?> registration = context.getBean(WeerbaarWebappsNlAutoConfiguration.FILTER_NAME,
                    FilterRegistrationBean.class);
            assertThat(registration.getUrlPatterns()).containsExactly("/camunda/app/*");
            assertThat(((DutchWebappsFilter) registration.getFilter()).applicationPath()).isEqualTo("/camunda");
        });
    }

    @Test
    void followsTheConfiguredApplicationPath() {
        runner.withPropertyValues("camunda.bpm.webapp.application-path=/werk").run(context ->
                assertThat(context.getBean(WeerbaarWebappsNlAutoConfiguration.FILTER_NAME, FilterRegistrationBean.class)
                        .getUrlPatterns()).containsExactly("/werk/app/*"));
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnFilter() {
        runner.withUserConfiguration(OwnFilter.class).run(context -> {
            assertThat(context).doesNotHaveBean(WeerbaarWebappsNlAutoConfiguration.FILTER_NAME);
            assertThat(context).hasSingleBean(DutchWebappsFilter.class);
        });
    }

    @Test
    void backsOffWhenTheApplicationRegistersItsOwnFilter() {
        runner.withUserConfiguration(OwnRegistration.class).run(context -> {
            assertThat(context).doesNotHaveBean(WeerbaarWebappsNlAutoConfiguration.FILTER_NAME);
            assertThat(context.getBean("ownRegistration", FilterRegistrationBean.class).getUrlPatterns())
                    .containsExactly("/eigen/app/*");
        });
    }

    @Test
    void disabledByProperty() {
        runner.withPropertyValues("weerbaar.webapps-nl.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(WeerbaarWebappsNlAutoConfiguration.FILTER_NAME));
    }

    @Test
    void absentWhenCamundasWebappsAreSwitchedOff() {
        runner.withPropertyValues("camunda.bpm.webapp.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(WeerbaarWebappsNlAutoConfiguration.FILTER_NAME));
    }

    @Test
    void absentWithoutCamundasWebapps() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WeerbaarWebappsNlAutoConfiguration.class))
                .withClassLoader(new FilteredClassLoader(CamundaBpmWebappAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(WeerbaarWebappsNlAutoConfiguration.FILTER_NAME));
    }

    @Test
    void absentOutsideAServletWebApplication() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CamundaBpmWebappAutoConfiguration.class,
                        WeerbaarWebappsNlAutoConfiguration.class))
                .withUserConfiguration(CamundaProperties.class)
                .run(context -> assertThat(context).doesNotHaveBean(WeerbaarWebappsNlAutoConfiguration.FILTER_NAME));
    }

    /** What Camunda's engine auto-configuration provides and its webapp auto-configuration needs. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CamundaBpmProperties.class)
    static class CamundaProperties {
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnFilter {

        @Bean
        DutchWebappsFilter ownFilter() {
            return new DutchWebappsFilter("/eigen");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnRegistration {

        @Bean
        FilterRegistrationBean<DutchWebappsFilter> ownRegistration() {
            DutchWebappsFilter filter = new DutchWebappsFilter("/eigen");
            FilterRegistrationBean<DutchWebappsFilter> registration = new FilterRegistrationBean<>(filter);
            registration.addUrlPatterns(filter.urlPattern());
            return registration;
        }
    }
}
