package nl.weerbaar.example.security;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Secures Camunda's engine REST API: every request is authenticated with HTTP Basic against Camunda's identity
 * service, and the user's groups and tenants then drive Camunda's authorization and tenant checks. (The Weerbaar
 * API under {@code /api/weerbaar/v1} is secured the same way by the starter's own filter.)
 */
@Configuration(proxyBeanMethods = false)
public class EngineRestSecurity {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(
            @Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new EveryRequestAuthenticationFilter());
        registration.setName("engineRestAuthentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, restPath);
        registration.addUrlPatterns(restPath + "/*");
        return registration;
    }

    @Bean
    ProcessEnginePlugin tenantRefusalAsForbidden() {
        return new TenantRefusalAsForbidden();
    }

    /**
     * Camunda's filter lets {@code GET /engine} (the list of engines) through without credentials; here nothing
     * under the REST API is anonymous.
     */
    static final class EveryRequestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

        @Override
        protected boolean requiresEngineAuthentication(String requestUrl) {
            return true;
        }
    }
}
