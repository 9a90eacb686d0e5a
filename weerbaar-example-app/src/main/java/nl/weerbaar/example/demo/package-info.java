/**
 * The demo data of the {@code demo} profile: gemeenten, their veiligheidsregio, users per role with their
 * authorizations and Tasklist filters, and work under way in every Weerbaar process.
 */
package nl.weerbaar.example.demo;
