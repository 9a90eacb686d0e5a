package nl.weerbaar.bpmn.tenant;

import nl.weerbaar.bpmn.ProcessTestCase;
import nl.weerbaar.bpmn.TestEngine;
import nl.weerbaar.bpmn.noodsteunpunt.NoodsteunpuntProcess;
import nl.weerbaar.bpmn.process.StartRefusedException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static nl.weerbaar.bpmn.TestEngine.AMERSFOORT;
import static nl.weerbaar.bpmn.TestEngine.UTRECHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * One deployment serves every tenant (ADR 14): each Weerbaar instance gets the tenant its starter names, else its
 * user's one tenant, and a start that would give it none or an arbitrary one is refused naming why.
 */
class InstanceTenantTests extends ProcessTestCase {

    @RegisterExtension
    static final ProcessEngineExtension extension = TestEngine.extension();

    private final ProcessEngine engine = TestEngine.get();
    private final RuntimeService runtime = engine.getRuntimeService();
    private final IdentityService identity = engine.getIdentityService();

    @AfterEach
    void clearAuthentication() {
        identity.clearAuthentication();
    }

    @Test
    void theTenantNamedAroundTheStartIsTheInstancesTheInnermostWhenNested() {
        ProcessInstance instance = InstanceTenant.call(UTRECHT, () -> InstanceTenant.call(AMERSFOORT,
                () -> start("Wijkcentrum De Hoef")));

        assertThat(instance.getTenantId()).isEqualTo(AMERSFOORT);
        assertThat(engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId())
                .getTenantId()).as("the one shared definition").isNull();
        assertThat(InstanceTenant.assigned()).as("nothing left on the thread").isEmpty();
    }

    @Test
    void aUserWithOneTenantStartsInIt() {
        identity.setAuthentication("utrecht.aov", List.of("weerbaar-aov-adviseur"), List.of(UTRECHT));

        ProcessInstance instance = start("Buurthuis Oog in Al");

        assertThat(instance.getTenantId()).isEqualTo(UTRECHT);
    }

    @Test
    void aUserWithSeveralTenantsOrNoneIsRefusedNamingThem() {
        identity.setAuthentication("regio.beheer", List.of("weerbaar-aov-adviseur"), List.of(UTRECHT, AMERSFOORT));
        StartRefusedException several = catchThrowableOfType(StartRefusedException.class,
                () -> start("Sporthal Overvecht"));
        identity.setAuthentication("demo", List.of("camunda-admin"));
        StartRefusedException none = catchThrowableOfType(StartRefusedException.class,
                () -> start("Sporthal Overvecht"));

        assertThat(several).hasMessageContaining("gebruiker regio.beheer hoort bij meer dan één gemeente of"
                + " veiligheidsregio [utrecht, amersfoort]");
        assertThat(none).hasMessageContaining("gebruiker demo hoort bij geen gemeente of veiligheidsregio");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(NoodsteunpuntProcess.KEY).count())
                .isZero();
    }

    @Test
    void aStartWithoutTenantNorUserIsRefusedNamingTheProcess() {
        StartRefusedException refused = catchThrowableOfType(StartRefusedException.class,
                () -> start("Sporthal Overvecht"));

        assertThat(refused).hasMessageContaining("Proces weerbaar-noodsteunpunt niet gestart: er is geen gemeente of"
                + " veiligheidsregio genoemd");
    }

    private ProcessInstance start(String name) {
        ProcessInstance instance = runtime.createProcessInstanceByKey(NoodsteunpuntProcess.KEY)
                .processDefinitionWithoutTenantId().setVariables(Map.of("noodsteunpuntName", name)).execute();
        started.add(instance.getId());
        return instance;
    }
}
