package nl.weerbaar.core.cli;

import nl.weerbaar.core.catalog.CatalogLoader;
import nl.weerbaar.core.docs.CatalogReference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the reference of the shipped catalog to the given Markdown file (the build's {@code docs} profile).
 */
public final class CatalogReferenceCommand {

    private CatalogReferenceCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CatalogReferenceCommand <output.md>");
            System.exit(2);
        }
        Path target = Path.of(args[0]).toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Files.writeString(target, CatalogReference.render(CatalogLoader.vng2025()), StandardCharsets.UTF_8);
        System.out.println("Wrote " + target);
    }
}
