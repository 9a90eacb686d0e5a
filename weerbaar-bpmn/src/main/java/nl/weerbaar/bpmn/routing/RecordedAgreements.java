package nl.weerbaar.bpmn.routing;

import nl.weerbaar.bpmn.keys.RunningKeyRecord;
import nl.weerbaar.bpmn.tenant.CrossTenant;
import nl.weerbaar.core.catalog.Party;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.core.overlay.Rolverdeling;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The agreements in force that the process {@code weerbaar-rolverdeling} recorded: an instance that both parties
 * confirmed waits, with status {@value #IN_FORCE}, until a newer agreement for the same gemeente and measure
 * replaces it. This class owns how such an agreement is kept in the engine, so that routing can read it without
 * depending on the process.
 */
public final class RecordedAgreements {

    /** The process that records and confirms agreements. */
    public static final String PROCESS_KEY = "weerbaar-rolverdeling";

    // The variables of an instance of the process, as it leaves them once the agreement is in force.
    public static final String MEASURE_REF = "measureRef";
    public static final String STATUS = "rolverdelingStatus";
    /** The status of an agreement both parties confirmed, until a newer one replaces it. */
    public static final String IN_FORCE = "VAN_KRACHT";
    public static final String RESPONSIBLE = "responsibleParty";
    /** The supporting parties' codes, separated by commas. */
    public static final String SUPPORTING = "supportingParties";
    public static final String AGREEMENT_DATE = "agreementDate";
    public static final String AGREEMENT_REFERENCE = "agreementReference";
    /** The day the gemeente confirmed (a Date, from the engine's clock). */
    public static final String CONFIRMED_BY_GEMEENTE = "confirmedByGemeente";
    /** The day the veiligheidsregio confirmed (a Date, from the engine's clock). */
    public static final String CONFIRMED_BY_REGION = "confirmedByVeiligheidsregio";

    private final ZoneId zone;

    public RecordedAgreements(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The business key of a gemeente's rolverdeling of a measure. */
    public static String businessKey(String gemeente, String ref) {
        return gemeente + ":rolverdeling:" + ref;
    }

    /**
     * The business key of the gemeente's agreement in force on a measure: the instance takes it when it takes
     * effect, so that one is recorded and one is in force at a time, each "one per" key guaranteed by the engine.
     */
    public static String inForceBusinessKey(String gemeente, String ref) {
        return businessKey(gemeente, ref) + ":van-kracht";
    }

    /** The instance holding the agreement in force for the gemeente and measure, if there is one. */
    public Optional<ProcessInstance> inForce(RuntimeService runtime, String gemeente, String ref) {
        String key = inForceBusinessKey(gemeente, ref);
        // Most measures of most gemeenten have none: the record of running keys says so in one read by primary key.
        if (!CrossTenant.call(runtime, () -> RunningKeyRecord.mayRun(PROCESS_KEY, gemeente, key))) {
            return Optional.empty();
        }
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).tenantIdIn(gemeente)
                .processInstanceBusinessKey(key).variableValueEquals(STATUS, IN_FORCE)
                .active().list().stream().findFirst();
    }

    /**
     * The agreement in force for the gemeente and measure, its parties resolved in the gemeente's catalog; empty
     * when there is none, or when the catalog no longer knows a party it names.
     */
    public Optional<Rolverdeling> find(RuntimeService runtime, EffectiveCatalog catalog, String gemeente, String ref) {
        return inForce(runtime, gemeente, ref).flatMap(instance -> toRolverdeling(
                runtime.getVariables(instance.getId()), catalog));
    }

    /**
     * The rolverdeling an instance's variables record — its parties resolved in the gemeente's catalog, its days
     * those of the engine's time zone; empty when the catalog does not know a party it names.
     */
    public Optional<Rolverdeling> toRolverdeling(Map<String, Object> variables, EffectiveCatalog catalog) {
        Optional<Party> responsible = catalog.findParty(String.valueOf(variables.get(RESPONSIBLE)));
        List<Optional<Party>> supporting = codes(variables.get(SUPPORTING)).stream().map(catalog::findParty).toList();
        if (responsible.isEmpty() || supporting.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(new Rolverdeling(responsible.get(), supporting.stream().map(Optional::get).toList(),
                new Rolverdeling.Agreement(day(variables.get(AGREEMENT_DATE)),
                        String.valueOf(variables.get(AGREEMENT_REFERENCE)), day(variables.get(CONFIRMED_BY_GEMEENTE)),
                        day(variables.get(CONFIRMED_BY_REGION)))));
    }

    /** Codes as the form gives them: separated by commas, semicolons or white space. */
    public static List<String> codes(Object text) {
        if (text == null || text.toString().isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.toString().split("[,;\\s]+")).filter(c -> !c.isEmpty()).distinct().toList();
    }

    private LocalDate day(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone).toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        String text = String.valueOf(value);
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }
}
