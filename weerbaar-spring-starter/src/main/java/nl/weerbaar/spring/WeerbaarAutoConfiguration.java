package nl.weerbaar.spring;

import nl.weerbaar.bpmn.WeerbaarProcesses;
import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.continuity.ContinuityProcess;
import nl.weerbaar.bpmn.crisis.CrisisProcess;
import nl.weerbaar.bpmn.engine.AuthorizedGroupsByIndex;
import nl.weerbaar.bpmn.measure.CatalogValueHistory;
import nl.weerbaar.bpmn.measure.MeasureProcess;
import nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntProcess;
import nl.weerbaar.bpmn.process.ReminderSender;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import nl.weerbaar.bpmn.process.WeerbaarProcess;
import nl.weerbaar.bpmn.roles.Role;
import nl.weerbaar.bpmn.roles.RoleMapping;
import nl.weerbaar.bpmn.rolverdeling.RolverdelingProcess;
import nl.weerbaar.bpmn.rolverdeling.RolverdelingRegioProcess;
import nl.weerbaar.bpmn.settings.Deadlines;
import nl.weerbaar.bpmn.settings.WeerbaarSettings;
import nl.weerbaar.bpmn.tenant.TenantDirectory;
import nl.weerbaar.bpmn.zienswijze.ZienswijzeGemeenteProcess;
import nl.weerbaar.bpmn.zienswijze.ZienswijzeRegioProcess;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.registry.CatalogRegistry;
import nl.weerbaar.core.scenario.ScenarioLoader;
import nl.weerbaar.core.scenario.Scenarios;
import nl.weerbaar.spring.actuate.WeerbaarHealthIndicator;
import nl.weerbaar.spring.actuate.WeerbaarInfoContributor;
import nl.weerbaar.spring.actuate.WeerbaarMetrics;
import nl.weerbaar.spring.api.CallerTenant;
import nl.weerbaar.spring.api.CatalogController;
import nl.weerbaar.spring.api.LifecycleController;
import nl.weerbaar.spring.api.LifecycleStartController;
import nl.weerbaar.spring.api.OpenApiDocument;
import nl.weerbaar.spring.api.ProgressController;
import nl.weerbaar.spring.api.WeerbaarApi;
import nl.weerbaar.spring.api.WeerbaarOpenApiCustomizer;
import nl.weerbaar.spring.api.internal.ApiExceptionResolver;
import nl.weerbaar.spring.api.internal.ApiResponseFilter;
import nl.weerbaar.spring.api.internal.OpenApiController;
import nl.weerbaar.spring.api.internal.QueryParameterCheck;
import nl.weerbaar.spring.catalog.SpringCatalogResources;
import nl.weerbaar.spring.catalog.WeerbaarCatalogs;
import nl.weerbaar.spring.deploy.WeerbaarDeployer;
import nl.weerbaar.spring.deploy.WeerbaarProcessBeans;
import nl.weerbaar.spring.deploy.WeerbaarSpringEnginePlugin;
import nl.weerbaar.spring.engine.AdministratorsCarriedOver;
import nl.weerbaar.spring.internal.MonthDayConverter;
import nl.weerbaar.spring.notify.MailReminderSender;
import nl.weerbaar.spring.progress.MeasureProgressService;
import nl.weerbaar.spring.api.MonitorController;
import nl.weerbaar.spring.monitor.MonitorContact;
import nl.weerbaar.spring.monitor.MonitorReports;
import nl.weerbaar.spring.monitor.NoodhandboekPrints;
import nl.weerbaar.spring.monitor.ScenarioMapping;
import nl.weerbaar.spring.monitor.WeerbaarMonitor;
import nl.weerbaar.spring.monitor.internal.DefaultWeerbaarMonitor;
import nl.weerbaar.spring.monitor.internal.EngineNoodhandboekPrints;
import nl.weerbaar.spring.monitor.internal.ShippedScenarioMapping;
import nl.weerbaar.spring.monitor.web.MonitorPageFilter;
import nl.weerbaar.spring.monitor.web.MonitorPages;
import nl.weerbaar.spring.monitor.web.MonitorTemplates;
import nl.weerbaar.spring.monitor.web.PdfReports;
import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import java.time.Duration;
import nl.weerbaar.spring.rest.FormRefusalExceptionMapper;
import nl.weerbaar.spring.rest.FormRefusalRestExceptionMapper;
import nl.weerbaar.spring.security.DirectoryScope;
import nl.weerbaar.spring.security.WeerbaarDirectoryProperties;
import nl.weerbaar.spring.tenant.CurrentUser;
import nl.weerbaar.spring.tenant.IdentityServiceCurrentUser;
import nl.weerbaar.spring.tenant.WeerbaarTenant;
import nl.weerbaar.spring.tenant.WeerbaarTenantDirectory;
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
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

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
@AutoConfiguration(after = {CamundaBpmAutoConfiguration.class, MailSenderAutoConfiguration.class})
@ConditionalOnClass({ProcessEngine.class, CamundaBpmAutoConfiguration.class})
@ConditionalOnProperty(prefix = "weerbaar", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties({WeerbaarProperties.class, WeerbaarDirectoryProperties.class})
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

    /** Binds {@code MM-DD} days in {@code weerbaar.*} properties (time zones and periods Spring binds itself). */
    @Bean
    @ConfigurationPropertiesBinding
    static MonthDayConverter weerbaarMonthDayConverter() {
        return new MonthDayConverter();
    }

    /** Named as the models name it: {@code ${weerbaarRoles.group('aov-adviseur')}}. */
    @Bean
    @ConditionalOnMissingBean
    public RoleMapping weerbaarRoles(WeerbaarProperties properties) {
        Map<Role, String> groups = new EnumMap<>(Role.class);
        properties.getRoles().forEach((code, group) -> groups.put(Role.ofCode(code), group));
        return RoleMapping.of(groups);
    }

    @Bean
    @ConditionalOnMissingBean
    public WeerbaarSettings weerbaarSettings(WeerbaarProperties properties,
                                             ObjectProvider<WeerbaarCustomizer> customizers) {
        WeerbaarSettings settings = properties.toSettings();
        for (WeerbaarCustomizer customizer : customizers.orderedStream().toList()) {
            settings = customizer.customize(settings);
        }
        return settings;
    }

    /** Reminders and escalations to the log; {@link MailConfiguration} sends them by e-mail instead. */
    @Bean
    @ConditionalOnMissingBean
    public ReminderSender weerbaarReminderSender() {
        return ReminderSender.logging();
    }

    /**
     * Which tenant is a veiligheidsregio and the region of each gemeente, from {@code weerbaar.tenants[]}: a region
     * that names no configured veiligheidsregio stops start-up, naming the property and the value; and every tenant
     * served, where the yearly continuity review starts.
     */
    @Bean
    @ConditionalOnMissingBean
    public TenantDirectory weerbaarTenantDirectory(WeerbaarProperties properties, WeerbaarTenants tenants) {
        return new WeerbaarTenantDirectory(configuredTenants(properties), tenants);
    }

    /** The crisis scenarios shipped with the VNG catalog and the measures each calls on. */
    @Bean
    @ConditionalOnMissingBean
    public Scenarios weerbaarScenarios() {
        return ScenarioLoader.vng2025();
    }

    /** Named as the models name it: {@code ${weerbaarDeadlines.overdueAt(dueDate)}}. */
    @Bean
    @ConditionalOnMissingBean
    public Deadlines weerbaarDeadlines(WeerbaarSettings settings) {
        return new Deadlines(settings);
    }

    @Bean
    @ConditionalOnMissingBean
    public WeerbaarComponents weerbaarComponents(WeerbaarCatalogs catalogs, RoleMapping roles,
                                                 WeerbaarSettings settings, ReminderSender reminders,
                                                 TenantDirectory tenants, Scenarios scenarios) {
        return new WeerbaarComponents(catalogs, roles, settings, reminders, tenants, scenarios);
    }

    /**
     * The delegates and listeners of Weerbaar's own processes as beans of the names their models use, each
     * replaceable by defining a bean of that name.
     */
    @Bean
    static WeerbaarProcessBeans weerbaarProcessBeans() {
        return new WeerbaarProcessBeans(WeerbaarProcesses.builtIn());
    }

    /**
     * Another tenant's people out of sight in Camunda's own user directory, whichever API asks; the region's staff
     * see their member gemeenten's when {@code weerbaar.security.directory.region-sees-member-gemeenten} is set.
     */
    @Bean
    @ConditionalOnMissingBean
    public DirectoryScope weerbaarDirectoryScope(TenantDirectory tenants, WeerbaarDirectoryProperties directory) {
        return new DirectoryScope(directory.isRegionSeesMemberGemeenten() ? tenants : TenantDirectory.none());
    }

    /** Picked up by Camunda's starter with every other ProcessEnginePlugin bean. */
    @Bean
    @ConditionalOnMissingBean
    public WeerbaarSpringEnginePlugin weerbaarEnginePlugin(ObjectProvider<WeerbaarProcess> processes,
                                                           ObjectProvider<WeerbaarComponents> components) {
        return new WeerbaarSpringEnginePlugin(processes, components);
    }

    /**
     * On PostgreSQL: the groups that hold any authorization, which the engine asks for in every command that checks
     * one, read by the group index instead of a scan of every authorization row (grows with every open task of every
     * tenant).
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "weerbaar.engine", name = "authorized-groups-by-index", matchIfMissing = true)
    public AuthorizedGroupsByIndex weerbaarAuthorizedGroupsByIndex() {
        return new AuthorizedGroupsByIndex();
    }

    /**
     * When the host chooses so ({@code weerbaar.engine.catalog-value-details=false}): no history detail rows for the
     * values a measure's lifecycle is given at its start and that nothing changes afterwards, which their historic
     * variable instances keep (docs/operations.md).
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "weerbaar.engine", name = "catalog-value-details", havingValue = "false")
    public CatalogValueHistory weerbaarCatalogValueHistory() {
        return new CatalogValueHistory();
    }

    /** After a move from Camunda 7 to Operaton on the same database: keeps the installation's administrators. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "weerbaar.engine-switch", name = "keep-administrators", matchIfMissing = true)
    public AdministratorsCarriedOver weerbaarAdministratorsCarriedOver() {
        return new AdministratorsCarriedOver();
    }

    @Bean
    @ConditionalOnMissingBean
    public WeerbaarTenants weerbaarTenants(WeerbaarProperties properties, ObjectProvider<ProcessEngine> engine) {
        List<WeerbaarTenant> configured = configuredTenants(properties);
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
    public WeerbaarDeployer weerbaarDeployer(ProcessEngine engine, WeerbaarProperties properties,
                                             ObjectProvider<WeerbaarProcess> processes) {
        return new WeerbaarDeployer(engine, processes.orderedStream().toList(), properties.getProcesses());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(ProcessEngine.class)
    public MeasureProgressService weerbaarMeasureProgressService(ProcessEngine engine, TenantCatalogs catalogs,
                                                                 WeerbaarSettings settings,
                                                                 WeerbaarComponents components) {
        // The processes' own routes, so that progress finds a lifecycle where the processes run it.
        return new MeasureProgressService(engine, catalogs, settings.zone(), components.routes());
    }

    /** {@code weerbaar.tenants[]}, in order. */
    private static List<WeerbaarTenant> configuredTenants(WeerbaarProperties properties) {
        return properties.getTenants().stream()
                .map(t -> new WeerbaarTenant(t.getId(), t.getName(), t.getType(), t.getRegion())).toList();
    }

    /**
     * Reminders and escalations by e-mail when the application has a mail server ({@code spring.mail.host}), to
     * the people of the tenant they are about; {@code weerbaar.notifications.mail=false} keeps them in the log.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.mail.javamail.JavaMailSender")
    @ConditionalOnProperty(prefix = "weerbaar.notifications", name = "mail", matchIfMissing = true)
    static class MailConfiguration {

        @Bean
        @ConditionalOnMissingBean(ReminderSender.class)
        @ConditionalOnBean({org.springframework.mail.javamail.JavaMailSender.class, ProcessEngine.class})
        ReminderSender weerbaarMailReminderSender(org.springframework.mail.javamail.JavaMailSender mail,
                                                  ObjectProvider<ProcessEngine> engine,
                                                  WeerbaarProperties properties) {
            WeerbaarProperties.Notifications notifications = properties.getNotifications();
            return new MailReminderSender(mail, engine::getObject, notifications.getFrom(),
                    notifications.getTasklistUrl(), ReminderSender.logging());
        }
    }

    /**
     * Which measures prepare for which scenario: the shipped scenarios with each gemeente's overlay adjustments,
     * checked for every configured tenant at start-up.
     */
    @Bean
    @ConditionalOnMissingBean
    public ScenarioMapping weerbaarScenarioMapping(Scenarios scenarios, WeerbaarCatalogs catalogs,
                                                   WeerbaarTenants tenants) {
        return new ShippedScenarioMapping(scenarios, catalogs).check(tenants.all().stream()
                .map(WeerbaarTenant::id).toList());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(ProcessEngine.class)
    public NoodhandboekPrints weerbaarNoodhandboekPrints(ProcessEngine engine) {
        return new EngineNoodhandboekPrints(engine);
    }

    /** The Weerbaarheidsmonitor: dashboards, region roll-up, scenario readiness, raadsrapportage, noodhandboek. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(ProcessEngine.class)
    public WeerbaarMonitor weerbaarMonitor(ProcessEngine engine, MeasureProgressService progress,
                                           WeerbaarCatalogs catalogs, TenantDirectory directory,
                                           WeerbaarTenants tenants, ScenarioMapping scenarios,
                                           NoodhandboekPrints prints, WeerbaarProperties properties) {
        Map<String, List<MonitorContact>> contacts = new LinkedHashMap<>();
        for (WeerbaarProperties.Tenant tenant : properties.getTenants()) {
            contacts.put(tenant.getId(), tenant.getContacts().stream().map(c -> new MonitorContact(c.getName(),
                    c.getFunction(), c.getPhone(), c.getEmail(), c.getUser(), c.getParty())).toList());
        }
        return new DefaultWeerbaarMonitor(engine, progress, catalogs, directory, tenants, scenarios, prints, contacts,
                properties.getZone());
    }

    @Bean
    @ConditionalOnMissingBean
    public MonitorTemplates weerbaarMonitorTemplates() {
        return new MonitorTemplates();
    }

    /** The raadsrapportage and the noodhandboek as PDF, for the pages and the API alike. */
    @Bean
    @ConditionalOnMissingBean(MonitorReports.class)
    public PdfReports weerbaarMonitorReports(MonitorTemplates templates, WeerbaarProperties properties) {
        return new PdfReports(templates, properties.getZone());
    }

    /**
     * Weerbaar's own processes as beans, in this order. A host adds its own {@link WeerbaarProcess} bean beside
     * them, or replaces one by defining a bean of the same name.
     */
    @Configuration(proxyBeanMethods = false)
    static class ProcessConfiguration {

        @Bean
        @Order(100)
        @ConditionalOnMissingBean(name = "weerbaarMeasureProcess")
        WeerbaarProcess weerbaarMeasureProcess() {
            return new MeasureProcess();
        }

        @Bean
        @Order(200)
        @ConditionalOnMissingBean(name = "weerbaarNoodsteunpuntProcess")
        WeerbaarProcess weerbaarNoodsteunpuntProcess() {
            return new NoodsteunpuntProcess();
        }

        @Bean
        @Order(300)
        @ConditionalOnMissingBean(name = "weerbaarContinuityProcess")
        WeerbaarProcess weerbaarContinuityProcess() {
            return new ContinuityProcess();
        }

        @Bean
        @Order(400)
        @ConditionalOnMissingBean(name = "weerbaarCrisisProcess")
        WeerbaarProcess weerbaarCrisisProcess() {
            return new CrisisProcess();
        }

        @Bean
        @Order(500)
        @ConditionalOnMissingBean(name = "weerbaarZienswijzeRegioProcess")
        WeerbaarProcess weerbaarZienswijzeRegioProcess() {
            return new ZienswijzeRegioProcess();
        }

        @Bean
        @Order(600)
        @ConditionalOnMissingBean(name = "weerbaarZienswijzeGemeenteProcess")
        WeerbaarProcess weerbaarZienswijzeGemeenteProcess() {
            return new ZienswijzeGemeenteProcess();
        }

        @Bean
        @Order(700)
        @ConditionalOnMissingBean(name = "weerbaarRolverdelingProcess")
        WeerbaarProcess weerbaarRolverdelingProcess() {
            return new RolverdelingProcess();
        }

        @Bean
        @Order(800)
        @ConditionalOnMissingBean(name = "weerbaarRolverdelingRegioProcess")
        WeerbaarProcess weerbaarRolverdelingRegioProcess() {
            return new RolverdelingRegioProcess();
        }
    }

    /** Who calls the API and the monitor's pages: one bean for both. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class CallerConfiguration {

        @Bean
        @ConditionalOnMissingBean
        CurrentUser weerbaarCurrentUser(ProcessEngine engine) {
            return new IdentityServiceCurrentUser(engine);
        }
    }

    /** The REST API under /api/weerbaar/v1 (NL API Design Rules). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = {"org.springframework.web.servlet.DispatcherServlet",
            "com.fasterxml.jackson.databind.ObjectMapper"})
    @ConditionalOnProperty(prefix = "weerbaar.api", name = "enabled", matchIfMissing = true)
    static class ApiConfiguration {

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
        LifecycleController weerbaarLifecycleController(MeasureProgressService progress, CallerTenant caller,
                                                        WeerbaarProperties properties) {
            return new LifecycleController(progress, caller, properties.getZone());
        }

        @Bean
        @ConditionalOnMissingBean
        LifecycleStartController weerbaarLifecycleStartController(MeasureProgressService progress,
                                                                  CallerTenant caller, WeerbaarProperties properties) {
            return new LifecycleStartController(progress, caller, properties.getZone());
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean(ProcessEngine.class)
        MonitorController weerbaarMonitorController(WeerbaarMonitor monitor, MonitorReports reports,
                                                    CallerTenant caller, CurrentUser currentUser,
                                                    WeerbaarProperties properties) {
            return new MonitorController(monitor, reports, caller, currentUser, locale(properties),
                    properties.getZone());
        }

        /** The OpenAPI document: as shipped, with the configured contact, then each customizer's changes. */
        @Bean
        @ConditionalOnMissingBean
        OpenApiDocument weerbaarOpenApiDocument(WeerbaarProperties properties,
                                                ObjectProvider<WeerbaarOpenApiCustomizer> customizers) {
            WeerbaarProperties.Api.Contact contact = properties.getApi().getContact();
            List<WeerbaarOpenApiCustomizer> all = new ArrayList<>();
            all.add(OpenApiDocument.contact(contact.getName(), contact.getUrl(), contact.getEmail()));
            customizers.orderedStream().forEach(all::add);
            return OpenApiDocument.customized(all);
        }

        @Bean
        @ConditionalOnMissingBean
        OpenApiController weerbaarOpenApiController(OpenApiDocument document) {
            return new OpenApiController(document);
        }

        /** API-Version and the security headers on every response, every error as a problem detail. */
        @Bean
        @ConditionalOnMissingBean(name = "weerbaarApiResponses")
        FilterRegistrationBean<ApiResponseFilter> weerbaarApiResponses(OpenApiDocument document) {
            FilterRegistrationBean<ApiResponseFilter> registration =
                    new FilterRegistrationBean<>(new ApiResponseFilter(document.version()));
            registration.addUrlPatterns(WeerbaarApi.ROOT + "/*");
            registration.setName("weerbaarApiResponses");
            registration.setOrder(ApiResponseFilter.ORDER);
            return registration;
        }

        @Bean
        @ConditionalOnMissingBean(name = "weerbaarApiExceptionResolver")
        ApiExceptionResolver weerbaarApiExceptionResolver() {
            return new ApiExceptionResolver();
        }

        /** Unknown query parameters refused with 400 instead of ignored. */
        @Bean
        @ConditionalOnMissingBean(name = "weerbaarApiInterceptors")
        WebMvcConfigurer weerbaarApiInterceptors() {
            return new WebMvcConfigurer() {
                @Override
                public void addInterceptors(InterceptorRegistry registry) {
                    registry.addInterceptor(new QueryParameterCheck()).addPathPatterns(WeerbaarApi.ROOT + "/**");
                }
            };
        }

        private static Locale locale(WeerbaarProperties properties) {
            return properties.getLocale();
        }
    }

    /**
     * The monitor's pages under {@code weerbaar.monitor.path}, their assets (NL Design System CSS, bundled in the jar)
     * and the filter that sets their security headers. Who may see them is the host's chain's business
     * ({@code WeerbaarHttpSecurity}: the host's own login, or a Tasklist login in the same browser).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
    @ConditionalOnProperty(prefix = "weerbaar.monitor", name = "enabled", matchIfMissing = true)
    @ConditionalOnBean(ProcessEngine.class)
    static class MonitorPagesConfiguration {

        @Bean
        @ConditionalOnMissingBean
        MonitorPages weerbaarMonitorPages(WeerbaarMonitor monitor, MonitorReports reports, MonitorTemplates templates,
                                          CurrentUser currentUser, WeerbaarProperties properties,
                                          Environment environment) {
            WeerbaarProperties.Monitor settings = properties.getMonitor();
            String tasklist = settings.getTasklistUrl() != null && !settings.getTasklistUrl().isBlank()
                    ? settings.getTasklistUrl()
                    : environment.getProperty("camunda.bpm.webapp.application-path", "/camunda")
                            .replaceAll("/+$", "") + "/app/tasklist/default/";
            return new MonitorPages(monitor, reports, templates, currentUser, new MonitorPages.Settings(
                    monitorPath(properties), tasklist, settings.getStylesheets(), settings.getThemeClass(),
                    properties.getZone()));
        }

        /** The page the monitor's part of the host's chain shows a visitor who is not logged in. */
        @Bean
        @ConditionalOnMissingBean(name = "weerbaarMonitorLoginPage")
        java.util.function.BiFunction<jakarta.servlet.http.HttpServletRequest,
                jakarta.servlet.http.HttpServletResponse, String> weerbaarMonitorLoginPage(MonitorPages pages) {
            return pages::notLoggedInPage;
        }

        @Bean
        @ConditionalOnMissingBean(name = "weerbaarMonitorPageFilter")
        FilterRegistrationBean<MonitorPageFilter> weerbaarMonitorPageFilter(WeerbaarProperties properties) {
            String path = monitorPath(properties);
            FilterRegistrationBean<MonitorPageFilter> registration = new FilterRegistrationBean<>(
                    new MonitorPageFilter(path));
            registration.addUrlPatterns(path, path + "/*");
            registration.setName("weerbaarMonitorPageFilter");
            return registration;
        }

        @Bean
        @ConditionalOnMissingBean(name = "weerbaarMonitorAssets")
        WebMvcConfigurer weerbaarMonitorAssets(WeerbaarProperties properties) {
            String path = monitorPath(properties);
            return new WebMvcConfigurer() {
                @Override
                public void addResourceHandlers(ResourceHandlerRegistry registry) {
                    registry.addResourceHandler(path + "/assets/**")
                            .addResourceLocations("classpath:/weerbaar/monitor/assets/")
                            .setCacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
                }
            };
        }

        /** The pages' mappings under the path as the properties cleaned it, not as it was written. */
        @Bean
        WebMvcConfigurer weerbaarMonitorPagePath(WeerbaarProperties properties) {
            String path = monitorPath(properties);
            return new WebMvcConfigurer() {
                @Override
                public void configurePathMatch(PathMatchConfigurer configurer) {
                    configurer.addPathPrefix(path, HandlerTypePredicate.forAssignableType(MonitorPages.class));
                }
            };
        }

        static String monitorPath(WeerbaarProperties properties) {
            return properties.getMonitor().getPath();
        }
    }

    /** Camunda's engine REST API, when the application serves it: client faults as 4xx, not 500. */
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
        WeerbaarMetrics weerbaarMetrics(MeasureProgressService progress, WeerbaarTenants tenants,
                                        WeerbaarProperties properties) {
            return new WeerbaarMetrics(progress, tenants, properties.getMetrics().getRefreshInterval());
        }
    }
}
