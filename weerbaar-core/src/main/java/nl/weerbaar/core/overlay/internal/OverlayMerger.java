package nl.weerbaar.core.overlay.internal;

import nl.weerbaar.core.catalog.Basis;
import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogViolation;
import nl.weerbaar.core.catalog.Measure;
import nl.weerbaar.core.catalog.MeasureId;
import nl.weerbaar.core.catalog.Party;
import nl.weerbaar.core.catalog.Pillar;
import nl.weerbaar.core.catalog.Provenance;
import nl.weerbaar.core.catalog.SourceLocation;
import nl.weerbaar.core.overlay.Adaptation;
import nl.weerbaar.core.overlay.Applicability;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.core.overlay.EffectiveMeasure;
import nl.weerbaar.core.overlay.LocalMeasure;
import nl.weerbaar.core.overlay.Overlay;
import nl.weerbaar.core.overlay.PillarChoice;
import nl.weerbaar.core.overlay.ScenarioAdjustment;
import nl.weerbaar.core.overlay.Rolverdeling;
import nl.weerbaar.core.overlay.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Applies overlays to a catalog. Every reference is checked against the catalog and every pair of overlays for
 * disagreement first; the effective catalog is built only when nothing is wrong, so it is never half-applied.
 */
public final class OverlayMerger {

    private static final List<String> GUIDE_FIELDS = List.of("urn", "ref", "pillar", "rank", "mostCrucial", "title",
            "text", "phases", "responsible", "partners");

    private final Catalog catalog;
    private final List<Overlay> overlays;
    private final List<CatalogViolation> violations = new ArrayList<>();
    private final Map<String, Party> parties = new LinkedHashMap<>();
    /** Who defined each party, for messages: "catalog X (file)" or "overlay Y (file:line)". */
    private final Map<String, String> partyOrigins = new HashMap<>();

    private OverlayMerger(Catalog catalog, List<Overlay> overlays) {
        this.catalog = catalog;
        this.overlays = overlays;
    }

    public static EffectiveCatalog merge(Catalog catalog, List<Overlay> overlays) {
        return new OverlayMerger(catalog, List.copyOf(overlays)).merge();
    }

    private EffectiveCatalog merge() {
        for (Overlay overlay : overlays) {
            if (!overlay.target().equals(catalog.urn())) {
                violations.add(new CatalogViolation(overlay.targetLocation(), null, "target", "overlay "
                        + overlay.urn() + " targets " + overlay.target() + ", not " + catalog.urn()));
            }
        }
        collectParties();
        Map<Integer, Setting<String>> authorities = collectPillarChoices();
        Map<String, MeasureDecisions> decisions = collectAdaptations();
        List<EffectiveMeasure> locals = collectLocalMeasures(authorities);
        checkScenarioAdjustments(locals);
        if (!violations.isEmpty()) {
            throw new CatalogException(violations);
        }
        List<EffectiveMeasure> effective = new ArrayList<>(locals);
        for (Measure measure : catalog.measures()) {
            effective.add(decisions.getOrDefault(measure.ref(), new MeasureDecisions())
                    .apply(measure, authorities.get(measure.pillar().number())));
        }
        Map<Integer, String> chosen = new HashMap<>();
        authorities.forEach((pillar, setting) -> chosen.put(pillar, setting.value()));
        return new EffectiveCatalog(catalog, overlays, List.copyOf(parties.values()), effective, chosen);
    }

    /** A scenario adjustment names measures of the effective catalog: the guide's, or a local one of any overlay. */
    private void checkScenarioAdjustments(List<EffectiveMeasure> locals) {
        Set<String> known = new HashSet<>();
        catalog.measures().forEach(m -> known.add(m.ref()));
        locals.forEach(m -> known.add(m.ref()));
        for (Overlay overlay : overlays) {
            for (ScenarioAdjustment adjustment : overlay.scenarioAdjustments()) {
                for (ScenarioAdjustment.Change change : concat(adjustment.add(), adjustment.remove())) {
                    if (!known.contains(change.ref())) {
                        violations.add(new CatalogViolation(change.location(), change.ref(), "scenarios",
                                "scenario " + adjustment.scenario() + ": catalog " + catalog.urn()
                                        + " and its overlays have no measure " + change.ref()));
                    }
                }
            }
        }
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /**
     * The bevoegd gezag each overlay chose for a pillar: one of those the catalog names for it ("wethouder/
     * gemeentesecretaris"), the same in every overlay that chooses.
     */
    private Map<Integer, Setting<String>> collectPillarChoices() {
        Map<Integer, Setting<String>> chosen = new HashMap<>();
        for (Overlay overlay : overlays) {
            for (PillarChoice choice : overlay.pillarChoices()) {
                Pillar pillar = catalog.findPillar(choice.pillar()).orElse(null);
                if (pillar == null) {
                    violations.add(new CatalogViolation(choice.location(), null, "pillars", "catalog "
                            + catalog.urn() + " has no pillar " + choice.pillar()));
                    continue;
                }
                List<String> named = namedAuthorities(pillar.authority());
                String authority = named.stream().filter(a -> a.equalsIgnoreCase(choice.authority())).findFirst()
                        .orElse(null);
                if (authority == null) {
                    violations.add(new CatalogViolation(choice.location(), null, "pillars", "pillar "
                            + choice.pillar() + "'s bevoegd gezag is '" + pillar.authority() + "'; choose "
                            + (named.size() == 1 ? "'" + named.get(0) + "'" : "one of '" + String.join("', '", named)
                            + "'") + ", not '" + choice.authority() + "'"));
                    continue;
                }
                ValueSource source = new ValueSource(ValueSource.Kind.OVERLAY, overlay.urn(), choice.location(), null);
                Setting<String> earlier = chosen.putIfAbsent(choice.pillar(), new Setting<>(authority, source));
                if (earlier != null && !earlier.value().equals(authority)) {
                    violations.add(new CatalogViolation(choice.location(), null, "pillars", "conflicting overlays: "
                            + earlier.source().origin() + " (" + earlier.source().location() + ") chooses "
                            + earlier.value() + " as bevoegd gezag of pillar " + choice.pillar() + ", "
                            + overlay.urn() + " (" + choice.location() + ") chooses " + authority));
                }
            }
        }
        return chosen;
    }

    /** The authorities a pillar's bevoegd gezag names: "wethouder/gemeentesecretaris" names two. */
    static List<String> namedAuthorities(String authority) {
        return java.util.Arrays.stream(authority.split("\\s*(?:/|,|\\ben\\b)\\s*")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList();
    }

    private void collectParties() {
        catalog.parties().forEach(p -> {
            parties.put(p.code(), p);
            partyOrigins.put(p.code(), "catalog " + catalog.urn() + " (" + catalog.source() + ")");
        });
        for (Overlay overlay : overlays) {
            for (Party party : overlay.parties()) {
                SourceLocation location = overlay.partyLocations().getOrDefault(party.code(),
                        SourceLocation.startOf(overlay.source()));
                String origin = "overlay " + overlay.urn() + " (" + location + ")";
                Party known = parties.putIfAbsent(party.code(), party);
                if (known == null) {
                    partyOrigins.put(party.code(), origin);
                } else if (!known.name().equals(party.name())) {
                    violations.add(new CatalogViolation(location, null, "parties", "conflicting names for party '"
                            + party.code() + "': " + partyOrigins.get(party.code()) + " names it '" + known.name()
                            + "', " + origin + " names it '" + party.name() + "'"));
                }
            }
        }
    }

    private Map<String, MeasureDecisions> collectAdaptations() {
        Map<String, MeasureDecisions> decisions = new HashMap<>();
        for (Overlay overlay : overlays) {
            for (Adaptation adaptation : overlay.adaptations()) {
                if (catalog.measures().find(adaptation.ref()).isEmpty()) {
                    violations.add(new CatalogViolation(adaptation.location(), adaptation.ref(), "ref",
                            "catalog " + catalog.urn() + " has no measure " + adaptation.ref()));
                    continue;
                }
                checkPartyCodes(adaptation.addPartners(), adaptation.location(), adaptation.ref(), "addPartners");
                if (adaptation.rolverdeling() != null) {
                    Adaptation.AgreedRoles roles = adaptation.rolverdeling();
                    if (!parties.containsKey(roles.responsible())) {
                        violations.add(new CatalogViolation(adaptation.location(), adaptation.ref(),
                                "rolverdeling.responsible", "unknown party '" + roles.responsible() + "'; use a party"
                                + " of " + catalog.urn() + " or declare it under 'parties'"));
                    }
                    checkPartyCodes(roles.supporting(), adaptation.location(), adaptation.ref(),
                            "rolverdeling.supporting");
                }
                decisions.computeIfAbsent(adaptation.ref(), ref -> new MeasureDecisions()).add(overlay, adaptation);
            }
        }
        return decisions;
    }

    private List<EffectiveMeasure> collectLocalMeasures(Map<Integer, Setting<String>> authorities) {
        Map<String, String> byRef = new HashMap<>();
        Map<String, String> byUrn = new HashMap<>();
        Map<Integer, Integer> nextRank = new HashMap<>();
        for (Measure measure : catalog.measures()) {
            nextRank.merge(measure.pillar().number(), measure.rank() + 1, Math::max);
        }
        List<EffectiveMeasure> result = new ArrayList<>();
        for (Overlay overlay : overlays) {
            for (LocalMeasure local : overlay.localMeasures()) {
                int before = violations.size();
                if (catalog.measures().find(local.ref()).isPresent()) {
                    violations.add(new CatalogViolation(local.location(), local.ref(), "ref", "ref " + local.ref()
                            + " is already a measure of " + catalog.urn() + "; give the local measure its own ref"));
                }
                conflict(byRef, local.ref(), overlay, local, "ref");
                conflict(byUrn, local.urn(), overlay, local, "urn");
                Pillar pillar = catalog.findPillar(local.pillar()).orElse(null);
                if (pillar == null) {
                    violations.add(new CatalogViolation(local.location(), local.ref(), "pillar", "catalog "
                            + catalog.urn() + " has no pillar " + local.pillar()));
                }
                checkPartyCodes(local.responsible(), local.location(), local.ref(), "responsible");
                checkPartyCodes(local.partners(), local.location(), local.ref(), "partners");
                if (violations.size() > before) {
                    continue;
                }
                int rank = nextRank.merge(local.pillar(), 1, Integer::sum) - 1;
                Measure measure = new Measure(new MeasureId(local.urn()), local.ref(), pillar, rank, false,
                        local.title(), local.text(), local.phases(), parties(local.responsible()),
                        parties(local.partners()), local.provenance(), local.translations());
                Map<String, List<ValueSource>> provenance = new LinkedHashMap<>();
                ValueSource fromOverlay = new ValueSource(ValueSource.Kind.OVERLAY, overlay.urn(), local.location(),
                        null);
                GUIDE_FIELDS.forEach(field -> provenance.put(field, List.of(fromOverlay)));
                provenance.put("applicability", List.of(fromOverlay));
                provenance.put("localPriority", List.of(defaultValue()));
                provenance.put("localOwner", List.of(defaultValue()));
                provenance.put("rolverdeling", List.of(defaultValue()));
                Setting<String> authority = authorities.get(local.pillar());
                provenance.put("authority", List.of(authority == null ? fromPillar(pillar) : authority.source()));
                result.add(new EffectiveMeasure(measure, true, Applicability.APPLICABLE, null, null, null,
                        authority == null ? null : authority.value(), provenance));
            }
        }
        return result;
    }

    private void conflict(Map<String, String> seen, String key, Overlay overlay, LocalMeasure local, String field) {
        String origin = overlay.urn() + " (" + local.location() + ")";
        String earlier = seen.putIfAbsent(key, origin);
        if (earlier != null) {
            violations.add(new CatalogViolation(local.location(), local.ref(), field, "conflicting local measures:"
                    + " " + field + " '" + key + "' is added by " + earlier + " and by " + origin));
        }
    }

    private void checkPartyCodes(List<String> codes, SourceLocation location, String ref, String field) {
        for (int i = 0; i < codes.size(); i++) {
            if (!parties.containsKey(codes.get(i))) {
                violations.add(new CatalogViolation(location, ref, field + "[" + i + "]", "unknown party '"
                        + codes.get(i) + "'; use a party of " + catalog.urn() + " or declare it under 'parties'"));
            }
        }
    }

    private List<Party> parties(List<String> codes) {
        return codes.stream().map(parties::get).toList();
    }

    private ValueSource defaultValue() {
        return new ValueSource(ValueSource.Kind.DEFAULT, catalog.urn(), SourceLocation.startOf(catalog.source()),
                null);
    }

    private ValueSource fromPillar(Pillar pillar) {
        Provenance provenance = pillar.provenance().get("authority");
        SourceLocation location = SourceLocation.startOf(catalog.source());
        if (provenance == null) {
            return new ValueSource(ValueSource.Kind.SOURCE, catalog.urn(), location, null);
        }
        return new ValueSource(provenance.basis() == Basis.INFERRED ? ValueSource.Kind.INFERRED
                : ValueSource.Kind.EDITORIAL, catalog.urn(), location, provenance.reason());
    }

    private ValueSource fromCatalog(Measure measure, String field) {
        Provenance provenance = measure.provenance().get(field);
        SourceLocation location = SourceLocation.startOf(catalog.source());
        if (provenance == null) {
            return new ValueSource(ValueSource.Kind.SOURCE, catalog.urn(), location, null);
        }
        ValueSource.Kind kind = provenance.basis() == Basis.INFERRED ? ValueSource.Kind.INFERRED
                : ValueSource.Kind.EDITORIAL;
        return new ValueSource(kind, catalog.urn(), location, provenance.reason());
    }

    /** The decisions of all overlays about one measure; two overlays setting one field differently conflict. */
    private final class MeasureDecisions {

        private Setting<Applicability> applicability;
        private Setting<Integer> localPriority;
        private Setting<String> localOwner;
        private Setting<Adaptation.AgreedRoles> rolverdeling;
        private final Map<String, ValueSource> addedPartners = new LinkedHashMap<>();

        void add(Overlay overlay, Adaptation adaptation) {
            ValueSource source = new ValueSource(ValueSource.Kind.OVERLAY, overlay.urn(), adaptation.location(),
                    adaptation.applicability() == null ? null : adaptation.applicability().reason());
            applicability = decide(applicability, adaptation.applicability(), source, adaptation, "applicable");
            localPriority = decide(localPriority, adaptation.localPriority(), source, adaptation, "localPriority");
            localOwner = decide(localOwner, adaptation.localOwner(), source, adaptation, "localOwner");
            rolverdeling = decide(rolverdeling, adaptation.rolverdeling(), source, adaptation, "rolverdeling");
            adaptation.addPartners().forEach(code -> addedPartners.putIfAbsent(code, source));
        }

        private <T> Setting<T> decide(Setting<T> current, T value, ValueSource source, Adaptation adaptation,
                                      String field) {
            if (value == null) {
                return current;
            }
            if (current != null && !Objects.equals(current.value(), value)) {
                violations.add(new CatalogViolation(adaptation.location(), adaptation.ref(), field,
                        "conflicting overlays: " + current.source().origin() + " (" + current.source().location()
                                + ") sets " + field + " to " + describe(current.value()) + ", " + source.origin()
                                + " (" + source.location() + ") sets it to " + describe(value)));
                return current;
            }
            return current != null ? current : new Setting<>(value, source);
        }

        EffectiveMeasure apply(Measure guide, Setting<String> authority) {
            Set<Party> partners = new LinkedHashSet<>(guide.partners());
            addedPartners.keySet().forEach(code -> partners.add(parties.get(code)));
            Measure measure = new Measure(guide.id(), guide.ref(), guide.pillar(), guide.rank(), guide.mostCrucial(),
                    guide.title(), guide.text(), guide.phases(), guide.responsible(), List.copyOf(partners),
                    guide.provenance(), guide.translations(), guide.partnersKnown(), guide.partnersRemark());

            Map<String, List<ValueSource>> provenance = new LinkedHashMap<>();
            GUIDE_FIELDS.forEach(field -> provenance.put(field, List.of(fromCatalog(guide, field))));
            List<ValueSource> partnerSources = new ArrayList<>(provenance.get("partners"));
            addedPartners.values().stream().distinct().forEach(partnerSources::add);
            provenance.put("partners", partnerSources);
            provenance.put("applicability", List.of(applicability == null ? defaultValue() : applicability.source()));
            provenance.put("localPriority", List.of(localPriority == null ? defaultValue() : localPriority.source()));
            provenance.put("localOwner", List.of(localOwner == null ? defaultValue() : localOwner.source()));
            provenance.put("rolverdeling", List.of(rolverdeling == null ? defaultValue() : rolverdeling.source()));
            provenance.put("authority", List.of(authority == null ? fromPillar(guide.pillar()) : authority.source()));
            return new EffectiveMeasure(measure, false,
                    applicability == null ? Applicability.APPLICABLE : applicability.value(),
                    localPriority == null ? null : localPriority.value(),
                    localOwner == null ? null : localOwner.value(),
                    rolverdeling == null ? null : resolve(rolverdeling.value()),
                    authority == null ? null : authority.value(), provenance);
        }

        private Rolverdeling resolve(Adaptation.AgreedRoles roles) {
            return new Rolverdeling(parties.get(roles.responsible()), parties(roles.supporting()), roles.agreement());
        }

        private static String describe(Object value) {
            if (value instanceof Applicability a) {
                return a.applicable() ? "applicable" : "not applicable (" + a.reason() + ")";
            }
            if (value instanceof Adaptation.AgreedRoles roles) {
                return roles.responsible() + " responsible (" + roles.agreement().reference() + " of "
                        + roles.agreement().date() + ")";
            }
            return value instanceof String ? "'" + value + "'" : String.valueOf(value);
        }
    }

    private record Setting<T>(T value, ValueSource source) {
    }
}
