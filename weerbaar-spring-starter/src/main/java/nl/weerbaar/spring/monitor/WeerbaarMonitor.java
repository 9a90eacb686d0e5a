package nl.weerbaar.spring.monitor;

import java.util.List;
import java.util.Locale;

/**
 * What the Weerbaarheidsmonitor shows, for the tenant of the caller; never taken from the request. A gemeente sees
 * only itself, a veiligheidsregio only the status aggregates of its members ({@link #region}).
 */
public interface WeerbaarMonitor {

    /** Which kind of view a tenant gets: a gemeente's dashboard, or a veiligheidsregio's roll-up. */
    boolean isRegion(String tenantId);

    /** @throws MonitorRefusal 403 when the tenant is a veiligheidsregio */
    GemeenteDashboard dashboard(String gemeente, Locale locale);

    /** @throws MonitorRefusal 403 when the tenant is not a veiligheidsregio */
    RegionDashboard region(String region, Locale locale);

    /** @throws MonitorRefusal 403 when the tenant is a veiligheidsregio */
    List<ScenarioReadiness> readiness(String gemeente, Locale locale);

    /** @throws MonitorRefusal 403 for a veiligheidsregio, 404 for an unknown scenario */
    ScenarioReadiness readiness(String gemeente, String scenario, Locale locale);

    /** @throws MonitorRefusal 403 for a veiligheidsregio, 404 for an unknown measure */
    MeasureHistory history(String gemeente, String ref, Locale locale);

    /**
     * The print state of each scenario's noodhandboek, as the dashboard has it, without the rest of the dashboard.
     *
     * @throws MonitorRefusal 403 when the tenant is a veiligheidsregio
     */
    default List<GemeenteDashboard.NoodhandboekState> noodhandboeken(String gemeente, Locale locale) {
        return dashboard(gemeente, locale).noodhandboeken();
    }

    /** @throws MonitorRefusal 403 when the tenant is a veiligheidsregio */
    Raadsrapportage raadsrapportage(String gemeente, Locale locale);

    /** @throws MonitorRefusal 403 for a veiligheidsregio, 404 for an unknown scenario */
    Noodhandboek noodhandboek(String gemeente, String scenario, Locale locale);

    /**
     * Records that the user printed the handbook as it is now, and returns it.
     *
     * @throws MonitorRefusal 403 for a veiligheidsregio, 404 for an unknown scenario
     */
    Noodhandboek printNoodhandboek(String gemeente, String scenario, String userId, Locale locale);
}
