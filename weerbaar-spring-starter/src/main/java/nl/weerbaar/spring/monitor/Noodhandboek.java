package nl.weerbaar.spring.monitor;

import nl.weerbaar.core.catalog.Phase;
import nl.weerbaar.spring.progress.ProgressStatus;

import java.time.Instant;
import java.util.List;

/**
 * The offline crisis handbook of a gemeente for one scenario, to be printed in the koude fase and kept: per crisis
 * phase an action card for each applicable measure, every noodsteunpunt, and the key contacts.
 *
 * @param tenant         the gemeente
 * @param gemeente       its name
 * @param scenario       the scenario
 * @param generatedAt    when this was put together
 * @param phases         the warm phase up to 72 hours, after 72 hours and the nafase, each with its cards
 * @param noodsteunpunten every noodsteunpunt the gemeente is setting up or runs
 * @param contacts       the key contacts
 * @param fingerprint    a digest of everything above but the generation time, to tell whether a print is current
 */
public record Noodhandboek(String tenant, String gemeente, MappedScenario scenario, Instant generatedAt,
                           List<PhaseSection> phases, List<NoodsteunpuntCard> noodsteunpunten,
                           List<MonitorContact> contacts, String fingerprint) {

    public Noodhandboek {
        phases = List.copyOf(phases);
        noodsteunpunten = List.copyOf(noodsteunpunten);
        contacts = List.copyOf(contacts);
    }

    /** The phases the handbook covers, in order. */
    public static final List<Phase> PHASES = List.of(Phase.WARM_TOT_72U, Phase.WARM_NA_72U, Phase.NAFASE);

    /** A crisis phase and its action cards. */
    public record PhaseSection(Phase phase, List<ActionCard> cards) {

        public PhaseSection {
            cards = List.copyOf(cards);
        }
    }

    /**
     * What to do for one measure: what, who (the owner and their contact details, the responsible parties and the
     * partners with the contacts configured for them) and where it stands.
     */
    public record ActionCard(String ref, String title, String text, ProgressStatus status, String owner,
                             List<MonitorContact> ownerContacts, List<String> responsible, List<String> partners,
                             List<MonitorContact> partyContacts) {

        public ActionCard {
            ownerContacts = List.copyOf(ownerContacts);
            responsible = List.copyOf(responsible);
            partners = List.copyOf(partners);
            partyContacts = List.copyOf(partyContacts);
        }
    }

    /**
     * A noodsteunpunt as the handbook lists it; a value not recorded yet is {@code null}.
     *
     * @param name                  its name
     * @param status                its status code (e.g. {@code IN_INRICHTING})
     * @param statusLabel           its status in the requested language
     * @param buildingName          the building
     * @param address               street and house number, postcode, neighbourhood
     * @param keeperName            the keyholder
     * @param keeperPhone           the keyholder's phone number
     * @param regionContact         the veiligheidsregio's contact
     * @param facilities            the facilities recorded, in the requested language; {@code null} before they are
     * @param analogueCommunication whether an analogue means of communication is there; {@code null} before recorded
     * @param facilitiesNote        the note on the facilities
     */
    public record NoodsteunpuntCard(String name, String status, String statusLabel, String buildingName,
                                    String address, String keeperName, String keeperPhone, String regionContact,
                                    List<String> facilities, Boolean analogueCommunication, String facilitiesNote) {
    }
}
