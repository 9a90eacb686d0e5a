package nl.weerbaar.core.catalog.internal;

import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.CatalogResource;

import java.util.List;

/**
 * Reads one catalog file: parse, read the typed form element by element, Bean Validation, catalog rules, and
 * only then the domain model. Throws one {@link nl.weerbaar.core.catalog.CatalogException} with every violation.
 */
public final class CatalogReader {

    private CatalogReader() {
    }

    public static Catalog read(CatalogResource resource) {
        YamlDocument yaml = YamlDocument.read(resource);
        Violations violations = new Violations(yaml);
        DocumentReader reader = new DocumentReader(violations);
        NodePath root = NodePath.root();

        CatalogDocument header = reader.readObject(root, CatalogDocument.class, "pillars", "parties", "measures");
        List<PillarDocument> pillars = reader.readList(root.key("pillars"), PillarDocument.class);
        List<PartyDocument> parties = reader.readList(root.key("parties"), PartyDocument.class);
        List<MeasureDocument> measures = reader.readList(root.key("measures"), MeasureDocument.class);

        reader.validate(header, root);
        reader.validateEach(pillars, root.key("pillars"));
        reader.validateEach(parties, root.key("parties"));
        reader.validateEach(measures, root.key("measures"));
        // A header that could not be read still lets the lists be checked, against an empty header.
        CatalogDocument checked = (header != null ? header : CatalogDocument.onlyUrn(yaml.text(root.key("urn"))))
                .withLists(pillars, parties, measures);
        CatalogRules.check(checked, reader.complete(), violations);
        violations.throwIfAny();
        try {
            return CatalogMapper.INSTANCE.toCatalog(header.withLists(pillars, parties, measures), yaml.source());
        } catch (RuntimeException e) {
            // A rule the checks above missed must still come out as the catalog's own error, with a location.
            violations.add(root, "could not be read: " + e.getMessage());
            violations.throwIfAny();
            throw e;
        }
    }
}
