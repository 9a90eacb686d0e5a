package nl.weerbaar.spring;

import nl.weerbaar.bpmn.WeerbaarProcesses;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import nl.weerbaar.bpmn.process.WeerbaarProcess;
import nl.weerbaar.bpmn.settings.Deadlines;
import nl.weerbaar.spring.deploy.WeerbaarProcessBeans;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import nl.weerbaar.spring.deploy.WeerbaarSpringEnginePlugin;
import nl.weerbaar.bpmn.process.ReminderSender;
import nl.weerbaar.bpmn.roles.Role;
import nl.weerbaar.bpmn.roles.RoleMapping;
import nl.weerbaar.bpmn.settings.WeerbaarSettings;
import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.bpmn.engine.AuthorizedGroupsByIndex;
import nl.weerbaar.bpmn.measure.CatalogValueHistory;
import nl.weerbaar.core.registry.CatalogRegistry;
import nl.weerbaar.spring.catalog.CatalogFailureAnalyzer;
import nl.weerbaar.spring.catalog.WeerbaarCatalogs;
import nl.weerbaar.spring.engine.AdministratorsCarriedOver;
import nl.weerbaar.spring.tenant.WeerbaarTenants;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;

import nl.weerbaar.bpmn.tenant.TenantDirectory;
import nl.weerbaar.core.scenario.Scenarios;
import nl.weerbaar.spring.notify.MailReminderSender;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;

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
    void registersWeerbaarsProcessesInOrderAndTheirDelegatesByTheNamesTheModelsUse() {
        runner.run(context -> {
            assertThat(context.getBeanProvider(WeerbaarProcess.class).orderedStream().map(WeerbaarProcess::key))
                    .containsExactlyElementsOf(WeerbaarProcesses.keys());
            assertThat(context.getBean("weerbaarLoadMeasure")).isInstanceOf(JavaDelegate.class);
            assertThat(context.getBean("weerbaarRoles")).isSameAs(context.getBean(RoleMapping.class));
            assertThat(context.getBean("weerbaarDeadlines")).isInstanceOf(Deadlines.class);
            assertThat(context.getBean(WeerbaarProcessBeans.class).registered())
                    .contains("weerbaarLoadMeasure", "weerbaarCrisisReopenReviews", "weerbaarZienswijzeTerms");
        });
    }

    @Test
    void keepsTheAdministratorsAcrossAnEngineSwitchUnlessSwitchedOff() {
        runner.run(context -> assertThat(context).hasSingleBean(AdministratorsCarriedOver.class));
        runner.withPropertyValues("weerbaar.engine-switch.keep-administrators=false")
                .run(context -> assertThat(context).doesNotHaveBean(AdministratorsCarriedOver.class));
    }

    @Test
    void readsTheEnginesAuthorizedGroupsByIndexUnlessSwitchedOffOrReplaced() {
        runner.run(context -> assertThat(context).hasSingleBean(AuthorizedGroupsByIndex.class));
        runner.withPropertyValues("weerbaar.engine.authorized-groups-by-index=false")
                .run(context -> assertThat(context).doesNotHaveBean(AuthorizedGroupsByIndex.class));
        AuthorizedGroupsByIndex own = new AuthorizedGroupsByIndex();
        runner.withBean(AuthorizedGroupsByIndex.class, () -> own)
                .run(context -> assertThat(context.getBean(AuthorizedGroupsByIndex.class)).isSameAs(own));
    }

    @Test
    void leavesOutTheDetailRowsOfValuesFixedAtTheStartOnlyWhenTheHostChoosesSo() {
        runner.run(context -> assertThat(context).doesNotHaveBean(CatalogValueHistory.class));
        runner.withPropertyValues("weerbaar.engine.catalog-value-details=false")
                .run(context -> assertThat(context).hasSingleBean(CatalogValueHistory.class));
        runner.withPropertyValues("weerbaar.engine.catalog-value-details=true")
                .run(context -> assertThat(context).doesNotHaveBean(CatalogValueHistory.class));
    }

    @Test
    void aDelegateTheApplicationDefinesUnderTheModelsNameWins() {
        JavaDelegate own = execution -> { };
        runner.withBean("weerbaarLoadMeasure", JavaDelegate.class, () -> own).run(context -> {
            assertThat(context.getBean("weerbaarLoadMeasure")).isSameAs(own);
            assertThat(context.getBean(WeerbaarProcessBeans.class).registered()).doesNotContain("weerbaarLoadMeasure");
        });
    }

    @Test
    void aHostsOwnProcessBeanComesAfterWeerbaarsOwn() {
        WeerbaarProcess host = new WeerbaarProcess() {
            @Override
            public String key() {
                return "host-melding";
            }

            @Override
            public java.util.List<Class<? extends Record>> forms() {
                return java.util.List.of();
            }
        };
        runner.withBean("hostProcess", WeerbaarProcess.class, () -> host).run(context ->
                assertThat(context.getBeanProvider(WeerbaarProcess.class).orderedStream().map(WeerbaarProcess::key))
                        .hasSize(WeerbaarProcesses.keys().size() + 1).endsWith("host-melding"));
    }

    @Test
    void disabledByProperty() {
        runner.withPropertyValues("weerbaar.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(WeerbaarCatalogs.class)
                        .doesNotHaveBean(WeerbaarSpringEnginePlugin.class).doesNotHaveBean(WeerbaarProcess.class)
                        .doesNotHaveBean("weerbaarLoadMeasure"));
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
            assertThat(context.getBean(WeerbaarSettings.class).measure().reReviewInterval()).isEqualTo(Period.ofMonths(6));
            assertThat(context.getBean(ReminderSender.class)).isSameAs(OwnComponents.SENDER);
            assertThat(context.getBean(WeerbaarComponents.class).reminders()).isSameAs(OwnComponents.SENDER);
        });
    }

    @Test
    void propertiesShapeRolesTermsAndTenants() {
        runner.withPropertyValues("weerbaar.roles.aov-adviseur=team-oov", "weerbaar.roles.griffie=griffie-utrecht",
                "weerbaar.measure.re-review-interval=P6M", "weerbaar.measure.reminder-before-due=P1W",
                "weerbaar.noodsteunpunt.retest-interval=P6M", "weerbaar.continuity.review-date=03-01",
                "weerbaar.zienswijze.term=P10W", "weerbaar.zienswijze.budget-to-province-latest=--09-01",
                "weerbaar.zone=Europe/Brussels",
                "weerbaar.tenants[0].id=utrecht", "weerbaar.tenants[0].name=Gemeente Utrecht",
                "weerbaar.tenants[0].region=vr-utrecht", "weerbaar.tenants[1].id=vr-utrecht",
                "weerbaar.tenants[1].type=veiligheidsregio").run(context -> {
            RoleMapping roles = context.getBean(RoleMapping.class);
            assertThat(roles.group("aov-adviseur")).isEqualTo("team-oov");
            assertThat(roles.group("griffie")).isEqualTo("griffie-utrecht");
            assertThat(roles.group("burgemeester")).isEqualTo("weerbaar-burgemeester");
            WeerbaarSettings settings = context.getBean(WeerbaarSettings.class);
            assertThat(settings.measure()).isEqualTo(new WeerbaarSettings.Measure(Period.ofMonths(6), Period.ofWeeks(1)));
            assertThat(settings.noodsteunpunt().retestInterval()).isEqualTo(Period.ofMonths(6));
            assertThat(settings.continuity().reviewDate()).isEqualTo(MonthDay.of(3, 1));
            assertThat(settings.zienswijze().term()).isEqualTo(Period.ofWeeks(10));
            assertThat(settings.zienswijze().budgetToProvinceLatest()).isEqualTo(MonthDay.of(9, 1));
            assertThat(settings.zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
            WeerbaarTenants tenants = context.getBean(WeerbaarTenants.class);
            assertThat(tenants.all()).extracting(t -> t.id() + "/" + t.name() + "/" + t.type() + "/" + t.region())
                    .containsExactly("utrecht/Gemeente Utrecht/GEMEENTE/vr-utrecht",
                            "vr-utrecht/vr-utrecht/VEILIGHEIDSREGIO/null");
            assertThat(tenants.membersOf("vr-utrecht")).extracting(t -> t.id()).containsExactly("utrecht");
            TenantDirectory directory = context.getBean(WeerbaarComponents.class).tenants();
            assertThat(directory.regionOf("utrecht")).contains("vr-utrecht");
            assertThat(directory.isRegion("vr-utrecht")).isTrue();
            assertThat(directory.gemeentenOf("vr-utrecht")).containsExactly("utrecht");
            assertThat(context.getBean(WeerbaarComponents.class).routes().tenants()).isSameAs(directory);
        });
    }

    @Test
    void theDrinkingWaterNormsAreSettingsAWarningCanBeTurnedOffWith() {
        runner.withPropertyValues("weerbaar.noodsteunpunt.drinking-water-litres-per-person-day=5",
                "weerbaar.noodsteunpunt.inhabitants-per-drinking-water-point=0").run(context -> {
            WeerbaarSettings.Noodsteunpunt norms = context.getBean(WeerbaarSettings.class).noodsteunpunt();
            assertThat(norms.drinkingWaterLitresPerPersonDay()).isEqualTo(5);
            assertThat(norms.inhabitantsPerDrinkingWaterPoint()).as("0: never a warning").isZero();
        });
        assertThat(WeerbaarSettings.defaults().noodsteunpunt()).isEqualTo(new WeerbaarSettings.Noodsteunpunt(
                Period.ofYears(1), 3, 2500));
    }

    @Test
    void sendsRemindersByEMailWhenTheApplicationHasAMailServerAndLogsThemOtherwise() {
        ApplicationContextRunner withMail = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
                MailSenderAutoConfiguration.class, WeerbaarAutoConfiguration.class))
                .withBean(ProcessEngine.class, () -> org.mockito.Mockito.mock(ProcessEngine.class,
                        org.mockito.Mockito.RETURNS_DEEP_STUBS));

        withMail.withPropertyValues("spring.mail.host=smtp.gemeente.example").run(context ->
                assertThat(context.getBean(ReminderSender.class)).isInstanceOf(MailReminderSender.class));
        withMail.withPropertyValues("spring.mail.host=smtp.gemeente.example", "weerbaar.notifications.mail=false")
                .run(context -> assertThat(context.getBean(ReminderSender.class))
                        .isNotInstanceOf(MailReminderSender.class));
        withMail.run(context -> assertThat(context.getBean(ReminderSender.class))
                .as("no spring.mail.host, no JavaMailSender").isNotInstanceOf(MailReminderSender.class));
        withMail.withPropertyValues("spring.mail.host=smtp.gemeente.example")
                .withUserConfiguration(OwnComponents.class)
                .run(context -> assertThat(context.getBean(ReminderSender.class)).isSameAs(OwnComponents.SENDER));
    }

    @Test
    void registersTheRolverdelingProcessesAfterTheOthersAndTheScenarios() {
        runner.run(context -> {
            assertThat(context.getBeanProvider(WeerbaarProcess.class).orderedStream().map(WeerbaarProcess::key))
                    .endsWith("weerbaar-rolverdeling", "weerbaar-rolverdeling-regio");
            assertThat(context.getBean(Scenarios.class).scenarios()).hasSize(8);
            assertThat(context.getBean(WeerbaarComponents.class).scenarios()).isSameAs(context.getBean(Scenarios.class));
            assertThat(context.getBean(WeerbaarProcessBeans.class).registered())
                    .contains("weerbaarRolverdelingStart", "weerbaarRolverdelingVanKracht",
                            "weerbaarRolverdelingBevestigdRegio", "weerbaarNotifyMeasureEscalation",
                            "weerbaarCrisisDecisionLog");
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
                return settings.withZienswijze(new WeerbaarSettings.Zienswijze(MonthDay.of(4, 30), Period.ofWeeks(8),
                        Period.ofWeeks(2), Period.ofWeeks(2), MonthDay.of(9, 15)));
            }
        }).run(context -> {
            assertThat(context.getBean(WeerbaarSettings.class).zienswijze().term()).isEqualTo(Period.ofWeeks(8));
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
    void refusesARegionThatNamesNoConfiguredVeiligheidsregioNamingThePropertyAndTheValue() {
        assertRegionRefused(new String[] {"weerbaar.tenants[0].id=utrecht", "weerbaar.tenants[0].region=vr-utrecht",
                "weerbaar.tenants[1].id=amersfoort", "weerbaar.tenants[1].region=vr-utrech",
                "weerbaar.tenants[2].id=vr-utrecht", "weerbaar.tenants[2].type=veiligheidsregio"},
                "weerbaar.tenants[1].region", "vr-utrech", "no tenant 'vr-utrech' in weerbaar.tenants[]");
        assertRegionRefused(new String[] {"weerbaar.tenants[0].id=utrecht", "weerbaar.tenants[0].region=amersfoort",
                "weerbaar.tenants[1].id=amersfoort", "weerbaar.tenants[1].region=vr-utrecht",
                "weerbaar.tenants[2].id=vr-utrecht", "weerbaar.tenants[2].type=veiligheidsregio"},
                "weerbaar.tenants[0].region", "amersfoort", "'amersfoort' is a gemeente");
        assertRegionRefused(new String[] {"weerbaar.tenants[0].id=utrecht", "weerbaar.tenants[0].region=vr-utrecht"},
                "weerbaar.tenants[0].region", "vr-utrecht", "none is configured");
    }

    @Test
    void anApplicationsOwnTenantDirectoryIsTheOneThePartsUse() {
        TenantDirectory own = TenantDirectory.of(Map.of("utrecht", "vr-eigen"), java.util.Set.of("vr-eigen"));
        // With the application's own directory, a region the properties do not know stops nothing.
        runner.withBean(TenantDirectory.class, () -> own)
                .withPropertyValues("weerbaar.tenants[0].id=utrecht", "weerbaar.tenants[0].region=vr-eigen")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(WeerbaarComponents.class).tenants()).isSameAs(own);
                    assertThat(context.getBean(WeerbaarComponents.class).routes().tenants()).isSameAs(own);
                });
    }

    @Test
    void refusesAMailSenderWithoutAValidAddressOrAnAbsoluteTasklistUrlNamingTheProperty() {
        ApplicationContextRunner withMail = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
                        MailSenderAutoConfiguration.class, WeerbaarAutoConfiguration.class))
                .withBean(ProcessEngine.class, () -> org.mockito.Mockito.mock(ProcessEngine.class,
                        org.mockito.Mockito.RETURNS_DEEP_STUBS))
                .withPropertyValues("spring.mail.host=smtp.gemeente.example");
        withMail.withPropertyValues("weerbaar.notifications.from=weerbaar bij gemeente.nl").run(context -> {
            assertThat(context).hasFailed();
            assertThat(findCause(context.getStartupFailure(), IllegalArgumentException.class))
                    .hasMessageContaining("weerbaar.notifications.from 'weerbaar bij gemeente.nl'");
        });
        withMail.withPropertyValues("weerbaar.notifications.tasklist-url=/camunda/app/tasklist/").run(context -> {
            assertThat(context).hasFailed();
            assertThat(findCause(context.getStartupFailure(), IllegalArgumentException.class))
                    .hasMessageContaining("weerbaar.notifications.tasklist-url '/camunda/app/tasklist/'");
        });
    }

    @Test
    void rejectsAMalformedDayNamingThePropertyAndTheValue() {
        assertRefused("weerbaar.continuity.review-date", "15 januari", "is not a day as MM-DD");
        assertRefused("weerbaar.zienswijze.kaders-deadline", "02-30", "is not a day as MM-DD");
    }

    @Test
    void rejectsAnUnknownTimeZoneNamingThePropertyAndTheValue() {
        assertRefused("weerbaar.zone", "Europe/Utrecht", "Unknown time-zone ID");
    }

    @Test
    void rejectsAMalformedOrNonPositiveTermNamingTheProperty() {
        assertRefused("weerbaar.measure.re-review-interval", "een jaar", "is not a valid");
        runner.withPropertyValues("weerbaar.noodsteunpunt.retest-interval=P0D").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessage("noodsteunpunt.retest-interval must be positive, was P0D");
        });
    }

    @Test
    void propertyDefaultsAreTheSettingsDefaults() {
        assertThat(new WeerbaarProperties().toSettings()).isEqualTo(WeerbaarSettings.defaults());
    }

    /** Start-up fails, and the failure names the property, the value and what is wrong with it. */
    private void assertRefused(String property, String value, String reason) {
        runner.withPropertyValues(property + "=" + value).run(context -> {
            assertThat(context).hasFailed();
            BindException bind = findCause(context.getStartupFailure(), BindException.class);
            assertThat(bind.getProperty().getName()).hasToString(property);
            assertThat(bind.getProperty().getValue()).hasToString(value);
            assertThat(bind).hasMessageContaining("'" + property + "'");
            assertThat(findCause(bind, IllegalArgumentException.class)).hasMessageContaining(value)
                    .hasMessageContaining(reason);
        });
    }

    /** Start-up fails at the tenant directory, naming the property, its value and what is wrong with it. */
    private void assertRegionRefused(String[] tenants, String property, String value, String reason) {
        runner.withPropertyValues(tenants).run(context -> {
            assertThat(context).hasFailed();
            InvalidConfigurationPropertyValueException refused = findCause(context.getStartupFailure(),
                    InvalidConfigurationPropertyValueException.class);
            assertThat(refused.getName()).isEqualTo(property);
            assertThat(refused.getValue()).isEqualTo(value);
            assertThat(refused).hasMessageContaining(property).hasMessageContaining("'" + value + "'")
                    .hasMessageContaining(reason);
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

        static final ReminderSender SENDER = reminder -> { };

        @Bean
        RoleMapping ownRoles() {
            return RoleMapping.of(Map.of(Role.AOV_ADVISEUR, "eigen-aov"));
        }

        @Bean
        WeerbaarSettings ownSettings() {
            return WeerbaarSettings.defaults().withMeasure(new WeerbaarSettings.Measure(Period.ofMonths(6),
                    Period.ofWeeks(2)));
        }

        @Bean
        ReminderSender ownSender() {
            return SENDER;
        }
    }
}
