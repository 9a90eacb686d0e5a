package nl.weerbaar.core.overlay.internal;

import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.catalog.Party;
import nl.weerbaar.core.catalog.internal.CatalogMapper;
import nl.weerbaar.core.catalog.internal.CatalogRules;
import nl.weerbaar.core.catalog.internal.DocumentReader;
import nl.weerbaar.core.catalog.internal.NodePath;
import nl.weerbaar.core.catalog.internal.PartyDocument;
import nl.weerbaar.core.catalog.internal.Violations;
import nl.weerbaar.core.catalog.internal.YamlDocument;
import nl.weerbaar.core.overlay.Adaptation;
import nl.weerbaar.core.overlay.LocalMeasure;
import nl.weerbaar.core.overlay.Overlay;
import nl.weerbaar.core.overlay.PillarChoice;
import nl.weerbaar.core.overlay.ScenarioAdjustment;

import nl.weerbaar.core.catalog.SourceLocation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Reads one overlay file and checks what can be checked without its target catalog; references into the target
 * are checked when overlays are merged.
 */
public final class OverlayReader {

    private static final Set<String> LOCAL_MEASURE_FIELDS = Set.of("urn", "ref", "pillar", "title", "text",
            "phases", "responsible", "partners");
    /** A local measure has no partners remark: a gemeente writes its own partners as a list. */
    private static final Set<String> LOCAL_MEASURE_TRANSLATABLE = Set.of("title", "text");

    private OverlayReader() {
    }

    public static Overlay read(CatalogResource resource) {
        YamlDocument yaml = YamlDocument.read(resource);
        Violations violations = new Violations(yaml);
        DocumentReader reader = new DocumentReader(violations);
        NodePath root = NodePath.root();

        OverlayDocument header = reader.readObject(root, OverlayDocument.class, "parties", "measures", "localMeasures",
                "pillars", "scenarios");
        List<PartyDocument> parties = reader.readList(root.key("parties"), PartyDocument.class);
        List<AdaptationDocument> adaptations = reader.readList(root.key("measures"), AdaptationDocument.class);
        List<LocalMeasureDocument> locals = reader.readList(root.key("localMeasures"), LocalMeasureDocument.class);
        List<PillarChoiceDocument> pillars = reader.readList(root.key("pillars"), PillarChoiceDocument.class);
        List<ScenarioAdjustmentDocument> scenarios = reader.readList(root.key("scenarios"),
                ScenarioAdjustmentDocument.class);

        reader.validate(header, root);
        reader.validateEach(parties, root.key("parties"));
        reader.validateEach(adaptations, root.key("measures"));
        reader.validateEach(locals, root.key("localMeasures"));
        reader.validateEach(pillars, root.key("pillars"));
        reader.validateEach(scenarios, root.key("scenarios"));
        OverlayDocument checked = header != null ? header : OverlayDocument.onlyUrn(yaml.text(root.key("urn")));
        check(checked.withLists(parties, adaptations, locals, pillars, scenarios), violations);
        violations.throwIfAny();

        List<Party> partyList = orEmpty(parties).stream().map(CatalogMapper.INSTANCE::toParty).toList();
        Map<String, SourceLocation> partyLocations = new HashMap<>();
        for (int i = 0; i < partyList.size(); i++) {
            partyLocations.put(partyList.get(i).code(), yaml.locate(root.key("parties").index(i)));
        }
        List<Adaptation> adaptationList = new ArrayList<>();
        for (int i = 0; i < orEmpty(adaptations).size(); i++) {
            adaptationList.add(OverlayMapper.INSTANCE.toAdaptation(adaptations.get(i),
                    yaml.locate(root.key("measures").index(i))));
        }
        List<LocalMeasure> localList = new ArrayList<>();
        for (int i = 0; i < orEmpty(locals).size(); i++) {
            localList.add(OverlayMapper.INSTANCE.toLocalMeasure(locals.get(i),
                    yaml.locate(root.key("localMeasures").index(i))));
        }
        List<PillarChoice> choices = new ArrayList<>();
        for (int i = 0; i < orEmpty(pillars).size(); i++) {
            choices.add(new PillarChoice(pillars.get(i).number(), pillars.get(i).authority().strip(),
                    yaml.locate(root.key("pillars").index(i))));
        }
        List<ScenarioAdjustment> adjustments = new ArrayList<>();
        for (int i = 0; i < orEmpty(scenarios).size(); i++) {
            ScenarioAdjustmentDocument scenario = scenarios.get(i);
            NodePath path = root.key("scenarios").index(i);
            adjustments.add(new ScenarioAdjustment(scenario.code(), changes(yaml, scenario.add(), path.key("add")),
                    changes(yaml, scenario.remove(), path.key("remove")), yaml.locate(path)));
        }
        return new Overlay(header.urn(), header.title(), header.target(), yaml.source(),
                yaml.locate(root.key("target")), partyList, partyLocations, adaptationList, localList, choices,
                adjustments);
    }

    private static List<ScenarioAdjustment.Change> changes(YamlDocument yaml,
                                                           List<ScenarioAdjustmentDocument.ChangeDocument> documents,
                                                           NodePath path) {
        List<ScenarioAdjustment.Change> changes = new ArrayList<>();
        for (int i = 0; i < orEmpty(documents).size(); i++) {
            changes.add(new ScenarioAdjustment.Change(documents.get(i).ref().strip(),
                    documents.get(i).reason().strip(), yaml.locate(path.index(i))));
        }
        return changes;
    }

    private static void check(OverlayDocument overlay, Violations violations) {
        List<AdaptationDocument> adaptations = orEmpty(overlay.measures());
        for (int i = 0; i < adaptations.size(); i++) {
            AdaptationDocument adaptation = adaptations.get(i);
            if (adaptation == null) {
                continue;
            }
            NodePath path = NodePath.of("measures", i);
            if (Boolean.FALSE.equals(adaptation.applicable()) && adaptation.reason() == null) {
                violations.add(path.key("reason"), "a measure marked applicable: false needs a reason");
            }
            if (adaptation.reason() != null && !Boolean.FALSE.equals(adaptation.applicable())) {
                violations.add(path.key("reason"), "reason is only used together with applicable: false");
            }
            if (adaptation.applicable() == null && adaptation.localPriority() == null
                    && adaptation.localOwner() == null && orEmpty(adaptation.addPartners()).isEmpty()
                    && adaptation.rolverdeling() == null) {
                violations.add(path, "changes nothing; set applicable, localPriority, localOwner, addPartners or"
                        + " rolverdeling");
            }
            CatalogRules.checkPartyCodes(adaptation.addPartners(), null, path.key("addPartners"), violations);
            checkRolverdeling(adaptation.rolverdeling(), path.key("rolverdeling"), violations);
        }
        CatalogRules.unique(adaptations, AdaptationDocument::ref, NodePath.of("measures"), "ref",
                "adaptation of measure", violations);

        List<LocalMeasureDocument> locals = orEmpty(overlay.localMeasures());
        String urnPrefix = overlay.urn() == null ? null : overlay.urn() + ":measure:";
        for (int i = 0; i < locals.size(); i++) {
            LocalMeasureDocument local = locals.get(i);
            if (local == null) {
                continue;
            }
            NodePath path = NodePath.of("localMeasures", i);
            if (urnPrefix != null && local.urn() != null && !local.urn().startsWith(urnPrefix)) {
                violations.add(path.key("urn"), "a local measure's URN must start with the overlay's URN followed by"
                        + " ':measure:' (" + urnPrefix + "...)");
            }
            CatalogRules.checkPhases(local.phases(), path.key("phases"), violations);
            CatalogRules.checkPartyCodes(local.responsible(), null, path.key("responsible"), violations);
            CatalogRules.checkPartyCodes(local.partners(), null, path.key("partners"), violations);
            CatalogRules.checkProvenanceKeys(local.provenance(), LOCAL_MEASURE_FIELDS, path, violations);
            CatalogRules.checkTranslations(local.translations(), LOCAL_MEASURE_TRANSLATABLE, path, violations);
        }
        CatalogRules.unique(locals, LocalMeasureDocument::urn, NodePath.of("localMeasures"), "urn", "URN",
                violations);
        CatalogRules.unique(locals, LocalMeasureDocument::ref, NodePath.of("localMeasures"), "ref", "ref",
                violations);

        List<PartyDocument> parties = orEmpty(overlay.parties());
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i) != null) {
                CatalogRules.checkTranslations(parties.get(i).translations(), CatalogRules.PARTY_TRANSLATABLE,
                        NodePath.of("parties", i), violations);
            }
        }
        CatalogRules.unique(parties, PartyDocument::code, NodePath.of("parties"), "code", "party code", violations);
        CatalogRules.unique(orEmpty(overlay.pillars()), PillarChoiceDocument::number, NodePath.of("pillars"),
                "number", "choice of bevoegd gezag for pillar", violations);
        checkScenarios(orEmpty(overlay.scenarios()), violations);
    }

    /**
     * The rules of scenario adjustments that need neither the catalog nor the scenario file: each scenario adjusted
     * once, each adjustment changes something, and no measure is both added and taken out or named twice.
     */
    private static void checkScenarios(List<ScenarioAdjustmentDocument> scenarios, Violations violations) {
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioAdjustmentDocument scenario = scenarios.get(i);
            if (scenario == null) {
                continue;
            }
            NodePath path = NodePath.of("scenarios", i);
            List<ScenarioAdjustmentDocument.ChangeDocument> add = orEmpty(scenario.add());
            List<ScenarioAdjustmentDocument.ChangeDocument> remove = orEmpty(scenario.remove());
            if (add.isEmpty() && remove.isEmpty()) {
                violations.add(path, "changes nothing; list measures under add or remove");
            }
            CatalogRules.unique(add, ScenarioAdjustmentDocument.ChangeDocument::ref, path.key("add"), "ref",
                    "measure in add of scenario " + scenario.code(), violations);
            CatalogRules.unique(remove, ScenarioAdjustmentDocument.ChangeDocument::ref, path.key("remove"), "ref",
                    "measure in remove of scenario " + scenario.code(), violations);
            for (int j = 0; j < remove.size(); j++) {
                String ref = remove.get(j) == null ? null : remove.get(j).ref();
                if (ref != null && add.stream().anyMatch(a -> a != null && ref.equals(a.ref()))) {
                    violations.add(path.key("remove").index(j).key("ref"), "measure " + ref + " is both added to"
                            + " and removed from scenario " + scenario.code());
                }
            }
        }
        CatalogRules.unique(scenarios, ScenarioAdjustmentDocument::code, NodePath.of("scenarios"), "code",
                "adjustment of scenario", violations);
    }

    /**
     * The rules of a rolverdeling that need no catalog: codes well-formed, the responsible party not also among
     * the supporting ones, no party twice, no confirmation before the agreement was made, and no day after today:
     * the most recent agreement wins, so a mistyped year would override every later one.
     */
    private static void checkRolverdeling(AdaptationDocument.RolverdelingDocument roles, NodePath path,
                                          Violations violations) {
        if (roles == null) {
            return;
        }
        CatalogRules.checkPartyCodes(roles.supporting(), null, path.key("supporting"), violations);
        List<String> supporting = orEmpty(roles.supporting());
        for (int i = 0; i < supporting.size(); i++) {
            if (supporting.get(i) != null && supporting.get(i).equals(roles.responsible())) {
                violations.add(path.key("supporting").index(i), "'" + roles.responsible() + "' is the responsible"
                        + " party; it cannot also be a supporting one");
            }
        }
        AdaptationDocument.AgreementDocument agreement = roles.agreement();
        if (agreement == null) {
            return;
        }
        NodePath at = path.key("agreement");
        notAfterToday(agreement.date(), at.key("date"), "an agreement is recorded once it is made", violations);
        notAfterToday(agreement.confirmedByGemeente(), at.key("confirmedByGemeente"),
                "a confirmation is recorded once it is given", violations);
        notAfterToday(agreement.confirmedByVeiligheidsregio(), at.key("confirmedByVeiligheidsregio"),
                "a confirmation is recorded once it is given", violations);
        if (agreement.date() != null) {
            if (agreement.confirmedByGemeente() != null && agreement.confirmedByGemeente().isBefore(agreement.date())) {
                violations.add(at.key("confirmedByGemeente"), "is before the agreement's date "
                        + agreement.date() + "; an agreement is confirmed when or after it is made");
            }
            if (agreement.confirmedByVeiligheidsregio() != null
                    && agreement.confirmedByVeiligheidsregio().isBefore(agreement.date())) {
                violations.add(at.key("confirmedByVeiligheidsregio"), "is before the agreement's"
                        + " date " + agreement.date() + "; an agreement is confirmed when or after it is made");
            }
        }
    }

    /**
     * Refuses a day after today. Today is the date where the day begins first (UTC+14), so that no day counts as
     * the future anywhere it already is today.
     */
    private static void notAfterToday(LocalDate day, NodePath path, String rule, Violations violations) {
        if (day != null && day.isAfter(LocalDate.now(ZoneOffset.ofHours(14)))) {
            violations.add(path, "is " + day + ", in the future; " + rule + " (is the year right?)");
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
