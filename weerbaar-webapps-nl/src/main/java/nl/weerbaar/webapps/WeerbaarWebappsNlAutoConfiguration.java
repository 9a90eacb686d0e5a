package nl.weerbaar.webapps;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.ConditionalOnMissingFilterBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Camunda's webapps in Dutch for browsers whose first language is Dutch, English for every other browser: registers
 * the {@link DutchWebappsFilter} under {@code camunda.bpm.webapp.application-path} whenever Camunda's webapps run.
 * The Dutch locale files themselves are in this jar beside the webjar's own. Backs off when the application defines
 * its own {@link DutchWebappsFilter} (or a registration of one); {@code weerbaar.webapps-nl.enabled=false} turns it
 * off.
 */
@AutoConfiguration(after = CamundaBpmWebappAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(CamundaBpmWebappAutoConfiguration.class)
// By name: Operaton 1.0 made its initializer class package-private.
@ConditionalOnBean(type = "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappInitializer")
@ConditionalOnProperty(prefix = "weerbaar.webapps-nl", name = "enabled", matchIfMissing = true)
public class WeerbaarWebappsNlAutoConfiguration {

    /** The name of the filter's registration, in the servlet container too. */
    public static final String FILTER_NAME = "weerbaarDutchWebappsFilter";

    @Bean(FILTER_NAME)
    @ConditionalOnMissingFilterBean(DutchWebappsFilter.class)
    public FilterRegistrationBean<DutchWebappsFilter> weerbaarDutchWebappsFilter(CamundaBpmProperties camunda) {
        DutchWebappsFilter filter = new DutchWebappsFilter(camunda.getWebapp().getApplicationPath());
        FilterRegistrationBean<DutchWebappsFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName(FILTER_NAME);
        registration.addUrlPatterns(filter.urlPattern());
        return registration;
    }
}
