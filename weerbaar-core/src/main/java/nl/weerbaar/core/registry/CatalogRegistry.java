package nl.weerbaar.core.registry;

import nl.weerbaar.core.catalog.Catalog;
import nl.weerbaar.core.catalog.CatalogException;
import nl.weerbaar.core.catalog.CatalogLoader;
import nl.weerbaar.core.catalog.CatalogResource;
import nl.weerbaar.core.catalog.CatalogViolation;
import nl.weerbaar.core.catalog.SourceLocation;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.core.overlay.Overlay;
import nl.weerbaar.core.overlay.OverlayLoader;
import nl.weerbaar.core.spi.CatalogContributor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every catalog an application uses with its overlays applied, loaded as a whole: either everything is valid
 * and consistent, or one {@link CatalogException} lists every violation in every file.
 *
 * <pre>{@code
 * CatalogRegistry registry = CatalogRegistry.builder()
 *         .discover(getClass().getClassLoader())          // the shipped VNG catalog and any SPI contributions
 *         .addOverlay(CatalogResource.file(Path.of("utrecht-overlay.yaml")))
 *         .build();
 * EffectiveCatalog utrecht = registry.effective("urn:weerbaar:vng-2025");
 * }</pre>
 */
public final class CatalogRegistry {

    private final Map<String, Catalog> catalogs;
    private final Map<String, EffectiveCatalog> effective;

    private CatalogRegistry(Map<String, Catalog> catalogs, Map<String, EffectiveCatalog> effective) {
        this.catalogs = catalogs;
        this.effective = effective;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The shipped catalogs and everything contributed through the SPI on the class loader. */
    public static CatalogRegistry discover(ClassLoader classLoader) {
        return builder().discover(classLoader).build();
    }

    /** Every catalog, in the order added. */
    public List<Catalog> catalogs() {
        return List.copyOf(catalogs.values());
    }

    public Optional<Catalog> findCatalog(String urn) {
        return Optional.ofNullable(catalogs.get(urn));
    }

    public Catalog catalog(String urn) {
        return findCatalog(urn).orElseThrow(() -> new NoSuchElementException("no catalog " + urn
                + "; known: " + String.join(", ", catalogs.keySet())));
    }

    /** The catalog with every overlay that targets it applied. */
    public EffectiveCatalog effective(String urn) {
        catalog(urn);
        return effective.get(urn);
    }

    /** Every overlay, in the order added. */
    public List<Overlay> overlays() {
        return effective.values().stream().flatMap(e -> e.overlays().stream()).toList();
    }

    /**
     * Collects catalog and overlay files; {@link #build()} loads and checks them all.
     */
    public static final class Builder {

        private final List<CatalogResource> catalogResources = new ArrayList<>();
        private final List<CatalogResource> overlayResources = new ArrayList<>();

        private Builder() {
        }

        public Builder addCatalog(CatalogResource resource) {
            catalogResources.add(resource);
            return this;
        }

        public Builder addCatalogs(Collection<CatalogResource> resources) {
            catalogResources.addAll(resources);
            return this;
        }

        public Builder addOverlay(CatalogResource resource) {
            overlayResources.add(resource);
            return this;
        }

        public Builder addOverlays(Collection<CatalogResource> resources) {
            overlayResources.addAll(resources);
            return this;
        }

        public Builder addContributor(CatalogContributor contributor) {
            catalogResources.addAll(contributor.catalogs());
            overlayResources.addAll(contributor.overlays());
            return this;
        }

        /** Adds every {@link CatalogContributor} the class loader's {@code META-INF/services} name. */
        public Builder discover(ClassLoader classLoader) {
            ServiceLoader.load(CatalogContributor.class, classLoader).forEach(this::addContributor);
            return this;
        }

        /** Only the catalogs shipped in weerbaar-core, without looking for other contributors. */
        public Builder addShippedCatalogs() {
            return addCatalog(CatalogResource.classpath(CatalogLoader.VNG_2025,
                    CatalogRegistry.class.getClassLoader()));
        }

        /**
         * Loads every file, applies the overlays and checks that they agree.
         *
         * @throws CatalogException listing every violation in every file; nothing is registered then
         */
        public CatalogRegistry build() {
            List<CatalogViolation> violations = new ArrayList<>();
            Map<String, Catalog> catalogs = new LinkedHashMap<>();
            boolean everyCatalogRead = true;
            for (CatalogResource resource : catalogResources) {
                try {
                    Catalog catalog = CatalogLoader.load(resource);
                    Catalog earlier = catalogs.putIfAbsent(catalog.urn(), catalog);
                    if (earlier != null && !earlier.source().equals(catalog.source())) {
                        violations.add(new CatalogViolation(SourceLocation.startOf(catalog.source()), null, "urn",
                                "catalog " + catalog.urn() + " is also defined by " + earlier.source()
                                        + "; a catalog URN names one catalog"));
                    }
                } catch (CatalogException e) {
                    violations.addAll(e.violations());
                    everyCatalogRead = false;
                }
            }
            Map<String, List<Overlay>> overlaysByTarget = new LinkedHashMap<>();
            Map<String, Overlay> overlaysByUrn = new LinkedHashMap<>();
            for (CatalogResource resource : overlayResources) {
                try {
                    Overlay overlay = OverlayLoader.load(resource);
                    Overlay earlier = overlaysByUrn.putIfAbsent(overlay.urn(), overlay);
                    if (earlier != null) {
                        if (!earlier.source().equals(overlay.source())) {
                            violations.add(new CatalogViolation(SourceLocation.startOf(overlay.source()), null, "urn",
                                    "overlay " + overlay.urn() + " is also defined by " + earlier.source()));
                        }
                        continue;
                    }
                    overlaysByTarget.computeIfAbsent(overlay.target(), t -> new ArrayList<>()).add(overlay);
                } catch (CatalogException e) {
                    violations.addAll(e.violations());
                }
            }
            // With a catalog unreadable, its overlays' target would look unknown when it is only broken.
            if (everyCatalogRead) {
                overlaysByTarget.forEach((target, overlays) -> {
                    if (!catalogs.containsKey(target)) {
                        overlays.forEach(o -> violations.add(new CatalogViolation(o.targetLocation(), null, "target",
                                "no catalog " + target + " is loaded; known: "
                                        + String.join(", ", catalogs.keySet()))));
                    }
                });
            }
            Map<String, EffectiveCatalog> effective = new LinkedHashMap<>();
            for (Catalog catalog : catalogs.values()) {
                try {
                    effective.put(catalog.urn(), OverlayLoader.apply(catalog,
                            overlaysByTarget.getOrDefault(catalog.urn(), List.of())));
                } catch (CatalogException e) {
                    violations.addAll(e.violations());
                }
            }
            if (!violations.isEmpty()) {
                throw new CatalogException(violations);
            }
            return new CatalogRegistry(catalogs, effective);
        }
    }
}
