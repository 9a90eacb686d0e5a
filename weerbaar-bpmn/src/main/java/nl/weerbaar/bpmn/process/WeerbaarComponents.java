package nl.weerbaar.bpmn.process;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.roles.RoleMapping;
import nl.weerbaar.bpmn.settings.Deadlines;
import nl.weerbaar.bpmn.settings.WeerbaarSettings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What every process's delegates are made from — the catalogs, the role mapping, the settings and how reminders
 * are sent — built from the application's choices. Stateless, so one set serves every tenant.
 *
 * @param catalogs  the effective catalog per tenant
 * @param roles     role → candidate group
 * @param settings  terms, intervals and time zone
 * @param reminders how reminders are sent
 */
public record WeerbaarComponents(TenantCatalogs catalogs, RoleMapping roles, WeerbaarSettings settings,
                                 ReminderSender reminders) {

    public WeerbaarComponents {
        Objects.requireNonNull(catalogs, "catalogs");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(reminders, "reminders");
    }

    /** Defaults for everything but the catalogs: default groups and terms, Dutch time, logged reminders. */
    public static WeerbaarComponents defaults(TenantCatalogs catalogs) {
        return new WeerbaarComponents(catalogs, RoleMapping.defaults(), WeerbaarSettings.defaults(),
                ReminderSender.logging());
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
