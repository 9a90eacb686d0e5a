package nl.weerbaar.bpmn.process;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.roles.RoleMapping;
import nl.weerbaar.bpmn.routing.MeasureRoutes;
import nl.weerbaar.bpmn.settings.Deadlines;
import nl.weerbaar.bpmn.settings.WeerbaarSettings;
import nl.weerbaar.bpmn.tenant.TenantDirectory;
import nl.weerbaar.core.scenario.ScenarioLoader;
import nl.weerbaar.core.scenario.Scenarios;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What every process's delegates are made from — the catalogs, the role mapping, the settings, how reminders are
 * sent, which tenants are regions and the crisis scenarios — built from the application's choices. Stateless, so
 * one set serves every tenant.
 *
 * @param catalogs  the effective catalog per tenant
 * @param roles     role → candidate group
 * @param settings  terms, intervals and time zone
 * @param reminders how reminders are sent
 * @param tenants   which tenant is a veiligheidsregio and the region of each gemeente
 * @param scenarios the crisis scenarios and the measures each calls on
 */
public record WeerbaarComponents(TenantCatalogs catalogs, RoleMapping roles, WeerbaarSettings settings,
                                 ReminderSender reminders, TenantDirectory tenants, Scenarios scenarios) {

    public WeerbaarComponents {
        Objects.requireNonNull(catalogs, "catalogs");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(reminders, "reminders");
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(scenarios, "scenarios");
    }

    /** Without regions, with the scenarios shipped with the VNG catalog. */
    public WeerbaarComponents(TenantCatalogs catalogs, RoleMapping roles, WeerbaarSettings settings,
                              ReminderSender reminders) {
        this(catalogs, roles, settings, reminders, TenantDirectory.none(), ScenarioLoader.vng2025());
    }

    /**
     * Defaults for everything but the catalogs: default groups and terms, Dutch time, logged reminders, no regions,
     * the VNG scenarios.
     */
    public static WeerbaarComponents defaults(TenantCatalogs catalogs) {
        return new WeerbaarComponents(catalogs, RoleMapping.defaults(), WeerbaarSettings.defaults(),
                ReminderSender.logging());
    }

    /** Who works each measure for each gemeente, and where. */
    public MeasureRoutes routes() {
        return new MeasureRoutes(catalogs, tenants, settings.zone());
    }

    /** The components the models name directly, by the names they use. */
    public Map<String, Object> namedByModels() {
        Map<String, Object> beans = new LinkedHashMap<>();
        beans.put(TenantCatalogs.BEAN_NAME, catalogs);
        beans.put(RoleMapping.BEAN_NAME, roles);
        beans.put(WeerbaarSettings.BEAN_NAME, settings);
        beans.put(Deadlines.BEAN_NAME, new Deadlines(settings));
        return beans;
    }
}
