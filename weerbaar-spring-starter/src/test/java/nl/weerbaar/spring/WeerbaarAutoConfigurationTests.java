package nl.weerbaar.spring;

import nl.weerbaar.bpmn.engine.WeerbaarComponents;
import nl.weerbaar.spring.deploy.WeerbaarSpringEnginePlugin;
import nl.weerbaar.bpmn.measure.ReminderSender;
import nl.weerbaar.bpmn.roles.Role;
import nl.weerbaar.bpmn.roles.RoleMapping;
import nl.weerbaar.bpmn.settings.WeerbaarSettings;
import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.registry.CatalogRegistry;
import nl.weerbaar.spring.catalog.CatalogFailureAnalyzer;
import nl.weerbaar.spring.catalog.WeerbaarCatalogs;
import nl.weerbaar.spring.tenant.WeerbaarTenants;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.MonthDay;
import java.time.Period;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configuration without an engine: what it creates, what it backs off from, what each property does,
 * and that a bad catalog stops start-up with every violation listed.
 */
class WeerbaarAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WeerbaarAutoConfiguration.class));

    @Test
    void createsCatalogRolesSettingsComponentsAndEnginePlugin() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(WeerbaarCatalogs.class).hasSingleBean(RoleMapping.class)
                    .hasSingleBean(WeerbaarSettings.class).hasSingleBean(ReminderSender.class)
                    .hasSingleBean(WeerbaarComponents.class).hasSingleBean(WeerbaarSpringEnginePlugin.class)
                    .hasSingleBean(WeerbaarTenants.class);
            assertThat(context.getBean(WeerbaarCatalogs.class).shared().measures()).hasSize(41);
            assertThat(context.getBean(WeerbaarSettings.class)).isEqualTo(WeerbaarSettings.defaults());
            assertThat(context.getBean(RoleMapping.class).group(Role.GRIFFIE)).isEqualTo("weerbaar-griffie");
        });
    }

    @Test
    void disabledByProperty() {
        runner.withPropertyValues("weerbaar.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(WeerbaarCatalogs.class)
                        .doesNotHaveBean(WeerbaarSpringEnginePlugin.class));
    }

    @Test
    void absentWithoutCamunda() {
        runner.withClassLoader(new FilteredClassLoader(ProcessEngine.class))
                .run(context -> assertThat(context).doesNotHaveBean(WeerbaarCatalogs.class));
    }

    @Test
    void backsOffWhenUserDefinesCatalogs() {
        runner.withUserConfiguration(OwnCatalogs.class).run(context -> {
            assertThat(context).hasSingleBean(WeerbaarCatalogs.class);
            assertThat(context.getBean(WeerbaarCatalogs.class)).isSameAs(context.getBean("ownCatalogs"));
        });
    }

    @Test
    void backsOffWhenUserDefinesRoleMappingSettingsRemindersOrPlugin() {
        runner.withUserConfiguration(OwnComponents.class).run(context -> {
            assertThat(context.getBean(RoleMapping.class).group(Role.AOV_ADVISEUR)).isEqualTo("eigen-aov");
            assertThat(context.getBean(WeerbaarSettings.class).reReviewInterval()).isEqualTo(Period.ofMonths(6));
            assertThat(context.getBean(ReminderSender.class)).isSameAs(OwnComponents.SENDER);
            assertThat(context.getBean(WeerbaarComponents.class).reminders()).isSameAs(OwnComponents.SENDER);
        });
    }

    @Test
    void propertiesShapeRolesTermsAndTenants() {
        runner.withPropertyValues("weerbaar.roles.aov-adviseur=team-oov", "weerbaar.roles.griffie=griffie-utrecht",
                "weerbaar.re-review-interval=P6M", "weerbaar.reminder-before-due=P1W",
                "weerbaar.continuity-review-date=03-01", "weerbaar.zienswijze.term=P10W",
                "weerbaar.zienswijze.budget-to-province-latest=09-01",
                "weerbaar.tenants[0].id=utrecht", "weerbaar.tenants[0].name=Gemeente Utrecht",
                "weerbaar.tenants[0].region=vr-utrecht", "weerbaar.tenants[1].id=vr-utrecht",
                "weerbaar.tenants[1].type=veiligheidsregio").run(context -> {
            RoleMapping roles = context.getBean(RoleMapping.class);
            assertThat(roles.group("aov-adviseur")).isEqualTo("team-oov");
            assertThat(roles.group("griffie")).isEqualTo("griffie-utrecht");
            assertThat(roles.group("burgemeester")).isEqualTo("weerbaar-burgemeester");
            WeerbaarSettings settings = context.getBean(WeerbaarSettings.class);
            assertThat(settings.reReviewInterval()).isEqualTo(Period.ofMonths(6));
            assertThat(settings.reminderBeforeDue()).isEqualTo(Period.ofWeeks(1));
            assertThat(settings.continuityReviewDate()).isEqualTo(MonthDay.of(3, 1));
            assertThat(settings.zienswijzeTerm()).isEqualTo(Period.ofWeeks(10));
            assertThat(settings.budgetToProvinceLatest()).isEqualTo(MonthDay.of(9, 1));
            WeerbaarTenants tenants = context.getBean(WeerbaarTenants.class);
            assertThat(tenants.all()).extracting(t -> t.id() + "/" + t.name() + "/" + t.type() + "/" + t.region())
                    .containsExactly("utrecht/Gemeente Utrecht/GEMEENTE/vr-utrecht",
                            "vr-utrecht/vr-utrecht/VEILIGHEIDSREGIO/null");
            assertThat(tenants.membersOf("vr-utrecht")).extracting(t -> t.id()).containsExactly("utrecht");
        });
    }

    @Test
    void appliesOverlaysForAllTenantsAndPerTenant() {
        runner.withPropertyValues("weerbaar.catalog.overlays[0]=classpath:overlays/regio.yaml",
                "weerbaar.tenants[0].id=utrecht", "weerbaar.tenants[0].overlays[0]=classpath:overlays/utrecht.yaml",
                "weerbaar.tenants[1].id=amersfoort").run(context -> {
            WeerbaarCatalogs catalogs = context.getBean(WeerbaarCatalogs.class);
            assertThat(catalogs.forTenant("utrecht").get("3.4").applicable()).isFalse();
            assertThat(catalogs.forTenant("amersfoort").get("3.4").applicable()).isTrue();
            assertThat(catalogs.forTenant("amersfoort").get("1.1").localOwner()).isEqualTo("Team BCM regio");
            assertThat(catalogs.forTenant("utrecht").get("1.1").localOwner()).isEqualTo("Team BCM regio");
        });
    }

    @Test
    void customizersAdjustCatalogsAndSettings() {
        runner.withBean(WeerbaarCustomizer.class, () -> new WeerbaarCustomizer() {
            @Override
            public void customize(CatalogRegistry.Builder catalogs) {
                catalogs.addOverlay(CatalogResource.classpath("overlays/utrecht.yaml"));
            }

            @Override
            public WeerbaarSettings customize(WeerbaarSettings settings) {
                return settings.withZienswijzeTerm(Period.ofWeeks(8));
            }
        }).run(context -> {
            assertThat(context.getBean(WeerbaarSettings.class).zienswijzeTerm()).isEqualTo(Period.ofWeeks(8));
            assertThat(context.getBean(WeerbaarCatalogs.class).shared().get("3.4").applicable()).isFalse();
        });
    }

    @Test
    void failsFastOnABadOverlayListingEveryViolation() {
        runner.withPropertyValues("weerbaar.catalog.overlays[0]=classpath:overlays/bad.yaml",
                "weerbaar.catalog.overlays[1]=classpath:overlays/unknown-ref.yaml").run(context -> {
            assertThat(context).hasFailed();
            CatalogException cause = findCause(context.getStartupFailure(), CatalogException.class);
            assertThat(cause.violations()).extracting(Object::toString).containsExactly(
                    "classpath:overlays/bad.yaml:7:5: measure 1.1, field 'reason': a measure marked applicable: false"
                            + " needs a reason",
                    "classpath:overlays/bad.yaml:10:5: measure 2.1, field 'localPriority': must be greater than or"
                            + " equal to 1",
                    "classpath:overlays/unknown-ref.yaml:5:5: measure 9.9, field 'ref': catalog urn:weerbaar:vng-2025"
                            + " has no measure 9.9");
            FailureAnalysis analysis = new CatalogFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).startsWith("Weerbaar could not load its catalog: 3 violation(s):")
                    .contains("bad.yaml:7:5: measure 1.1").contains("bad.yaml:10:5: measure 2.1");
            assertThat(analysis.getAction()).contains("docs/catalog-format.md");
        });
    }

    @Test
    void failsFastOnAMissingCatalogFile() {
        runner.withPropertyValues("weerbaar.catalog.locations[0]=classpath:gemeente/missing.yaml").run(context -> {
            assertThat(context).hasFailed();
            assertThat(findCause(context.getStartupFailure(), CatalogException.class).violations())
                    .extracting(Object::toString).containsExactly("gemeente/missing.yaml:1:1: file not found");
        });
    }

    @Test
    void rejectsAMalformedDayNamingTheProperty() {
        runner.withPropertyValues("weerbaar.continuity-review-date=15 januari").run(context -> {
            assertThat(context).hasFailed();
            assertThat(findCause(context.getStartupFailure(), IllegalArgumentException.class))
                    .hasMessage("weerbaar.continuity-review-date must be a day as MM-DD, e.g. 04-30, not '15 januari'");
        });
    }

    private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + failure);
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnCatalogs {

        @Bean
        WeerbaarCatalogs ownCatalogs() {
            return new WeerbaarCatalogs(CatalogRegistry.builder().addShippedCatalogs().build(),
                    "urn:weerbaar:vng-2025", Map.of());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnComponents {

        static final ReminderSender SENDER = (tenant, ref, owner, due) -> { };

        @Bean
        RoleMapping ownRoles() {
            return RoleMapping.of(Map.of(Role.AOV_ADVISEUR, "eigen-aov"));
        }

        @Bean
        WeerbaarSettings ownSettings() {
            return WeerbaarSettings.defaults().withReReviewInterval(Period.ofMonths(6));
        }

        @Bean
        ReminderSender ownSender() {
            return SENDER;
        }
    }
}
