package nl.weerbaar.spring.catalog;

import nl.weerbaar.core.catalog.CatalogResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Turns Spring resource locations ({@code classpath:…}, {@code file:…}) into catalog resources named by their
 * location, so messages point at what the application configured.
 */
public final class SpringCatalogResources {

    private SpringCatalogResources() {
    }

    public static List<CatalogResource> of(List<String> locations, ResourceLoader loader) {
        return locations.stream().map(location -> of(location, loader)).toList();
    }

    public static CatalogResource of(String location, ResourceLoader loader) {
        Resource resource = loader.getResource(location);
        if (!resource.exists()) {
            // Read through the core so the "file not found" comes back as a catalog violation with its name.
            return CatalogResource.file(java.nio.file.Path.of(location.replaceFirst("^(classpath|file):", "")));
        }
        try (InputStream in = resource.getInputStream()) {
            return CatalogResource.bytes(location, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location, e);
        }
    }
}
