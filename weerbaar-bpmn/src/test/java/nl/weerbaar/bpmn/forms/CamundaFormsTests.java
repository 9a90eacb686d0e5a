package nl.weerbaar.bpmn.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.weerbaar.bpmn.measure.MeasureForms;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A form record renders to a Camunda Form whose rules are the record's: the same required fields, the same
 * choices, read-only context above.
 */
class CamundaFormsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void rendersTheIntakeFormWithContextChoicesAndRules() throws Exception {
        JsonNode form = JSON.readTree(CamundaForms.render(MeasureForms.Intake.class));

        assertThat(form.get("id").asText()).isEqualTo("weerbaar-maatregel-intake");
        assertThat(form.get("schemaVersion").asInt()).isEqualTo(CamundaForms.SCHEMA_VERSION);
        List<String> keys = new ArrayList<>();
        form.get("components").forEach(c -> keys.add(c.path("key").asText("")));
        assertThat(keys).containsExactly("", "measureRef", "measureTitle", "measureText", "pillarName", "phases",
                "responsible", "partners", "rolverdeling", "applicability", "owner", "dueDate", "notApplicableReason");
        JsonNode applicability = component(form, "applicability");
        assertThat(applicability.get("type").asText()).isEqualTo("radio");
        assertThat(applicability.at("/validate/required").asBoolean()).isTrue();
        assertThat(applicability.get("values").toString()).isEqualTo("[{\"label\":\"Van toepassing\",\"value\":"
                + "\"VAN_TOEPASSING\"},{\"label\":\"Niet van toepassing\",\"value\":\"NIET_VAN_TOEPASSING\"}]");
        assertThat(component(form, "owner").at("/validate/maxLength").asInt()).isEqualTo(200);
        assertThat(component(form, "dueDate").get("subtype").asText()).isEqualTo("date");
        assertThat(component(form, "measureText").get("readonly").asBoolean()).isTrue();
        assertThat(component(form, "notApplicableReason").get("type").asText()).isEqualTo("textarea");
    }

    @Test
    void marksExactlyTheFieldsTheRecordRequires() throws Exception {
        JsonNode form = JSON.readTree(CamundaForms.render(MeasureForms.Plan.class));

        assertThat(component(form, "plan").at("/validate/required").asBoolean()).isTrue();
        JsonNode evidence = JSON.readTree(CamundaForms.render(MeasureForms.Evidence.class));
        assertThat(component(evidence, "evidenceLinks").at("/validate/required").isMissingNode()).isTrue();
    }

    @Test
    void noTextFieldTakesMoreThanTheEngineStores() throws Exception {
        JsonNode evidence = JSON.readTree(CamundaForms.render(MeasureForms.Evidence.class));
        assertThat(component(evidence, "evidenceLinks").at("/validate/maxLength").asInt())
                .as("a text without its own limit").isEqualTo(FormBinder.STORED_TEXT_MAX);

        assertThatThrownBy(() -> CamundaForms.render(TooLong.class)).isInstanceOf(IllegalStateException.class)
                .hasMessage("TooLong.story allows 5000 characters; the engine stores at most 4000 in a text variable");
    }

    @TaskForm(id = "test-too-long", title = "Te lang")
    record TooLong(@Field(label = "Verhaal") @jakarta.validation.constraints.Size(max = 5000) String story) {
    }

    @Test
    void rendersAMomentAsADateAndTimeFieldWithItsOffset() throws Exception {
        JsonNode form = JSON.readTree(CamundaForms.render(nl.weerbaar.bpmn.crisis.CrisisForms.Decision.class));

        JsonNode decidedAt = component(form, "decidedAt");
        assertThat(decidedAt.get("type").asText()).isEqualTo("datetime");
        assertThat(decidedAt.get("subtype").asText()).isEqualTo("datetime");
        assertThat(decidedAt.get("dateLabel").asText()).isEqualTo("Genomen op");
        assertThat(decidedAt.get("timeSerializingFormat").asText()).isEqualTo("utc_offset");
        assertThat(decidedAt.get("use24h").asBoolean()).isTrue();
        assertThat(decidedAt.has("validate")).as("optional: empty means now").isFalse();
    }

    private static JsonNode component(JsonNode form, String key) {
        for (JsonNode component : form.get("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError("no component " + key);
    }
}
