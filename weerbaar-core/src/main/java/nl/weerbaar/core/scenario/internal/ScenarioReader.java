package nl.weerbaar.core.scenario.internal;

import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.catalog.Measure;
import nl.weerbaar.core.catalog.Translations;
import nl.weerbaar.core.catalog.internal.CatalogRules;
import nl.weerbaar.core.catalog.internal.DocumentReader;
import nl.weerbaar.core.catalog.internal.NodePath;
import nl.weerbaar.core.catalog.internal.Violations;
import nl.weerbaar.core.catalog.internal.YamlDocument;
import nl.weerbaar.core.scenario.MappingBasis;
import nl.weerbaar.core.scenario.Scenario;
import nl.weerbaar.core.scenario.ScenarioMeasure;
import nl.weerbaar.core.scenario.Scenarios;
import nl.weerbaar.core.scenario.internal.ScenariosDocument.MappingDocument;
import nl.weerbaar.core.scenario.internal.ScenariosDocument.ScenarioDocument;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one scenario file and checks it against the catalog whose measures it names: every ref exists, every
 * link says where it comes from, a quote said to be from a measure's text is in that text, and no code, alias or
 * link is given twice. All violations come at once, each with file, line and field; nothing half-read is returned.
 */
public final class ScenarioReader {

    private ScenarioReader() {
    }

    public static Scenarios read(CatalogResource resource, Catalog catalog) {
        YamlDocument yaml = YamlDocument.read(resource);
        Violations violations = new Violations(yaml);
        DocumentReader reader = new DocumentReader(violations);
        NodePath root = NodePath.root();

        ScenariosDocument header = reader.readObject(root, ScenariosDocument.class, "common", "scenarios");
        List<MappingDocument> common = reader.readList(root.key("common"), MappingDocument.class);
        List<ScenarioDocument> scenarios = reader.readList(root.key("scenarios"), ScenarioDocument.class);
        reader.validate(header, root);
        reader.validateEach(common, root.key("common"));
        reader.validateEach(scenarios, root.key("scenarios"));
        if (scenarios == null && yaml.at(root.key("scenarios")).isMissingNode()) {
            violations.add(root.key("scenarios"), "'scenarios' is required: a list with at least one scenario");
        }
        if (header != null && header.catalog() != null && !header.catalog().equals(catalog.urn())) {
            violations.add(root.key("catalog"), "names the measures of " + header.catalog() + ", but is read for "
                    + catalog.urn());
        }
        check(orEmpty(common), orEmpty(scenarios), catalog, violations);
        violations.throwIfAny();

        return new Scenarios(header.urn(), header.version(), header.catalog(), header.title(), header.source(),
                header.notes(), orEmpty(common).stream().map(ScenarioReader::toMeasure).toList(),
                scenarios.stream().map(s -> new Scenario(s.code(), s.name().strip(), s.aliases(),
                        s.named().quote().strip(), s.named().where().strip(), new Translations(s.translations()),
                        s.measures().stream().map(ScenarioReader::toMeasure).toList())).toList());
    }

    private static void check(List<MappingDocument> common, List<ScenarioDocument> scenarios, Catalog catalog,
                              Violations violations) {
        checkLinks(common, NodePath.of("common"), catalog, violations);

        Map<String, Integer> codes = new HashMap<>();
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioDocument scenario = scenarios.get(i);
            if (scenario == null) {
                continue;
            }
            NodePath path = NodePath.of("scenarios", i);
            register(codes, scenario.code(), path.key("code"), scenarios, violations);
            List<String> aliases = orEmpty(scenario.aliases());
            for (int a = 0; a < aliases.size(); a++) {
                register(codes, aliases.get(a), path.key("aliases").index(a), scenarios, violations);
            }
            CatalogRules.checkTranslations(scenario.translations(), Set.of("name"), path, violations);
            if (scenario.measures() != null) {
                checkLinks(scenario.measures(), path.key("measures"), catalog, violations);
            }
        }
    }

    /** A code or alias names one scenario only. */
    private static void register(Map<String, Integer> codes, String code, NodePath path,
                                 List<ScenarioDocument> scenarios, Violations violations) {
        if (code == null) {
            return;
        }
        Integer earlier = codes.putIfAbsent(code, (Integer) path.segments().get(1));
        if (earlier != null) {
            violations.add(path, "'" + code + "' already names scenario " + scenarios.get(earlier).code());
        }
    }

    /**
     * A scenario may link a measure every scenario calls on once more, to give its own, more specific link; it
     * then takes the place of the common one for that scenario.
     */
    private static void checkLinks(List<MappingDocument> links, NodePath listPath, Catalog catalog,
                                   Violations violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < links.size(); i++) {
            MappingDocument link = links.get(i);
            if (link == null || link.ref() == null) {
                continue;
            }
            NodePath path = listPath.index(i);
            Optional<Measure> measure = catalog.measures().find(link.ref());
            if (measure.isEmpty()) {
                violations.add(path.key("ref"), "catalog " + catalog.urn() + " has no measure " + link.ref());
            }
            if (!seen.add(link.ref())) {
                violations.add(path.key("ref"), "measure " + link.ref() + " is linked twice");
            }
            if ("source".equals(link.basis())) {
                if (link.quote() == null) {
                    violations.add(path.key("quote"), "a link read in the guide (basis: source) needs the quote"
                            + " that makes it");
                } else if (link.where() == null && measure.isPresent()
                        && !normalize(measure.get().text()).contains(normalize(link.quote()))) {
                    violations.add(path.key("quote"), "is not in the text of measure " + link.ref() + "; give"
                            + " 'where' when it stands elsewhere in the guide");
                }
            }
            if ("editorial".equals(link.basis())) {
                if (link.reason() == null) {
                    violations.add(path.key("reason"), "an editorial link needs the reason the measure belongs to"
                            + " the scenario");
                }
                if (link.quote() != null) {
                    violations.add(path.key("quote"), "a quote makes the link one read in the guide: use"
                            + " basis: source");
                }
            }
            if (link.where() != null && link.quote() == null) {
                violations.add(path.key("where"), "says where a quote stands; give the quote");
            }
        }
    }

    private static ScenarioMeasure toMeasure(MappingDocument link) {
        MappingBasis basis = MappingBasis.valueOf(link.basis().toUpperCase(Locale.ROOT));
        return new ScenarioMeasure(link.ref(), basis, strip(link.quote()), strip(link.where()), strip(link.reason()));
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
