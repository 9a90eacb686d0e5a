package nl.weerbaar.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.ServiceLoader;
import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.catalog.CatalogViolation;
import nl.weerbaar.core.catalog.SourceLocation;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.core.overlay.EffectiveMeasure;
import nl.weerbaar.core.overlay.Overlay;
import nl.weerbaar.core.registry.internal.ShippedCatalogContributor;
import nl.weerbaar.core.spi.CatalogContributor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry finds the shipped catalog and every contributor a jar names in its services file, applies each
 * overlay to the catalog it targets, and refuses the whole set with every violation when any file is wrong.
 */
class CatalogRegistryTests {

    private static final String VNG = "urn:weerbaar:vng-2025";
    private static final String TESTKADER = "urn:weerbaar:testkader";
    private static final String SERVICES_FILE = "META-INF/services/" + CatalogContributor.class.getName();

    private static final String TEST_CATALOG = """
            urn: urn:weerbaar:testkader
            version: 1
            title: Testkader
            publisher: Weerbaar
            published: 2025-08-25
            locale: nl
            pillars:
              - number: 1
                code: continuiteit
                name: Continuïteit
                authority: burgemeester
            parties:
              - code: gemeente
                name: Gemeente
            measures:
              - urn: urn:weerbaar:testkader:measure:1.1
                ref: "1.1"
                pillar: 1
                rank: 1
                mostCrucial: true
                title: Kritieke processen in kaart
                text: Breng de kritieke bedrijfsprocessen in kaart.
                phases: [KOUDE]
                responsible: [gemeente]
                partners: []
            """;

    private static final String UTRECHT_OVERLAY = """
            urn: urn:weerbaar:utrecht
            title: Aanpassingen gemeente Utrecht
            target: urn:weerbaar:vng-2025
            measures:
              - ref: "3.6"
                applicable: false
                reason: Utrecht heeft geen eigen primaire waterkering.
            """;

    private static final String TESTKADER_OVERLAY = """
            urn: urn:weerbaar:utrecht-testkader
            title: Utrecht op het testkader
            target: urn:weerbaar:testkader
            measures:
              - ref: "1.1"
                localPriority: 3
            """;

    /** What a municipality's jar contributes: its own catalog and an overlay for each catalog it uses. */
    public static final class UtrechtContributor implements CatalogContributor {

        @Override
        public List<CatalogResource> catalogs() {
            return List.of(CatalogResource.text("testkader.yaml", TEST_CATALOG));
        }

        @Override
        public List<CatalogResource> overlays() {
            return List.of(CatalogResource.text("utrecht.yaml", UTRECHT_OVERLAY),
                    CatalogResource.text("utrecht-testkader.yaml", TESTKADER_OVERLAY));
        }
    }

    @Test
    void discoversTheShippedCatalogThroughTheCoresServiceFile() {
        ClassLoader loader = CatalogRegistryTests.class.getClassLoader();

        CatalogRegistry registry = CatalogRegistry.discover(loader);

        assertThat(ServiceLoader.load(CatalogContributor.class, loader).stream().map(ServiceLoader.Provider::type))
                .contains(ShippedCatalogContributor.class);
        Catalog vng = registry.catalog(VNG);
        assertThat(vng.source()).isEqualTo("classpath:weerbaar/catalog/vng-2025.yaml");
        assertThat(vng.measures().size()).isEqualTo(41);
        assertThat(registry.effective(VNG).measures()).hasSize(41).allMatch(EffectiveMeasure::applicable);
    }

    @Test
    void discoversAContributorNamedInAServicesFileAndAppliesItsOverlays(@TempDir Path jar) throws IOException {
        Path services = jar.resolve(SERVICES_FILE);
        Files.createDirectories(services.getParent());
        Files.writeString(services, "# a municipality's jar\n" + UtrechtContributor.class.getName() + "\n");

        CatalogRegistry registry;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                CatalogRegistryTests.class.getClassLoader())) {
            registry = CatalogRegistry.discover(loader);
        }

        assertThat(registry.catalogs()).extracting(Catalog::urn).containsExactly(VNG, TESTKADER);
        assertThat(registry.overlays()).extracting(Overlay::urn)
                .containsExactly("urn:weerbaar:utrecht", "urn:weerbaar:utrecht-testkader");
        assertThat(registry.effective(VNG).get("3.6").applicable()).isFalse();
        assertThat(registry.effective(VNG).get("3.5").applicable()).isTrue();
        assertThat(registry.effective(TESTKADER).get("1.1").localPriority()).isEqualTo(3);
    }

    @Test
    void addsAContributorDirectly() {
        CatalogRegistry registry = CatalogRegistry.builder()
                .addShippedCatalogs()
                .addContributor(new UtrechtContributor())
                .build();

        assertThat(registry.catalogs()).extracting(Catalog::urn).containsExactly(VNG, TESTKADER);
        EffectiveCatalog utrecht = registry.effective(VNG);
        assertThat(utrecht.overlays()).extracting(Overlay::urn).containsExactly("urn:weerbaar:utrecht");
        assertThat(utrecht.get("3.6").applicability().reason())
                .isEqualTo("Utrecht heeft geen eigen primaire waterkering.");
        assertThat(registry.effective(TESTKADER).overlays()).extracting(Overlay::source)
                .containsExactly("utrecht-testkader.yaml");
    }

    @Test
    void acceptsTheSameCatalogFileAddedTwice() {
        CatalogRegistry registry = CatalogRegistry.builder()
                .discover(CatalogRegistryTests.class.getClassLoader())
                .addShippedCatalogs()
                .build();

        assertThat(registry.catalogs()).filteredOn(c -> c.urn().equals(VNG)).hasSize(1);
    }

    @Test
    void rejectsASecondCatalogWithTheSameUrnFromAnotherFile() {
        CatalogException failure = buildFailing(CatalogRegistry.builder()
                .addCatalog(CatalogResource.text("testkader.yaml", TEST_CATALOG))
                .addCatalog(CatalogResource.text("testkader-kopie.yaml", TEST_CATALOG)));

        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::measureRef,
                CatalogViolation::field, CatalogViolation::message).containsExactly(tuple(
                new SourceLocation("testkader-kopie.yaml", 1, 1), null, "urn",
                "catalog urn:weerbaar:testkader is also defined by testkader.yaml; a catalog URN names one catalog"));
    }

    @Test
    void rejectsAnOverlayWhoseTargetCatalogIsNotLoadedAtItsTargetLine() {
        CatalogException failure = buildFailing(CatalogRegistry.builder()
                .addShippedCatalogs()
                .addOverlay(CatalogResource.text("amersfoort.yaml", """
                        urn: urn:weerbaar:amersfoort
                        title: Aanpassingen gemeente Amersfoort
                        target: urn:weerbaar:vng-2030
                        measures:
                          - ref: "1.1"
                            localPriority: 1
                        """)));

        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::measureRef,
                CatalogViolation::field, CatalogViolation::message).containsExactly(tuple(
                new SourceLocation("amersfoort.yaml", 3, 1), null, "target",
                "no catalog urn:weerbaar:vng-2030 is loaded; known: urn:weerbaar:vng-2025"));
    }

    @Test
    void reportsTheViolationsOfSeveralFilesInOneException() {
        CatalogException failure = buildFailing(CatalogRegistry.builder()
                .addShippedCatalogs()
                .addCatalog(CatalogResource.text("kapot.yaml", TEST_CATALOG.replace("version: 1", "version: 0")))
                .addOverlay(CatalogResource.text("fout.yaml", UTRECHT_OVERLAY.replace("urn:weerbaar:utrecht",
                        "urn:weerbaar:fout") + "gemeente: Utrecht\n"))
                .addOverlay(CatalogResource.text("zeist.yaml", """
                        urn: urn:weerbaar:zeist
                        title: Aanpassingen gemeente Zeist
                        target: urn:weerbaar:vng-2025
                        measures:
                          - ref: "9.9"
                            localPriority: 1
                        """)));

        assertThat(failure.violations()).extracting(CatalogViolation::location, CatalogViolation::measureRef,
                CatalogViolation::field, CatalogViolation::message).containsExactly(
                tuple(new SourceLocation("fout.yaml", 8, 1), null, "gemeente",
                        "unknown key 'gemeente'; allowed keys are localMeasures, measures, parties, pillars, scenarios,"
                                + " target, title, urn"),
                tuple(new SourceLocation("kapot.yaml", 2, 1), null, "version", "must be greater than or equal to 1"),
                tuple(new SourceLocation("zeist.yaml", 5, 5), "9.9", "ref",
                        "catalog urn:weerbaar:vng-2025 has no measure 9.9"));
    }

    @Test
    void failsForTheEffectiveCatalogOfAnUnknownUrnListingTheKnownOnes() {
        CatalogRegistry registry = CatalogRegistry.builder()
                .addShippedCatalogs()
                .addContributor(new UtrechtContributor())
                .build();

        assertThatThrownBy(() -> registry.effective("urn:weerbaar:vng-2030"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("no catalog urn:weerbaar:vng-2030; known: urn:weerbaar:vng-2025, urn:weerbaar:testkader");
        assertThat(registry.findCatalog("urn:weerbaar:vng-2030")).isEmpty();
    }

    private static CatalogException buildFailing(CatalogRegistry.Builder builder) {
        CatalogException failure = catchThrowableOfType(CatalogException.class, builder::build);
        assertThat(failure).as("expected a CatalogException").isNotNull();
        return failure;
    }
}
