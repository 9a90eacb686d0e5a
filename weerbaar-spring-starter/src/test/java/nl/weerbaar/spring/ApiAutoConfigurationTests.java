package nl.weerbaar.spring;

import nl.weerbaar.spring.api.CatalogController;
import nl.weerbaar.spring.api.LifecycleController;
import nl.weerbaar.spring.api.OpenApiDocument;
import nl.weerbaar.spring.api.ProgressController;
import nl.weerbaar.spring.api.WeerbaarApi;
import nl.weerbaar.spring.api.WeerbaarOpenApiCustomizer;
import nl.weerbaar.spring.api.internal.ApiExceptionResolver;
import nl.weerbaar.spring.api.internal.ApiResponseFilter;
import nl.weerbaar.spring.api.internal.OpenApiController;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API's part of the auto-configuration: served only in a servlet application, its OpenAPI document as
 * shipped with the configured contact and the application's customizers, the version that document gives on every
 * response, and every part replaceable.
 */
class ApiAutoConfigurationTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WeerbaarAutoConfiguration.class))
            .withBean(ProcessEngine.class, () -> Mockito.mock(ProcessEngine.class, Mockito.RETURNS_DEEP_STUBS));

    @Test
    void servesTheApiWithItsDocumentHeadersAndProblemsInAServletApplication() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(CatalogController.class).hasSingleBean(ProgressController.class)
                    .hasSingleBean(LifecycleController.class).hasSingleBean(OpenApiController.class)
                    .hasSingleBean(ApiExceptionResolver.class);
            assertThat(context.getBean(OpenApiDocument.class).version()).isEqualTo(OpenApiDocument.shipped().version());
            FilterRegistrationBean<?> responses = context.getBean("weerbaarApiResponses", FilterRegistrationBean.class);
            assertThat(responses.getUrlPatterns()).containsExactly(WeerbaarApi.ROOT + "/*");
            assertThat(responses.getOrder()).isEqualTo(ApiResponseFilter.ORDER).isLessThan(-100);
            assertThat(((ApiResponseFilter) responses.getFilter()).headers())
                    .containsEntry(WeerbaarApi.VERSION_HEADER, OpenApiDocument.shipped().version());
        });
    }

    @Test
    void documentsTheConfiguredContactAndTheApplicationsChanges() {
        runner.withPropertyValues("weerbaar.api.contact.name=Team Veiligheid Utrecht",
                        "weerbaar.api.contact.email=veiligheid@utrecht.example")
                .withUserConfiguration(NewMinorVersion.class)
                .run(context -> {
                    OpenApiDocument document = context.getBean(OpenApiDocument.class);
                    assertThat(document.tree().at("/info/contact/name").asText()).isEqualTo("Team Veiligheid Utrecht");
                    assertThat(document.tree().at("/info/contact/email").asText())
                            .isEqualTo("veiligheid@utrecht.example");
                    assertThat(document.tree().at("/info/contact/url").asText())
                            .isEqualTo("https://github.com/weerbaar/weerbaar/issues");
                    assertThat(document.version()).isEqualTo("1.3.0");
                    assertThat(((ApiResponseFilter) context.getBean("weerbaarApiResponses",
                            FilterRegistrationBean.class).getFilter()).headers())
                            .containsEntry(WeerbaarApi.VERSION_HEADER, "1.3.0");
                });
    }

    @Test
    void refusesToStartWithAVersionThatIsNoSemanticVersion() {
        runner.withBean(WeerbaarOpenApiCustomizer.class,
                        () -> document -> document.withObject("/info").put("version", "1"))
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("info.version must be a semantic version (e.g. 1.0.0), not \"1\""));
    }

    @Test
    void servesTheDocumentUnderTheApplicationsContextPath() {
        assertThat(new String(OpenApiDocument.shipped().servedUnder("/veiligheid"), StandardCharsets.UTF_8))
                .contains("\"url\" : \"/veiligheid/api/weerbaar/v1\"");
    }

    @Test
    void backsOffFromTheApplicationsOwnDocument() {
        OpenApiDocument own = OpenApiDocument.customized(List.of(d -> d.withObject("/info").put("version", "2.0.0")));
        runner.withBean("ownDocument", OpenApiDocument.class, () -> own).run(context -> {
            assertThat(context.getBean(OpenApiDocument.class)).isSameAs(own);
            assertThat(((ApiResponseFilter) context.getBean("weerbaarApiResponses",
                    FilterRegistrationBean.class).getFilter()).headers())
                    .containsEntry(WeerbaarApi.VERSION_HEADER, "2.0.0");
        });
    }

    @Test
    void noApiWhenDisabledOrOutsideAServletApplication() {
        runner.withPropertyValues("weerbaar.api.enabled=false").run(context -> assertThat(context)
                .doesNotHaveBean(OpenApiDocument.class).doesNotHaveBean(CatalogController.class)
                .doesNotHaveBean("weerbaarApiResponses"));
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(WeerbaarAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(OpenApiDocument.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class NewMinorVersion {

        @Bean
        WeerbaarOpenApiCustomizer newMinorVersion() {
            return document -> document.withObject("/info").put("version", "1.3.0");
        }
    }
}
