package nl.weerbaar.spring.monitor;

/**
 * A person or desk a gemeente configured to be reached in a crisis ({@code weerbaar.tenants[i].contacts[j]}).
 *
 * @param name     who, e.g. {@code Team Openbare Orde en Veiligheid}
 * @param function what for, e.g. {@code AOV-adviseur}
 * @param phone    a number to call, also when the network is down if possible (satellite, DARES)
 * @param email    an e-mail address
 * @param user     the Camunda user this is, so a measure's owner gets these details; {@code null} for none
 * @param party    the catalog party this is the contact for (e.g. {@code veiligheidsregios}); {@code null} for none
 */
public record MonitorContact(String name, String function, String phone, String email, String user, String party) {
}
