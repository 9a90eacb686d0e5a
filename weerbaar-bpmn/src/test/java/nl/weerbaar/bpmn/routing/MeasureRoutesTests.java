package nl.weerbaar.bpmn.routing;

import nl.weerbaar.bpmn.ProcessTestCase;
import nl.weerbaar.bpmn.TestEngine;
import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.rolverdeling.Rolverdelingen;
import nl.weerbaar.bpmn.rolverdeling.RolverdelingProcessModel;
import nl.weerbaar.core.catalog.CatalogLoader;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.catalog.Party;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.core.overlay.OverlayLoader;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import static nl.weerbaar.bpmn.TestEngine.AMERSFOORT;
import static nl.weerbaar.bpmn.TestEngine.UTRECHT;
import static nl.weerbaar.bpmn.TestEngine.VR_UTRECHT;
import static nl.weerbaar.bpmn.TestEngine.WOERDEN;
import static nl.weerbaar.bpmn.TestEngine.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Who works a measure for a gemeente: the catalog's eindverantwoordelijke party without an agreement, else the
 * most recent agreement of the overlay and the process, a region-led measure in the region's tenant, another
 * party's with the gemeente.
 */
class MeasureRoutesTests extends ProcessTestCase {

    @RegisterExtension
    static ProcessEngineExtension extension = TestEngine.extension();

    private static final EffectiveCatalog VNG = OverlayLoader.apply(CatalogLoader.vng2025(), List.of());
    private static final EffectiveCatalog UTRECHT_AGREED = OverlayLoader.apply(CatalogLoader.vng2025(),
            List.of(OverlayLoader.load(CatalogResource.text("utrecht.yaml", """
                    urn: urn:weerbaar:utrecht
                    title: Afspraken gemeente Utrecht
                    target: urn:weerbaar:vng-2025
                    measures:
                      - ref: "2.6"
                        rolverdeling:
                          responsible: gemeenten
                          supporting: [veiligheidsregios]
                          agreement:
                            date: 2026-01-15
                            reference: Convenant Utrecht-VRU 2026
                            confirmedByGemeente: 2026-01-16
                            confirmedByVeiligheidsregio: 2026-01-20
                      - ref: "1.1"
                        rolverdeling:
                          responsible: veiligheidsregios
                          agreement:
                            date: 2026-01-15
                            reference: Convenant Utrecht-VRU 2026
                            confirmedByGemeente: 2026-01-16
                            confirmedByVeiligheidsregio: 2026-01-20
                    """))));

    private final RuntimeService runtime = TestEngine.get().getRuntimeService();
    private final TaskService tasks = TestEngine.get().getTaskService();
    private final TenantCatalogs catalogs = tenant -> UTRECHT.equals(tenant) ? UTRECHT_AGREED : VNG;
    private final MeasureRoutes routes = new MeasureRoutes(catalogs, TestEngine.TENANTS, TestEngine.ZONE);

    @Test
    void withoutAnAgreementTheCatalogsEindverantwoordelijkePartyWorksTheMeasure() {
        MeasureRoute shelters = routes.route(runtime, AMERSFOORT, "2.2");
        MeasureRoute analogue = routes.route(runtime, AMERSFOORT, "2.6");
        MeasureRoute transport = routes.route(runtime, AMERSFOORT, "3.10");
        MeasureRoute water = routes.route(runtime, AMERSFOORT, "3.2");

        assertThat(shelters.executor()).isEqualTo(Executor.GEMEENTE);
        assertThat(shelters.executingTenant()).isEqualTo(AMERSFOORT);
        assertThat(shelters.source()).isEqualTo(RouteSource.CATALOGUS);
        assertThat(shelters.findAgreement()).isEmpty();
        assertThat(analogue.executor()).isEqualTo(Executor.VEILIGHEIDSREGIO);
        assertThat(analogue.executingTenant()).isEqualTo(VR_UTRECHT);
        assertThat(analogue.regionLed()).isTrue();
        assertThat(analogue.describe()).isEqualTo("Eindverantwoordelijk: Veiligheidsregio's (uitvoering in"
                + " vr-utrecht); ondersteunend: Gemeenten, GHOR, Brandweer; zoals de handreiking het noemt, zonder"
                + " lokale afspraak");
        assertThat(transport.executor()).as("provincies and vervoersbedrijven lead 3.10").isEqualTo(Executor.ANDERE_PARTIJ);
        assertThat(transport.responsible().code()).isEqualTo("provincies");
        assertThat(transport.executingTenant()).isEqualTo(AMERSFOORT);
        assertThat(water.executor()).as("gemeenten are among 3.2's eindverantwoordelijken").isEqualTo(Executor.GEMEENTE);
    }

    @Test
    void aGemeenteWithoutARegionDoesARegionLedMeasureItselfAndSaysSo() {
        MeasureRoute route = routes.route(runtime, WOERDEN, "2.6");

        assertThat(route.executor()).isEqualTo(Executor.GEMEENTE);
        assertThat(route.executingTenant()).isEqualTo(WOERDEN);
        assertThat(route.responsible().code()).isEqualTo("veiligheidsregios");
        assertThat(route.remark()).isEqualTo("Voor woerden is geen veiligheidsregio ingesteld, dus voert de gemeente de"
                + " maatregel zelf uit.");
        assertThat(route.describe()).endsWith(". Voor woerden is geen veiligheidsregio ingesteld, dus voert de gemeente"
                + " de maatregel zelf uit.");
    }

    @Test
    void anOverlaysAgreementTakesThePlaceOfTheCatalogs() {
        MeasureRoute analogue = routes.route(runtime, UTRECHT, "2.6");
        MeasureRoute processes = routes.route(runtime, UTRECHT, "1.1");

        assertThat(analogue.executor()).isEqualTo(Executor.GEMEENTE);
        assertThat(analogue.source()).isEqualTo(RouteSource.OVERLAY);
        assertThat(analogue.supporting()).extracting(Party::code).containsExactly("veiligheidsregios");
        assertThat(analogue.describe()).isEqualTo("Eindverantwoordelijk: Gemeenten; ondersteunend: Veiligheidsregio's;"
                + " afspraak 'Convenant Utrecht-VRU 2026' van 15 januari 2026");
        assertThat(processes.regionLed()).isTrue();
        assertThat(routes.servedBy(runtime, VR_UTRECHT, "1.1")).containsExactly(UTRECHT);
        assertThat(routes.servedBy(runtime, VR_UTRECHT, "2.6")).containsExactly(AMERSFOORT);
    }

    @Test
    void aRegionWorksItsOwnMeasuresInItsOwnTenant() {
        MeasureRoute own = routes.route(runtime, VR_UTRECHT, "2.2");

        assertThat(own.executor()).isEqualTo(Executor.VEILIGHEIDSREGIO);
        assertThat(own.executingTenant()).isEqualTo(VR_UTRECHT);
        assertThat(own.regionLed()).as("not for a gemeente").isFalse();
    }

    @Test
    void theMostRecentAgreementWinsTheProcessOnTheSameDay() {
        ProcessInstance later = agreeInProcess(UTRECHT, "2.6", "VEILIGHEIDSREGIO", "2026-02-01");
        try {
            assertThat(routes.route(runtime, UTRECHT, "2.6").source()).as("recorded after the overlay's")
                    .isEqualTo(RouteSource.PROCES);
            assertThat(routes.route(runtime, UTRECHT, "2.6").regionLed()).isTrue();
        } finally {
            runtime.deleteProcessInstance(later.getId(), "next case");
        }
        ProcessInstance earlier = agreeInProcess(UTRECHT, "2.6", "VEILIGHEIDSREGIO", "2026-01-10");
        ProcessInstance sameDay = agreeInProcess(UTRECHT, "1.1", "GEMEENTE", "2026-01-15");
        try {
            assertThat(routes.route(runtime, UTRECHT, "2.6").source()).as("older than the overlay's")
                    .isEqualTo(RouteSource.OVERLAY);
            assertThat(routes.route(runtime, UTRECHT, "1.1").source()).isEqualTo(RouteSource.PROCES);
            assertThat(routes.route(runtime, UTRECHT, "1.1").executor()).isEqualTo(Executor.GEMEENTE);
        } finally {
            runtime.deleteProcessInstance(earlier.getId(), "test finished");
            runtime.deleteProcessInstance(sameDay.getId(), "test finished");
        }
    }

    @Test
    void refusesAMeasureTheCatalogDoesNotHave() {
        NoSuchElementException refused = catchThrowableOfType(NoSuchElementException.class,
                () -> routes.route(runtime, UTRECHT, "9.9"));

        assertThat(refused).hasMessage("measure 9.9 is not in the catalog of tenant utrecht");
    }

    @Test
    void theTenantsOfTheDirectoryAreGemeentenOfTheirRegion() {
        assertThat(TestEngine.TENANTS.gemeentenOf(VR_UTRECHT)).containsExactly(UTRECHT, AMERSFOORT);
        assertThat(TestEngine.TENANTS.isRegion(VR_UTRECHT)).isTrue();
        assertThat(TestEngine.TENANTS.isRegion(WOERDEN)).isFalse();
        assertThat(TestEngine.TENANTS.regionOf(WOERDEN)).isEmpty();
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> nl.weerbaar.bpmn.tenant.TenantDirectory
                .of(Map.of("vr-utrecht", "vr-midden"), java.util.Set.of("vr-utrecht"))))
                .hasMessage("tenant vr-utrecht cannot be both a gemeente of vr-midden and a veiligheidsregio");
    }

    @Test
    void aRouteDecidedForTheWorkIsAnsweredWithoutReadingTheAgreementsAgainAndOnlyForItsGemeenteAndMeasure() {
        MeasureRoute decided = routes.route(runtime, UTRECHT, "2.2");
        RuntimeService unreadable = unreadable();

        routes.withDecided(decided, () -> {
            assertThat(routes.route(unreadable, UTRECHT, "2.2")).isSameAs(decided);
            assertThat(catchThrowableOfType(IllegalStateException.class,
                    () -> routes.route(unreadable, UTRECHT, "2.6"))).as("another measure").isNotNull();
            assertThat(catchThrowableOfType(IllegalStateException.class,
                    () -> routes.route(unreadable, AMERSFOORT, "2.2"))).as("another gemeente").isNotNull();
            MeasureRoute other = routes.route(runtime, UTRECHT, "2.6");
            routes.withDecided(other, () -> assertThat(routes.route(unreadable, UTRECHT, "2.6")).isSameAs(other));
            return assertThat(routes.route(unreadable, UTRECHT, "2.2")).as("restored after the inner work")
                    .isSameAs(decided);
        });

        assertThat(catchThrowableOfType(IllegalStateException.class, () -> routes.route(unreadable, UTRECHT, "2.2")))
                .as("after the work").isNotNull();
    }

    @Test
    void aRouteDecidedIsAnsweredByEveryMeasureRoutesOverTheSameCatalogsAndTenantsButNotByOneOverOtherCatalogs() {
        // As in an application: the start and the lifecycle's first step each hold their own MeasureRoutes.
        MeasureRoute decided = routes.route(runtime, UTRECHT, "2.2");
        MeasureRoutes sameSources = new MeasureRoutes(catalogs, TestEngine.TENANTS, TestEngine.ZONE);
        MeasureRoutes otherCatalogs = new MeasureRoutes(tenant -> VNG, TestEngine.TENANTS, TestEngine.ZONE);
        RuntimeService unreadable = unreadable();

        routes.withDecided(decided, () -> {
            assertThat(sameSources.route(unreadable, UTRECHT, "2.2")).isSameAs(decided);
            return assertThat(catchThrowableOfType(IllegalStateException.class,
                    () -> otherCatalogs.route(unreadable, UTRECHT, "2.2"))).as("other catalogs").isNotNull();
        });
    }

    /** An engine whose every use fails: what is answered all the same was not read from it. */
    private static RuntimeService unreadable() {
        return (RuntimeService) java.lang.reflect.Proxy.newProxyInstance(RuntimeService.class.getClassLoader(),
                new Class<?>[] {RuntimeService.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("read " + method.getName());
                });
    }

    /** An agreement recorded and confirmed in the process, as of the given date. */
    private ProcessInstance agreeInProcess(String gemeente, String ref, String responsible, String date) {
        ClockUtil.setCurrentTime(at(LocalDate.of(2026, 2, 2), 10));
        ProcessInstance agreement = new Rolverdelingen(runtime).start(gemeente, ref);
        complete(agreement, Map.of("responsibleChoice", responsible, "agreementDate", date,
                "agreementReference", "Besluit " + date));
        complete(agreement, Map.of("gemeenteDecision", "BEVESTIGD"));
        ProcessInstance regional = runtime.createProcessInstanceQuery().superProcessInstanceId(agreement.getId())
                .singleResult();
        tasks.complete(tasks.createTaskQuery().processInstanceId(regional.getId()).singleResult().getId(),
                Map.of("regionDecision", "BEVESTIGD"));
        assertThat(runtime.createEventSubscriptionQuery().processInstanceId(agreement.getId())
                .eventName(RolverdelingProcessModel.REPLACE_MESSAGE).count()).isEqualTo(1);
        return agreement;
    }
}
