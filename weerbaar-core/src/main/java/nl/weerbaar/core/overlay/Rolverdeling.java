package nl.weerbaar.core.overlay;

import nl.weerbaar.core.catalog.Party;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The division of roles for one measure in one gemeente, agreed between the gemeente and its veiligheidsregio: who
 * is eindverantwoordelijk, who supports, and the agreement behind it. The guide leaves this to local agreement
 * for most measures ("afhankelijk van lokale afspraken die onderling tussen de beide partijen worden gemaakt").
 *
 * @param responsible the one eindverantwoordelijke party, e.g. the veiligheidsregio's
 * @param supporting  the parties that support; never the responsible party
 * @param agreement   the agreement that fixes this division
 */
public record Rolverdeling(Party responsible, List<Party> supporting, Agreement agreement) {

    public Rolverdeling {
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(agreement, "agreement");
        supporting = supporting == null ? List.of() : List.copyOf(supporting);
        if (supporting.stream().anyMatch(p -> p.code().equals(responsible.code()))) {
            throw new IllegalArgumentException("party " + responsible.code() + " cannot both be responsible and"
                    + " support");
        }
    }

    /** Whether the party with this code is the responsible one. */
    public boolean responsibleIs(String partyCode) {
        return responsible.code().equals(partyCode);
    }

    /**
     * The agreement between gemeente and veiligheidsregio: made on a day, known by a reference, and confirmed by
     * each of the two parties, not before it was made.
     *
     * @param date                        the day the agreement was made
     * @param reference                   what it is known by, e.g. a decision's kenmerk
     * @param confirmedByGemeente         the day the gemeente confirmed it
     * @param confirmedByVeiligheidsregio the day the veiligheidsregio confirmed it
     */
    public record Agreement(LocalDate date, String reference, LocalDate confirmedByGemeente,
                            LocalDate confirmedByVeiligheidsregio) {

        public Agreement {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(confirmedByGemeente, "confirmedByGemeente");
            Objects.requireNonNull(confirmedByVeiligheidsregio, "confirmedByVeiligheidsregio");
            if (reference == null || reference.isBlank()) {
                throw new IllegalArgumentException("an agreement needs a reference");
            }
            if (confirmedByGemeente.isBefore(date) || confirmedByVeiligheidsregio.isBefore(date)) {
                throw new IllegalArgumentException("an agreement cannot be confirmed before it was made (" + date
                        + ")");
            }
        }

        /** The day both parties had confirmed: from then on the agreement holds. */
        public LocalDate confirmed() {
            return confirmedByGemeente.isAfter(confirmedByVeiligheidsregio) ? confirmedByGemeente
                    : confirmedByVeiligheidsregio;
        }
    }
}
