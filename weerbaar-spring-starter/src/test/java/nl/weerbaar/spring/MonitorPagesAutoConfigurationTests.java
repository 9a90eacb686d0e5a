package nl.weerbaar.spring;

import nl.weerbaar.spring.monitor.MonitorReports;
import nl.weerbaar.spring.monitor.Noodhandboek;
import nl.weerbaar.spring.monitor.Raadsrapportage;
import nl.weerbaar.spring.monitor.web.MonitorPages;
import nl.weerbaar.spring.monitor.web.PdfReports;
import nl.weerbaar.spring.tenant.CurrentUser;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The monitor's pages in the auto-configuration: served where {@code weerbaar.monitor.path} says, however it is
 * written, and with the host's own PDFs when it has them.
 */
class MonitorPagesAutoConfigurationTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WeerbaarAutoConfiguration.class, WebMvcAutoConfiguration.class,
                    HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class))
            .withBean(ProcessEngine.class, () -> Mockito.mock(ProcessEngine.class, Mockito.RETURNS_DEEP_STUBS))
            .withBean(CurrentUser.class, () -> Optional::empty);

    @Test
    void aTrailingSlashInThePathStillServesThePagesBelowIt() {
        runner.withPropertyValues("weerbaar.monitor.path=/monitor/").run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            // Reached, and answered by the page itself: nobody is logged in.
            mvc.perform(get("/monitor/gemeente")).andExpect(status().isUnauthorized())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("U bent niet aangemeld.")));
            mvc.perform(get("/monitor/")).andExpect(status().isUnauthorized());
            mvc.perform(get("/monitor")).andExpect(status().isUnauthorized());
            mvc.perform(get("/weerbaar/gemeente")).andExpect(status().isNotFound());
        });
    }

    @Test
    void refusesThePathAtStartUpWhenItIsNotBelowTheRootNamingTheProperty() {
        for (String path : new String[] {"/", "monitor"}) {
            runner.withPropertyValues("weerbaar.monitor.path=" + path).run(context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).as(path).rootCause()
                        .hasMessage("weerbaar.monitor.path must be a path below the root such as /weerbaar, not '"
                                + path + "'");
            });
        }
    }

    @Test
    void backsOffFromItsPdfsWhenTheHostHasItsOwnReportsAndThePagesUseThem() {
        MonitorReports own = new MonitorReports() {
            @Override
            public byte[] raadsrapportagePdf(Raadsrapportage report, Locale locale) {
                return new byte[0];
            }

            @Override
            public byte[] noodhandboekPdf(Noodhandboek handbook, Locale locale) {
                return new byte[0];
            }
        };
        runner.withBean("ownReports", MonitorReports.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(MonitorReports.class).doesNotHaveBean(PdfReports.class)
                    .hasSingleBean(MonitorPages.class).hasSingleBean(CurrentUser.class);
            assertThat(context.getBean(MonitorReports.class)).isSameAs(own);
        });
        runner.run(context -> assertThat(context).hasSingleBean(MonitorReports.class)
                .hasSingleBean(PdfReports.class));
    }
}
