package nl.weerbaar.spring;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.engine.WeerbaarComponents;
import nl.weerbaar.bpmn.measure.ReminderSender;
import nl.weerbaar.bpmn.roles.Role;
import nl.weerbaar.bpmn.roles.RoleMapping;
import nl.weerbaar.bpmn.settings.WeerbaarSettings;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.registry.CatalogRegistry;
import nl.weerbaar.spring.actuate.WeerbaarHealthIndicator;
import nl.weerbaar.spring.actuate.WeerbaarInfoContributor;
import nl.weerbaar.spring.actuate.WeerbaarMetrics;
import nl.weerbaar.spring.api.ApiExceptionHandler;
import nl.weerbaar.spring.api.CallerTenant;
import nl.weerbaar.spring.api.CatalogController;
import nl.weerbaar.spring.api.ProgressController;
import nl.weerbaar.spring.catalog.SpringCatalogResources;
import nl.weerbaar.spring.catalog.WeerbaarCatalogs;
import nl.weerbaar.spring.deploy.WeerbaarBeanRegistrar;
import nl.weerbaar.spring.deploy.WeerbaarDeployer;
import nl.weerbaar.spring.deploy.WeerbaarSpringEnginePlugin;
import nl.weerbaar.spring.progress.MeasureProgressService;
import nl.weerbaar.spring.rest.FormRefusalExceptionMapper;
import nl.weerbaar.spring.rest.FormRefusalRestExceptionMapper;
import nl.weerbaar.spring.security.WeerbaarSecurityConfiguration;
import nl.weerbaar.spring.tenant.CurrentUser;
import nl.weerbaar.spring.tenant.IdentityServiceCurrentUser;
import nl.weerbaar.spring.tenant.WeerbaarTenant;
import nl.weerbaar.spring.tenant.WeerbaarTenants;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Brings the Weerbaar catalog and processes into the application's Camunda engine. Every bean backs off when the
 * application defines its own; {@link WeerbaarCustomizer} beans adjust without replacing.
 */
@AutoConfiguration(after = CamundaBpmAutoConfiguration.class)
@ConditionalOnClass({ProcessEngine.class, CamundaBpmAutoConfiguration.class})
@ConditionalOnProperty(prefix = "weerbaar", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(WeerbaarProperties.class)
@Import(WeerbaarSecurityConfiguration.class)
public class WeerbaarAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public WeerbaarCatalogs weerbaarCatalogs(WeerbaarProperties properties, ResourceLoader resources,
                                             ObjectProvider<WeerbaarCustomizer> customizers) {
        CatalogRegistry.Builder builder = CatalogRegistry.builder()
                .discover(resources.getClassLoader() != null ? resources.getClassLoader()
                        : WeerbaarAutoConfiguration.class.getClassLoader())
                .addCatalogs(SpringCatalogResources.of(properties.getCatalog().getLocations(), resources))
                .addOverlays(SpringCatalogResources.of(properties.getCatalog().getOverlays(), resources));
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        Map<String, List<CatalogResource>> tenantOverlays = new LinkedHashMap<>();
        for (WeerbaarProperties.Tenant tenant : properties.getTenants()) {
            if (!tenant.getOverlays().isEmpty()) {
                tenantOverlays.put(tenant.getId(), SpringCatalogResources.of(tenant.getOverlays(), resources));
            }
        }
        return new WeerbaarCatalogs(builder.build(), properties.getCatalog().getUrn(), tenantOverlays);
    }

    @Bean
    @ConditionalOnMissingBean
    public RoleMapping weerbaarRoleMapping(WeerbaarProperties properties) {
        Map<Role, String> groups = new EnumMap<>(Role.class);
        properties.getRoles().forEach((code, group) -> groups.put(Role.ofCode(code), group));
        return RoleMapping.of(groups);
    }

    @Bean
    @ConditionalOnMissingBean
    public WeerbaarSettings weerbaarSettings(WeerbaarProperties properties,
                                             ObjectProvider<WeerbaarCustomizer> customizers) {
        WeerbaarProperties.Zienswijze zienswijze = properties.getZienswijze();
        WeerbaarSettings settings = new WeerbaarSettings(properties.getReReviewInterval(),
                properties.getReminderBeforeDue(), properties.getNoodsteunpuntRetestInterval(),
                monthDay(properties.getContinuityReviewDate(), "weerbaar.continuity-review-date"),
                monthDay(zienswijze.getKadersDeadline(), "weerbaar.zienswijze.kaders-deadline"), zienswijze.getTerm(),
                zienswijze.getReminderBefore(), zienswijze.getBudgetToProvinceTerm(),
                monthDay(zienswijze.getBudgetToProvinceLatest(), "weerbaar.zienswijze.budget-to-province-latest"));
        for (WeerbaarCustomizer customizer : customizers.orderedStream().toList()) {
            settings = customizer.customize(settings);
        }
        return settings;
    }

    @Bean
    @ConditionalOnMissingBean
    public ReminderSender weerbaarReminderSender() {
        return ReminderSender.logging();
    }

    @Bean
    @ConditionalOnMissingBean
    public WeerbaarComponents weerbaarComponents(WeerbaarCatalogs catalogs, RoleMapping roles,
                                                 WeerbaarSettings settings, ReminderSender reminders,
                                                 WeerbaarProperties properties) {
        return new WeerbaarComponents(catalogs, roles, settings, ZoneId.of(properties.getZone()), reminders);
    }

    /** Picked up by Camunda's starter with every other ProcessEnginePlugin bean. */
    @Bean
    @ConditionalOnMissingBean
    public WeerbaarSpringEnginePlugin weerbaarEnginePlugin(WeerbaarComponents components) {
        return new WeerbaarSpringEnginePlugin(components);
    }

    @Bean
    @ConditionalOnMissingBean
    public WeerbaarBeanRegistrar weerbaarBeanRegistrar(WeerbaarComponents components) {
        return new WeerbaarBeanRegistrar(components);
    }

    @Bean
    @ConditionalOnMissingBean
    public WeerbaarTenants weerbaarTenants(WeerbaarProperties properties, ObjectProvider<ProcessEngine> engine) {
        List<WeerbaarTenant> configured = properties.getTenants().stream()
                .map(t -> new WeerbaarTenant(t.getId(), t.getName(), t.getType(), t.getRegion())).toList();
        if (!properties.isTenantsFromIdentityService()) {
            return () -> configured;
        }
        return () -> {
            Map<String, WeerbaarTenant> all = new LinkedHashMap<>();
            configured.forEach(t -> all.put(t.id(), t));
            for (Tenant tenant : engine.getObject().getIdentityService().createTenantQuery().list()) {
                all.putIfAbsent(tenant.getId(), new WeerbaarTenant(tenant.getId(), tenant.getName(), null, null));
            }
            return new ArrayList<>(all.values());
        };
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(ProcessEngine.class)
    public WeerbaarDeployer weerbaarDeployer(ProcessEngine engine, WeerbaarTenants tenants,
                                             WeerbaarProperties properties, WeerbaarBeanRegistrar registeredFirst) {
        return new WeerbaarDeployer(engine, tenants, properties.getProcesses());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(ProcessEngine.class)
    public MeasureProgressService weerbaarMeasureProgressService(ProcessEngine engine, TenantCatalogs catalogs,
                                                                 WeerbaarProperties properties) {
        return new MeasureProgressService(engine, catalogs, ZoneId.of(properties.getZone()));
    }

    private static MonthDay monthDay(String value, String property) {
        try {
            return MonthDay.parse("--" + value.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(property + " must be a day as MM-DD, e.g. 04-30, not '" + value + "'",
                    e);
        }
    }

    /** The REST API under /api/weerbaar. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
    @ConditionalOnProperty(prefix = "weerbaar.api", name = "enabled", matchIfMissing = true)
    static class ApiConfiguration {

        @Bean
        @ConditionalOnMissingBean
        CurrentUser weerbaarCurrentUser(ProcessEngine engine) {
            return new IdentityServiceCurrentUser(engine);
        }

        @Bean
        @ConditionalOnMissingBean
        CallerTenant weerbaarCallerTenant(CurrentUser currentUser) {
            return new CallerTenant(currentUser);
        }

        @Bean
        @ConditionalOnMissingBean
        CatalogController weerbaarCatalogController(TenantCatalogs catalogs, CallerTenant caller,
                                                    WeerbaarProperties properties) {
            return new CatalogController(catalogs, caller, locale(properties));
        }

        @Bean
        @ConditionalOnMissingBean
        ProgressController weerbaarProgressController(MeasureProgressService progress, CallerTenant caller,
                                                      WeerbaarProperties properties) {
            return new ProgressController(progress, caller, locale(properties));
        }

        @Bean
        @ConditionalOnMissingBean
        ApiExceptionHandler weerbaarApiExceptionHandler() {
            return new ApiExceptionHandler();
        }

        private static Locale locale(WeerbaarProperties properties) {
            return properties.getLocale();
        }
    }

    /** Camunda's engine REST API, when the application serves it: form refusals as 400. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler",
            "org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer"})
    static class EngineRestConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "weerbaarFormRefusals")
        org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer weerbaarFormRefusals() {
            return config -> config.register(FormRefusalExceptionMapper.class)
                    .register(FormRefusalRestExceptionMapper.class);
        }
    }

    /** Health, info and metrics when Spring Boot Actuator is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class ActuatorConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "weerbaarHealthIndicator")
        @ConditionalOnEnabledHealthIndicator("weerbaar")
        @ConditionalOnBean(ProcessEngine.class)
        HealthIndicator weerbaarHealthIndicator(WeerbaarCatalogs catalogs, WeerbaarDeployer deployer,
                                                WeerbaarTenants tenants) {
            return new WeerbaarHealthIndicator(catalogs, deployer, tenants);
        }

        @Bean
        @ConditionalOnMissingBean(name = "weerbaarInfoContributor")
        InfoContributor weerbaarInfoContributor(WeerbaarCatalogs catalogs) {
            return new WeerbaarInfoContributor(catalogs);
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
        @ConditionalOnBean(ProcessEngine.class)
        WeerbaarMetrics weerbaarMetrics(MeasureProgressService progress, WeerbaarTenants tenants) {
            return new WeerbaarMetrics(progress, tenants);
        }
    }
}
