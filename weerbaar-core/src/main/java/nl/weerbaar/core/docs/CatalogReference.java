package nl.weerbaar.core.docs;

import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.Measure;
import nl.weerbaar.core.catalog.Party;
import nl.weerbaar.core.catalog.Phase;
import nl.weerbaar.core.catalog.Pillar;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a catalog as a Markdown reference: per pillar its authority and a table of measures with ref, title,
 * phases, responsible, partners (or unknown, with the partner cell's remark) and most-crucial mark; inferred values
 * are marked. Deterministic, so the
 * committed {@code docs/catalog.md} can be compared with a fresh rendering.
 */
public final class CatalogReference {

    private CatalogReference() {
    }

    public static String render(Catalog catalog) {
        StringBuilder out = new StringBuilder();
        out.append("# Catalog reference: ").append(catalog.title()).append("\n\n");
        out.append("<!-- Generated from ").append(fileName(catalog.source()))
                .append(" by CatalogReference; do not edit. Regenerate: ./mvnw -B -Pdocs -pl weerbaar-core"
                        + " process-classes -->\n\n");
        out.append("| | |\n|---|---|\n");
        out.append("| URN | `").append(catalog.urn()).append("` |\n");
        out.append("| Version | ").append(catalog.version()).append(" |\n");
        out.append("| Publisher | ").append(catalog.publisher()).append(" |\n");
        out.append("| Published | ").append(catalog.published()).append(" |\n");
        out.append("| Measures | ").append(catalog.measures().size()).append(" in ")
                .append(catalog.pillars().size()).append(" pillars |\n\n");
        out.append("Phases: ").append(Arrays.stream(Phase.values())
                        .map(p -> "`" + p.name() + "` " + p.label()).collect(Collectors.joining(", ")))
                .append(". ★ marks the most crucial measures of a pillar (the guide: the first two). A value marked")
                .append(" \\* was inferred rather than read from the source (see the catalog's `provenance`);")
                .append(" measure titles are editorial. Partners – means none, *unknown* that the source's value was")
                .append(" lost; a quoted remark is the partner cell's own words.\n\n");

        for (Pillar pillar : catalog.pillars()) {
            List<Measure> measures = catalog.measures().inPillar(pillar.number()).asList();
            out.append("## ").append(pillar.number()).append(". ").append(pillar.name())
                    .append(inferred(pillar.provenance(), "name")).append("\n\n");
            out.append("Bevoegd gezag: ").append(pillar.authority()).append(inferred(pillar.provenance(), "authority"))
                    .append(" · code `").append(pillar.code()).append("` · ").append(measures.size())
                    .append(" measures\n\n");
            out.append("| Ref | | Title | Phases | Responsible | Partners |\n");
            out.append("|---|---|---|---|---|---|\n");
            for (Measure measure : measures) {
                out.append("| ").append(measure.ref())
                        .append(" | ").append(measure.mostCrucial() ? "★" : "")
                        .append(" | ").append(escape(measure.title()))
                        .append(" | ").append(measure.phases().stream().map(Phase::name)
                                .collect(Collectors.joining(", "))).append(inferred(measure, "phases"))
                        .append(" | ").append(codes(measure.responsible())).append(inferred(measure, "responsible"))
                        .append(" | ").append(partners(measure)).append(inferred(measure, "partners"))
                        .append(" |\n");
            }
            out.append('\n');
        }
        out.append("## Parties\n\n| Code | Name |\n|---|---|\n");
        for (Party party : catalog.parties()) {
            out.append("| `").append(party.code()).append("` | ").append(escape(party.name())).append(" |\n");
        }
        return out.toString();
    }

    private static String inferred(Measure measure, String field) {
        return measure.isInferred(field) ? " \\*" : "";
    }

    private static String inferred(Map<String, ?> provenance, String field) {
        return provenance.containsKey(field) ? " \\*" : "";
    }

    private static String partners(Measure measure) {
        String listed = measure.partnersKnown() ? codes(measure.partners()) : "*unknown*";
        return measure.findPartnersRemark().map(remark -> listed + " — “" + escape(remark) + "”").orElse(listed);
    }

    private static String codes(List<Party> parties) {
        return parties.isEmpty() ? "–" : parties.stream().map(p -> "`" + p.code() + "`")
                .collect(Collectors.joining(", "));
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String fileName(String source) {
        return source.substring(source.lastIndexOf('/') + 1);
    }
}
