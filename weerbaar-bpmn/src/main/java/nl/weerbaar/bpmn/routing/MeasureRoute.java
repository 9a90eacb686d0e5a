package nl.weerbaar.bpmn.routing;

import nl.weerbaar.core.catalog.Party;
import nl.weerbaar.core.overlay.Rolverdeling;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a measure is worked for one gemeente: who is eindverantwoordelijk and who supports, who therefore carries
 * out its lifecycle and in which tenant, and the agreement behind it.
 *
 * @param gemeente        the gemeente the measure is for
 * @param ref             the measure
 * @param responsible     the eindverantwoordelijke party
 * @param supporting      the parties that support
 * @param executor        who carries out the lifecycle
 * @param executingTenant the tenant its tasks run in: the gemeente's, or its region's
 * @param agreement       the agreement behind it; {@code null} when the catalog's own division holds
 * @param source          where this division comes from
 * @param remark          a Dutch remark when the route differs from what the division says (no region configured),
 *                        else {@code null}
 */
public record MeasureRoute(String gemeente, String ref, Party responsible, List<Party> supporting, Executor executor,
                           String executingTenant, Rolverdeling.Agreement agreement, RouteSource source,
                           String remark) {

    private static final DateTimeFormatter DUTCH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl"));

    public MeasureRoute {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(executingTenant, "executingTenant");
        Objects.requireNonNull(source, "source");
        supporting = supporting == null ? List.of() : List.copyOf(supporting);
    }

    /** Whether the region works the measure for the gemeente, in the region's tenant. */
    public boolean regionLed() {
        return executor == Executor.VEILIGHEIDSREGIO && !executingTenant.equals(gemeente);
    }

    public Optional<Rolverdeling.Agreement> findAgreement() {
        return Optional.ofNullable(agreement);
    }

    /**
     * One Dutch line for forms and messages, e.g. "Eindverantwoordelijk: Veiligheidsregio's (uitvoering in
     * vr-utrecht); ondersteunend: Gemeenten, GHOR; afspraak 'AB-2026-04' van 15 januari 2026".
     */
    public String describe() {
        StringBuilder text = new StringBuilder("Eindverantwoordelijk: ").append(responsible.name());
        if (regionLed()) {
            text.append(" (uitvoering in ").append(executingTenant).append(")");
        }
        if (!supporting.isEmpty()) {
            text.append("; ondersteunend: ").append(supporting.stream().map(Party::name)
                    .collect(Collectors.joining(", ")));
        }
        if (agreement != null) {
            text.append("; afspraak '").append(agreement.reference()).append("' van ")
                    .append(DUTCH_DAY.format(agreement.date()));
        } else {
            text.append("; zoals de handreiking het noemt, zonder lokale afspraak");
        }
        if (remark != null) {
            text.append(". ").append(remark);
        }
        return text.toString();
    }
}
