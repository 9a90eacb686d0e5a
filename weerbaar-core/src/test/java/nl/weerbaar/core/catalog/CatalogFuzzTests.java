package nl.weerbaar.core.catalog;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Whatever a file holds — random bytes or a valid catalog mutated line by line — loading either succeeds or
 * throws the catalog's own error type with a location inside the file. Never an NPE or a raw parser trace.
 */
class CatalogFuzzTests {

    private static final String NAME = "fuzz.yaml";
    private static final String VALID = TestCatalogs.mini();
    private static final List<String> TOKENS = List.of("", " ", "  ", ":", "- ", "[", "]", "{", "}", "\"", "'", "#",
            "&a", "*a", "!!int", "|", ">", "%", "@", "`", "~", "null", "true", "0", "-1", "1.5", "2.10", "1e9",
            "\t", "\\", "\u0000", "ë", "KOUDE", "gemeenten", "urn:weerbaar:x", "---", "...", "? ", "<<: *a");

    @Property(tries = 300)
    void randomBytesFailOnlyWithALocatedCatalogException(@ForAll @Size(max = 600) byte[] content) {
        assertLoadsOrFailsCleanly(content);
    }

    @Property(tries = 600)
    void mutatedCatalogsFailOnlyWithALocatedCatalogException(@ForAll("mutatedCatalogs") String yaml) {
        assertLoadsOrFailsCleanly(yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> mutatedCatalogs() {
        return mutation().list().ofMinSize(1).ofMaxSize(4).map(mutations -> {
            String yaml = VALID;
            for (UnaryOperator<String> mutation : mutations) {
                yaml = mutation.apply(yaml);
            }
            return yaml;
        });
    }

    private static Arbitrary<UnaryOperator<String>> mutation() {
        Arbitrary<Integer> line = Arbitraries.integers().between(0, 200);
        Arbitrary<String> token = Arbitraries.of(TOKENS);
        return Arbitraries.oneOf(
                line.map(n -> lines(l -> l.remove(n % l.size()))),
                line.map(n -> lines(l -> l.add(n % l.size(), l.get(n % l.size())))),
                Combinators.combine(line, line).as((a, b) -> lines(l -> {
                    String first = l.get(a % l.size());
                    l.set(a % l.size(), l.get(b % l.size()));
                    l.set(b % l.size(), first);
                })),
                Combinators.combine(line, token).as((n, t) -> lines(l -> {
                    String target = l.get(n % l.size());
                    int colon = target.indexOf(": ");
                    l.set(n % l.size(), colon < 0 ? t : target.substring(0, colon + 2) + t);
                })),
                Combinators.combine(line, token, Arbitraries.integers().between(0, 80)).as((n, t, at) -> lines(l -> {
                    String target = l.get(n % l.size());
                    int position = Math.min(at, target.length());
                    l.set(n % l.size(), target.substring(0, position) + t + target.substring(position));
                })),
                Combinators.combine(line, Arbitraries.integers().between(-4, 4)).as((n, shift) -> lines(l -> {
                    String target = l.get(n % l.size());
                    l.set(n % l.size(), shift >= 0 ? " ".repeat(shift) + target
                            : target.substring(Math.min(-shift, target.length() - target.stripLeading().length())));
                })),
                Arbitraries.integers().between(0, VALID.length()).map(n -> yaml -> yaml.substring(0,
                        Math.min(n, yaml.length()))));
    }

    private static UnaryOperator<String> lines(java.util.function.Consumer<List<String>> change) {
        return yaml -> {
            List<String> lines = new ArrayList<>(Arrays.asList(yaml.split("\n", -1)));
            if (lines.isEmpty()) {
                return yaml;
            }
            change.accept(lines);
            return String.join("\n", lines);
        };
    }

    private static void assertLoadsOrFailsCleanly(byte[] content) {
        long lineCount = new String(content, StandardCharsets.UTF_8).lines().count() + 1;
        try {
            Catalog catalog = CatalogLoader.load(CatalogResource.bytes(NAME, content));
            assertThat(catalog.measures().size()).isPositive();
        } catch (CatalogException e) {
            assertThat(e.violations()).isNotEmpty().allSatisfy(v -> {
                assertThat(v.location().source()).isEqualTo(NAME);
                assertThat(v.location().line()).isBetween(1, (int) Math.max(lineCount, 1) + 1);
                assertThat(v.location().column()).isPositive();
                assertThat(v.message()).isNotBlank().doesNotContain("Exception", "\tat ");
            });
        } catch (Throwable unexpected) {
            fail("expected a CatalogException, got " + unexpected, unexpected);
        }
    }
}
