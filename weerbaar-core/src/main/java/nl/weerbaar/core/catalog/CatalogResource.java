package nl.weerbaar.core.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A catalog or overlay file to read: a name for messages and a way to open it. Opening a resource that does not
 * exist fails with a {@link CatalogException} naming it.
 */
public final class CatalogResource {

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Opener opener;

    private CatalogResource(String name, Opener opener) {
        this.name = Objects.requireNonNull(name, "name");
        this.opener = opener;
    }

    /** A resource on the classpath, e.g. {@code weerbaar/catalog/vng-2025.yaml}. */
    public static CatalogResource classpath(String path, ClassLoader classLoader) {
        String normalized = path.startsWith("/") ? path.substring(1) : path;
        return new CatalogResource("classpath:" + normalized, () -> {
            InputStream in = classLoader.getResourceAsStream(normalized);
            if (in == null) {
                throw new NoSuchFileException("classpath:" + normalized);
            }
            return in;
        });
    }

    public static CatalogResource classpath(String path) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return classpath(path, loader != null ? loader : CatalogResource.class.getClassLoader());
    }

    public static CatalogResource file(Path file) {
        return new CatalogResource(file.toString(), () -> Files.newInputStream(file));
    }

    /** An in-memory file; the bytes are copied. */
    public static CatalogResource bytes(String name, byte[] content) {
        byte[] copy = content.clone();
        return new CatalogResource(name, () -> new ByteArrayInputStream(copy));
    }

    public static CatalogResource text(String name, String content) {
        return bytes(name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * A stream that can be read once. The caller keeps ownership: it is not closed here beyond what reading it
     * to the end implies.
     */
    public static CatalogResource stream(String name, InputStream in) {
        return new CatalogResource(name, () -> in);
    }

    public String name() {
        return name;
    }

    /** Reads at most {@code limit} bytes; more than that is a violation, so a huge file is never read whole. */
    public byte[] read(int limit) {
        try (InputStream in = opener.open()) {
            byte[] content = in.readNBytes(limit + 1);
            if (content.length > limit) {
                throw new CatalogException(new CatalogViolation(SourceLocation.startOf(name), null, null,
                        "file is larger than " + (limit / (1024 * 1024)) + " MiB; a catalog is a few hundred KiB"));
            }
            return content;
        } catch (NoSuchFileException e) {
            throw new CatalogException(new CatalogViolation(SourceLocation.startOf(name), null, null,
                    "file not found"));
        } catch (IOException e) {
            throw new CatalogException(new CatalogViolation(SourceLocation.startOf(name), null, null,
                    "could not read the file: " + e.getMessage()));
        } catch (UncheckedIOException e) {
            throw new CatalogException(new CatalogViolation(SourceLocation.startOf(name), null, null,
                    "could not read the file: " + e.getCause().getMessage()));
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
