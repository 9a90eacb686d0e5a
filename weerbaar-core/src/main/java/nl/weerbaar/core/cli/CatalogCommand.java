package nl.weerbaar.core.cli;

import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.catalog.CatalogViolation;
import nl.weerbaar.core.catalog.Measures;
import nl.weerbaar.core.catalog.Phase;
import nl.weerbaar.core.catalog.Pillar;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.core.overlay.EffectiveMeasure;
import nl.weerbaar.core.registry.CatalogRegistry;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads and validates the shipped catalog, plus any catalogs and overlays named on the command line, and prints
 * a summary per pillar; on violations prints every one and exits with status 1.
 *
 * <pre>
 * CatalogCommand [--catalog FILE]... [--overlay FILE]...
 * </pre>
 */
public final class CatalogCommand {

    private CatalogCommand() {
    }

    /** Held so the level sticks: java.util.logging keeps loggers weakly. */
    private static final java.util.logging.Logger VALIDATOR_LOG =
            java.util.logging.Logger.getLogger("org.hibernate.validator");

    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CatalogRegistry.Builder builder = CatalogRegistry.builder().discover(CatalogCommand.class.getClassLoader());
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if ((option.equals("--catalog") || option.equals("--overlay")) && i + 1 < args.length) {
                CatalogResource file = CatalogResource.file(Path.of(args[++i]));
                if (option.equals("--catalog")) {
                    builder.addCatalog(file);
                } else {
                    builder.addOverlay(file);
                }
            } else {
                err.println("usage: CatalogCommand [--catalog FILE]... [--overlay FILE]...");
                return 2;
            }
        }
        CatalogRegistry registry;
        try {
            registry = builder.build();
        } catch (CatalogException e) {
            err.println("INVALID: " + e.violations().size() + " violation(s)");
            for (CatalogViolation violation : e.violations()) {
                err.println("  " + violation);
            }
            return 1;
        }
        for (Catalog catalog : registry.catalogs()) {
            printSummary(registry.effective(catalog.urn()), out);
        }
        return 0;
    }

    private static void printSummary(EffectiveCatalog effective, PrintStream out) {
        Catalog catalog = effective.catalog();
        List<EffectiveMeasure> measures = effective.measures();
        out.printf("%s (version %d) — %s, %s, %s%n", catalog.urn(), catalog.version(), catalog.title(),
                catalog.publisher(), catalog.published());
        out.printf("Valid: %d measures in %d pillars, %d parties, %d overlay(s)%n%n", measures.size(),
                catalog.pillars().size(), effective.parties().size(), effective.overlays().size());
        out.printf("%-3s %-46s %-30s %8s %8s %6s %6s %6s %6s %6s %6s%n", "#", "Pillar", "Bevoegd gezag", "Measures",
                "Crucial", "Koude", "<72u", ">72u", "Nafase", "N.v.t.", "Local");
        Measures all = effective.asMeasures();
        for (Pillar pillar : catalog.pillars()) {
            Measures inPillar = all.inPillar(pillar.number());
            long notApplicable = measures.stream()
                    .filter(m -> m.measure().pillar().number() == pillar.number() && !m.applicable()).count();
            long local = measures.stream()
                    .filter(m -> m.measure().pillar().number() == pillar.number() && m.local()).count();
            out.printf("%-3d %-46s %-30s %8d %8d %6d %6d %6d %6d %6d %6d%n", pillar.number(),
                    abbreviate(pillar.name(), 46), abbreviate(pillar.authority(), 30), inPillar.size(),
                    inPillar.mostCrucial().size(), inPillar.inPhase(Phase.KOUDE).size(),
                    inPillar.inPhase(Phase.WARM_TOT_72U).size(), inPillar.inPhase(Phase.WARM_NA_72U).size(),
                    inPillar.inPhase(Phase.NAFASE).size(), notApplicable, local);
        }
        out.println();
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
