package nl.weerbaar.spring.progress;

import nl.weerbaar.bpmn.measure.MeasureVariables;
import nl.weerbaar.bpmn.tenant.CrossTenant;
import nl.weerbaar.spring.fresh.FreshApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a gemeente's progress finds the lifecycles its region runs for it: by the region's list of served gemeenten;
 * a list the engine cannot read serves nobody, and every gemeente's progress is still served. Shares the fresh
 * application's context with {@code FreshApplicationIT}.
 */
@SpringBootTest(classes = FreshApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ActiveProfiles("fresh")
@ExtendWith(OutputCaptureExtension.class)
class MeasureProgressServiceIT {

    /** Led by the veiligheidsregio in the shipped catalog; no other test of this application starts it. */
    private static final String REGION_LED = "5.3";

    @Autowired
    ProcessEngine engine;

    @Autowired
    MeasureProgressService progress;

    @Test
    void aRegionsLifecycleWhoseServedGemeentenCannotBeReadServesNobody(CapturedOutput log) {
        ProcessInstance regional = progress.start("utrecht", REGION_LED);
        try {
            assertThat(regional.getTenantId()).isEqualTo("vr-utrecht");
            assertThat(status("utrecht")).isEqualTo(ProgressStatus.IN_PROGRESS);
            assertThat(progress.lifecycles("utrecht", REGION_LED)).extracting(Lifecycle::id)
                    .containsExactly(regional.getId());
            assertThat(progress.lifecycle("utrecht", REGION_LED, regional.getId())).isPresent();
            assertThat(status("amersfoort")).as("the region serves every member that leaves the measure to it")
                    .isEqualTo(ProgressStatus.IN_PROGRESS);

            ArrayList<Object> written = new ArrayList<>(List.of("utrecht", new Unreadable()));
            CrossTenant.run(engine.getRuntimeService(), () -> engine.getRuntimeService()
                    .setVariable(regional.getId(), MeasureVariables.SERVED_GEMEENTEN, written));

            assertThat(status("utrecht")).isEqualTo(ProgressStatus.NOT_STARTED);
            assertThat(status("amersfoort")).isEqualTo(ProgressStatus.NOT_STARTED);
            assertThat(progress.lifecycles("utrecht", REGION_LED)).isEmpty();
            assertThat(progress.lifecycle("utrecht", REGION_LED, regional.getId())).isEmpty();
            assertThat(progress.progress("utrecht")).isNotEmpty()
                    .noneMatch(measure -> measure.status() == ProgressStatus.UNREADABLE);
            assertThat(log).contains("Lifecycle " + regional.getId() + " in vr-utrecht: 'servedGemeenten' is not"
                    + " readable");
        } finally {
            engine.getRuntimeService().deleteProcessInstance(regional.getId(), "test finished");
        }
    }

    private ProgressStatus status(String gemeente) {
        return progress.progress(gemeente).stream().filter(measure -> measure.ref().equals(REGION_LED)).findFirst()
                .orElseThrow().status();
    }

    /** Serializable, but never read back: as a value of a class that is gone or changed. */
    static final class Unreadable implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        @Serial
        private void readObject(ObjectInputStream in) throws IOException {
            throw new InvalidObjectException("no longer readable");
        }
    }
}
