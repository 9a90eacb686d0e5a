package nl.weerbaar.core.catalog.internal;

import nl.weerbaar.core.catalog.Phase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The catalog rules that span fields and elements, in one place: unique URNs, refs and codes, ranks contiguous
 * within each pillar, most-crucial marks consistent with rank, every pillar, phase and party code known, unknown
 * partners explained.
 */
public final class CatalogRules {

    /** Fields of a measure that a provenance entry may name. */
    public static final Set<String> MEASURE_FIELDS = Set.of("urn", "ref", "pillar", "rank", "mostCrucial", "title",
            "text", "phases", "responsible", "partners", "partnersRemark");
    public static final Set<String> MEASURE_TRANSLATABLE = Set.of("title", "text", "partnersRemark");
    static final Set<String> PILLAR_FIELDS = Set.of("number", "code", "name", "authority");
    static final Set<String> PILLAR_TRANSLATABLE = Set.of("name", "authority");
    public static final Set<String> PARTY_TRANSLATABLE = Set.of("name");

    private static final String PHASE_CODES =
            Arrays.stream(Phase.values()).map(Phase::name).collect(Collectors.joining(", "));
    private static final Pattern NUMERIC_REF = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private CatalogRules() {
    }

    /**
     * Checks the catalog. Rules that compare elements with each other run only when every element could be read
     * ({@code complete}): with a measure missing they would report gaps that are not really there.
     */
    public static void check(CatalogDocument catalog, boolean complete, Violations violations) {
        NodePath root = NodePath.root();
        requireList(catalog.pillars(), root.key("pillars"), "pillars", violations);
        requireList(catalog.parties(), root.key("parties"), "parties", violations);
        requireList(catalog.measures(), root.key("measures"), "measures", violations);

        List<PillarDocument> pillars = orEmpty(catalog.pillars());
        List<PartyDocument> parties = orEmpty(catalog.parties());
        List<MeasureDocument> measures = orEmpty(catalog.measures());

        for (int i = 0; i < pillars.size(); i++) {
            PillarDocument pillar = pillars.get(i);
            if (pillar != null) {
                NodePath path = root.key("pillars").index(i);
                checkProvenanceKeys(pillar.provenance(), PILLAR_FIELDS, path, violations);
                checkTranslations(pillar.translations(), PILLAR_TRANSLATABLE, path, violations);
            }
        }
        for (int i = 0; i < parties.size(); i++) {
            PartyDocument party = parties.get(i);
            if (party != null) {
                checkTranslations(party.translations(), PARTY_TRANSLATABLE, root.key("parties").index(i), violations);
            }
        }

        Set<Integer> pillarNumbers = catalog.pillars() != null && allRead(pillars)
                ? pillars.stream().map(PillarDocument::number).filter(Objects::nonNull).collect(Collectors.toSet())
                : null;
        Set<String> partyCodes = catalog.parties() != null && allRead(parties)
                ? parties.stream().map(PartyDocument::code).filter(Objects::nonNull).collect(Collectors.toSet())
                : null;
        String urnPrefix = catalog.urn() == null ? null : catalog.urn() + ":measure:";

        for (int i = 0; i < measures.size(); i++) {
            MeasureDocument measure = measures.get(i);
            if (measure == null) {
                continue;
            }
            NodePath path = root.key("measures").index(i);
            if (urnPrefix != null && measure.urn() != null && !measure.urn().startsWith(urnPrefix)) {
                violations.add(path.key("urn"), "must start with the catalog's URN followed by ':measure:' ("
                        + urnPrefix + "...)");
            }
            if (pillarNumbers != null && measure.pillar() != null && !pillarNumbers.contains(measure.pillar())) {
                violations.add(path.key("pillar"), "unknown pillar " + measure.pillar() + "; the catalog's pillars are "
                        + new TreeSet<>(pillarNumbers));
            }
            checkRefMatchesPosition(measure, path, violations);
            checkPhases(measure.phases(), path.key("phases"), violations);
            checkPartyCodes(measure.responsible(), partyCodes, path.key("responsible"), violations);
            checkPartners(measure, partyCodes, path, violations);
            checkProvenanceKeys(measure.provenance(), MEASURE_FIELDS, path, violations);
            checkTranslations(measure.translations(), MEASURE_TRANSLATABLE, path, violations);
        }

        if (!complete) {
            return;
        }
        unique(pillars, PillarDocument::number, root.key("pillars"), "number", "pillar number", violations);
        unique(pillars, PillarDocument::code, root.key("pillars"), "code", "pillar code", violations);
        unique(parties, PartyDocument::code, root.key("parties"), "code", "party code", violations);
        unique(measures, MeasureDocument::urn, root.key("measures"), "urn", "URN", violations);
        unique(measures, MeasureDocument::ref, root.key("measures"), "ref", "ref", violations);
        checkPillarNumbersContiguous(pillars, violations);
        checkRanks(catalog, pillars, measures, violations);
    }

    /** Phase codes must be known and listed once. */
    public static void checkPhases(List<String> phases, NodePath path, Violations violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < orEmpty(phases).size(); i++) {
            String phase = phases.get(i);
            if (phase == null || phase.isBlank()) {
                continue;
            }
            if (Arrays.stream(Phase.values()).noneMatch(p -> p.name().equals(phase))) {
                violations.add(path.index(i), "unknown phase '" + phase + "'; expected one of " + PHASE_CODES);
            } else if (!seen.add(phase)) {
                violations.add(path.index(i), "phase " + phase + " is listed twice");
            }
        }
    }

    /** Party codes must be in the vocabulary ({@code null}: not checkable) and listed once. */
    public static void checkPartyCodes(List<String> codes, Set<String> known, NodePath path, Violations violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < orEmpty(codes).size(); i++) {
            String code = codes.get(i);
            if (code == null || code.isBlank()) {
                continue;
            }
            if (known != null && !known.contains(code)) {
                violations.add(path.index(i), "unknown party '" + code + "'; declare it under 'parties' ("
                        + String.join(", ", new TreeSet<>(known)) + ")");
            } else if (!seen.add(code)) {
                violations.add(path.index(i), "party " + code + " is listed twice");
            }
        }
    }

    /**
     * Listed partners are checked like party codes, blanks included (the list is read as a whole); partners that
     * are {@code unknown} need a provenance entry saying why.
     */
    private static void checkPartners(MeasureDocument measure, Set<String> known, NodePath path,
                                      Violations violations) {
        PartnersDocument partners = measure.partners();
        if (partners == null) {
            return;
        }
        NodePath partnersPath = path.key("partners");
        if (!partners.known()) {
            if (measure.provenance() == null || !measure.provenance().containsKey("partners")) {
                violations.add(partnersPath, "partners: " + PartnersDocument.UNKNOWN + " needs a provenance entry for"
                        + " partners saying why the source's value is not known");
            }
            return;
        }
        List<String> codes = partners.codes();
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) == null || codes.get(i).isBlank()) {
                violations.add(partnersPath.index(i), "must not be blank");
            }
        }
        checkPartyCodes(codes, known, partnersPath, violations);
    }

    public static void checkProvenanceKeys(Map<String, ?> provenance, Set<String> fields, NodePath path,
                                           Violations violations) {
        if (provenance == null) {
            return;
        }
        for (String key : provenance.keySet()) {
            if (!fields.contains(key)) {
                violations.add(path.key("provenance").key(key), "provenance names unknown field '" + key
                        + "'; expected one of " + String.join(", ", new TreeSet<>(fields)));
            }
        }
    }

    public static void checkTranslations(Map<String, Map<String, String>> translations, Set<String> fields,
                                         NodePath path, Violations violations) {
        if (translations == null) {
            return;
        }
        translations.forEach((language, values) -> {
            NodePath languagePath = path.key("translations").key(language);
            if (!LANGUAGE.matcher(language).matches()) {
                violations.add(languagePath, "'" + language + "' is not a language code such as en (translations are looked up by language)");
            }
            if (values == null) {
                violations.add(languagePath, "expected a mapping of translated fields, found an empty value");
                return;
            }
            values.forEach((field, value) -> {
                if (!fields.contains(field)) {
                    violations.add(languagePath.key(field), "cannot translate '" + field + "'; translatable: "
                            + String.join(", ", fields.stream().sorted().toList()));
                } else if (value == null || value.isBlank()) {
                    violations.add(languagePath.key(field), "translation must not be blank");
                }
            });
        });
    }

    private static void checkRefMatchesPosition(MeasureDocument measure, NodePath path, Violations violations) {
        if (measure.ref() == null || measure.pillar() == null || measure.rank() == null) {
            return;
        }
        Matcher numeric = NUMERIC_REF.matcher(measure.ref());
        if (numeric.matches() && (Integer.parseInt(numeric.group(1)) != measure.pillar()
                || Integer.parseInt(numeric.group(2)) != measure.rank())) {
            violations.add(path.key("ref"), "ref " + measure.ref() + " does not match pillar " + measure.pillar()
                    + " and rank " + measure.rank() + "; expected \"" + measure.pillar() + "." + measure.rank() + "\"");
        }
    }

    private static void checkPillarNumbersContiguous(List<PillarDocument> pillars, Violations violations) {
        Set<Integer> numbers = pillars.stream().map(PillarDocument::number).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        for (int i = 0; i < pillars.size(); i++) {
            Integer number = pillars.get(i).number();
            if (number != null && number > pillars.size()) {
                violations.add(NodePath.of("pillars", i, "number"), "pillar numbers must run 1.." + pillars.size()
                        + " without gaps; " + number + " is out of range"
                        + missing(numbers, pillars.size()));
            }
        }
    }

    private static void checkRanks(CatalogDocument catalog, List<PillarDocument> pillars,
                                   List<MeasureDocument> measures, Violations violations) {
        Map<Integer, Map<Integer, Integer>> rankIndexByPillar = new TreeMap<>();
        for (int i = 0; i < measures.size(); i++) {
            MeasureDocument measure = measures.get(i);
            if (measure.pillar() != null && measure.rank() != null) {
                rankIndexByPillar.computeIfAbsent(measure.pillar(), p -> new HashMap<>())
                        .putIfAbsent(measure.rank(), i);
            }
        }
        for (int i = 0; i < measures.size(); i++) {
            MeasureDocument measure = measures.get(i);
            if (measure.pillar() == null || measure.rank() == null) {
                continue;
            }
            Map<Integer, Integer> ranks = rankIndexByPillar.get(measure.pillar());
            int first = ranks.get(measure.rank());
            NodePath rankPath = NodePath.of("measures", i, "rank");
            if (first != i) {
                violations.add(rankPath, "rank " + measure.rank() + " is also used by measure "
                        + measures.get(first).ref() + " (line " + violations.document()
                        .locate(NodePath.of("measures", first)).line() + ") in pillar " + measure.pillar());
            } else if (measure.rank() > ranks.size()) {
                violations.add(rankPath, "ranks in pillar " + measure.pillar() + " must run 1.." + ranks.size()
                        + " without gaps; rank " + measure.rank() + " is out of range" + missing(ranks.keySet(),
                        ranks.size()));
            }
            Integer crucialRanks = catalog.mostCrucialRanks();
            if (crucialRanks != null && measure.mostCrucial() != null
                    && measure.mostCrucial() != (measure.rank() <= crucialRanks)) {
                violations.add(NodePath.of("measures", i, "mostCrucial"), "must be " + !measure.mostCrucial()
                        + ": the catalog marks the first " + crucialRanks + " measures of each pillar as most crucial"
                        + " (mostCrucialRanks) and this one has rank " + measure.rank());
            }
        }
        for (int i = 0; i < pillars.size(); i++) {
            Integer number = pillars.get(i).number();
            if (number != null && !rankIndexByPillar.containsKey(number)) {
                violations.add(NodePath.of("pillars", i), "pillar " + number + " has no measures");
            }
        }
    }

    private static String missing(Set<Integer> present, int size) {
        List<Integer> gaps = new ArrayList<>();
        for (int n = 1; n <= size; n++) {
            if (!present.contains(n)) {
                gaps.add(n);
            }
        }
        return gaps.isEmpty() ? "" : " (missing: " + gaps.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + ")";
    }

    /** Each element's key must be unique in the list; a repeat names the line of the first. */
    public static <T, K> void unique(List<T> elements, Function<T, K> key, NodePath listPath, String field,
                                     String what, Violations violations) {
        Map<K, Integer> firstIndex = new LinkedHashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            K value = elements.get(i) == null ? null : key.apply(elements.get(i));
            if (value == null) {
                continue;
            }
            Integer first = firstIndex.putIfAbsent(value, i);
            if (first != null) {
                violations.add(listPath.index(i).key(field), "duplicate " + what + " '" + value
                        + "': also used at line " + violations.document().locate(listPath.index(first)).line());
            }
        }
    }

    private static void requireList(List<?> list, NodePath path, String name, Violations violations) {
        if (list == null) {
            if (violations.document().at(path).isMissingNode() || violations.document().at(path).isNull()) {
                violations.add(path, "'" + name + "' is required: a list with at least one element");
            }
        } else if (list.isEmpty()) {
            violations.add(path, "'" + name + "' must not be empty");
        }
    }

    private static boolean allRead(List<?> elements) {
        return elements.stream().allMatch(Objects::nonNull);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
