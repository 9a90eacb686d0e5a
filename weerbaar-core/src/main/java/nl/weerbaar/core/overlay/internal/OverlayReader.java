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

import nl.weerbaar.core.catalog.SourceLocation;

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

        OverlayDocument header = reader.readObject(root, OverlayDocument.class, "parties", "measures", "localMeasures");
        List<PartyDocument> parties = reader.readList(root.key("parties"), PartyDocument.class);
        List<AdaptationDocument> adaptations = reader.readList(root.key("measures"), AdaptationDocument.class);
        List<LocalMeasureDocument> locals = reader.readList(root.key("localMeasures"), LocalMeasureDocument.class);

        reader.validate(header, root);
        reader.validateEach(parties, root.key("parties"));
        reader.validateEach(adaptations, root.key("measures"));
        reader.validateEach(locals, root.key("localMeasures"));
        OverlayDocument checked = header != null ? header : OverlayDocument.onlyUrn(yaml.text(root.key("urn")));
        check(checked.withLists(parties, adaptations, locals), violations);
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
        return new Overlay(header.urn(), header.title(), header.target(), yaml.source(),
                yaml.locate(root.key("target")), partyList, partyLocations, adaptationList, localList);
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
                    && adaptation.localOwner() == null && orEmpty(adaptation.addPartners()).isEmpty()) {
                violations.add(path, "changes nothing; set applicable, localPriority, localOwner or addPartners");
            }
            CatalogRules.checkPartyCodes(adaptation.addPartners(), null, path.key("addPartners"), violations);
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
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
