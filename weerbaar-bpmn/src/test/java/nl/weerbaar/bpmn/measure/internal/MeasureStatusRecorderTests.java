package nl.weerbaar.bpmn.measure.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A status name the model sets that is none is refused before anything is written, naming the known ones (the known
 * statuses being written: {@code MeasureProcessTests}).
 */
class MeasureStatusRecorderTests {

    @Test
    void refusesAStatusNameThatIsNoneNamingTheKnownOnes() {
        assertThatThrownBy(() -> new MeasureStatusRecorder().set(null, "KLAAR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the model sets measure status 'KLAAR', which is none; known: [INTAKE,"
                        + " NIET_VAN_TOEPASSING_TER_BEOORDELING, NIET_VAN_TOEPASSING, IN_UITVOERING, TER_BEOORDELING,"
                        + " AFGEROND, HERBEOORDELING]");
    }
}
