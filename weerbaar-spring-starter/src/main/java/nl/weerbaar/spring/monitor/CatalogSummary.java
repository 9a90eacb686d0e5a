package nl.weerbaar.spring.monitor;

import java.time.LocalDate;

/**
 * The catalog a gemeente follows, as a report names it.
 *
 * @param urn       its URN
 * @param title     its title
 * @param version   its version
 * @param publisher who published the source
 * @param published when
 * @param overlays  how many local overlays the gemeente applies
 */
public record CatalogSummary(String urn, String title, int version, String publisher, LocalDate published,
                             int overlays) {
}
