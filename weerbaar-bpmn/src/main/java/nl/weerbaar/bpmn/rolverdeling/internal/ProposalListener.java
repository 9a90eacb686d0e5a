package nl.weerbaar.bpmn.rolverdeling.internal;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.forms.FormBinder;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.FormViolation;
import nl.weerbaar.bpmn.forms.TaskForm;
import nl.weerbaar.bpmn.process.Reminder;
import nl.weerbaar.bpmn.rolverdeling.RolverdelingForms;
import nl.weerbaar.bpmn.rolverdeling.RolverdelingStatus;
import nl.weerbaar.bpmn.routing.MeasureRoute;
import nl.weerbaar.bpmn.routing.MeasureRoutes;
import nl.weerbaar.bpmn.routing.RecordedAgreements;
import nl.weerbaar.bpmn.routing.RouteSource;
import nl.weerbaar.core.catalog.Party;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import static nl.weerbaar.bpmn.rolverdeling.RolverdelingVariables.*;

/**
 * Turns the recorded choice into parties of the gemeente's catalog — each named by its code or its name — and the
 * rolverdeling both parties will confirm. Refuses, leaving the task open, a party the catalog does not know, the
 * responsible party among the supporting ones, a choice of the gemeente or the region when the catalog lacks that
 * party, an agreement dated in the future, and one dated before the agreement that holds now (in the overlay or
 * recorded here): the most recent agreement wins, so an older one would take effect without ever holding. Runs
 * after the form's own validation.
 */
public final class ProposalListener implements TaskListener {

    /** The name under which models find this listener. */
    public static final String BEAN_NAME = "weerbaarRolverdelingVoorstel";

    private final TenantCatalogs catalogs;
    private final MeasureRoutes routes;
    private final ZoneId zone;

    public ProposalListener(TenantCatalogs catalogs, MeasureRoutes routes, ZoneId zone) {
        this.catalogs = catalogs;
        this.routes = routes;
        this.zone = zone;
    }

    @Override
    public void notify(DelegateTask task) {
        RolverdelingForms.Proposal form = FormBinder.bind(RolverdelingForms.Proposal.class, task.getVariables()).form();
        EffectiveCatalog catalog = catalogs.forTenant(task.getTenantId());
        List<FormViolation> violations = new ArrayList<>();
        Party responsible;
        if (form.responsibleChoice() == RolverdelingForms.ResponsibleChoice.ANDERE_PARTIJ) {
            responsible = find(catalog, form.otherParty()).orElse(null);
            if (responsible == null) {
                violations.add(violation(OTHER_PARTY, "de catalogus van " + task.getTenantId() + " kent geen partij '"
                        + form.otherParty().strip() + "'; " + known(catalog)));
            }
        } else {
            String code = form.responsibleChoice() == RolverdelingForms.ResponsibleChoice.GEMEENTE
                    ? MeasureRoutes.GEMEENTEN : MeasureRoutes.VEILIGHEIDSREGIOS;
            responsible = catalog.findParty(code).orElse(null);
            if (responsible == null) {
                violations.add(violation(RESPONSIBLE_CHOICE, "de catalogus van " + task.getTenantId() + " kent geen"
                        + " partij '" + code + "'; kies \"Een andere partij\" en noem die; " + known(catalog)));
            }
        }
        List<Party> supporting = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String entered : entries(form.supportingEntered())) {
            find(catalog, entered).ifPresentOrElse(party -> {
                if (!supporting.contains(party)) {
                    supporting.add(party);
                }
            }, () -> unknown.add(entered));
        }
        if (!unknown.isEmpty()) {
            violations.add(violation(SUPPORTING_ENTERED, "de catalogus van " + task.getTenantId() + " kent "
                    + (unknown.size() == 1 ? "geen partij '" : "de partijen niet: '") + String.join("', '", unknown)
                    + "'; " + known(catalog)));
        }
        if (responsible != null && supporting.contains(responsible)) {
            violations.add(violation(SUPPORTING_ENTERED, responsible.name() + " is eindverantwoordelijk en kan niet"
                    + " ook ondersteunen"));
        }
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
        if (form.agreementDate().isAfter(today)) {
            violations.add(violation(AGREEMENT_DATE, "ligt in de toekomst; leg een afspraak vast als zij gemaakt is"));
        }
        MeasureRoute current = routes.route(task.getProcessEngineServices().getRuntimeService(), task.getTenantId(),
                (String) task.getVariable(MEASURE_REF));
        current.findAgreement().filter(holding -> form.agreementDate().isBefore(holding.date()))
                .ifPresent(holding -> violations.add(violation(AGREEMENT_DATE, "ligt vóór de afspraak die nu geldt: '"
                        + holding.reference() + "' van " + Reminder.day(holding.date()) + ", "
                        + (current.source() == RouteSource.OVERLAY ? "in de overlay van " + task.getTenantId()
                        : "vastgelegd in " + RecordedAgreements.PROCESS_KEY) + "; een nieuwe afspraak vervangt"
                        + " alleen een oudere. Geef de datum waarop de afspraak gemaakt is, of pas eerst de"
                        + " nieuwere afspraak aan")));
        if (!violations.isEmpty()) {
            throw new FormValidationException(RolverdelingForms.Proposal.class.getAnnotation(TaskForm.class).title(),
                    violations);
        }
        task.setVariable(RESPONSIBLE, responsible.code());
        task.setVariable(SUPPORTING, supporting.stream().map(Party::code).collect(Collectors.joining(",")));
        task.setVariable(PROPOSAL, "Eindverantwoordelijk: " + responsible.name() + "; ondersteunend: "
                + (supporting.isEmpty() ? "–" : supporting.stream().map(Party::name).collect(Collectors.joining(", ")))
                + "; afspraak '" + form.agreementReference().strip() + "' van "
                + Reminder.day(form.agreementDate()));
        task.setVariable(STATUS, RolverdelingStatus.BEVESTIGING_GEMEENTE.name());
    }

    /** A party by its code or its name, in any case. */
    private static Optional<Party> find(EffectiveCatalog catalog, String entered) {
        String wanted = entered.strip().toLowerCase(Locale.ROOT);
        return catalog.parties().stream().filter(p -> p.code().equals(wanted)
                || p.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** Parties as entered: separated by commas, semicolons or line breaks (names may hold spaces). */
    private static List<String> entries(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\n]+")).map(String::strip).filter(e -> !e.isEmpty()).distinct()
                .toList();
    }

    private static String known(EffectiveCatalog catalog) {
        return "kies uit " + catalog.parties().stream().map(Party::code).collect(Collectors.joining(", "));
    }

    private static FormViolation violation(String field, String message) {
        return new FormViolation(field, FormBinder.label(RolverdelingForms.Proposal.class, field), message);
    }
}
