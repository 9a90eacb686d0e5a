package nl.weerbaar.bpmn.engine;

import nl.weerbaar.bpmn.WeerbaarForms;
import nl.weerbaar.bpmn.WeerbaarProcesses;
import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.bpmn.forms.FormValidationListener;
import nl.weerbaar.bpmn.measure.ReminderSender;
import nl.weerbaar.bpmn.roles.RoleMapping;
import nl.weerbaar.bpmn.settings.Deadlines;
import nl.weerbaar.bpmn.settings.WeerbaarSettings;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the models refer to by name — delegates, listeners, the role mapping, settings — built from the
 * application's choices. Stateless, so one set serves every tenant.
 *
 * @param catalogs the effective catalog per tenant
 * @param roles    role → candidate group
 * @param settings terms and intervals
 * @param zone     the time zone of due dates
 * @param reminders how reminders are sent
 */
public record WeerbaarComponents(TenantCatalogs catalogs, RoleMapping roles, WeerbaarSettings settings, ZoneId zone,
                                 ReminderSender reminders) {

    public WeerbaarComponents {
        Objects.requireNonNull(catalogs, "catalogs");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(reminders, "reminders");
    }

    /** Defaults for everything but the catalogs: default groups and terms, Dutch time, logged reminders. */
    public static WeerbaarComponents defaults(TenantCatalogs catalogs) {
        return new WeerbaarComponents(catalogs, RoleMapping.defaults(), WeerbaarSettings.defaults(),
                ZoneId.of("Europe/Amsterdam"), ReminderSender.logging());
    }

    /** Bean name → object, as the models' expressions name them. */
    public Map<String, Object> beans() {
        Deadlines deadlines = new Deadlines(settings, zone);
        Map<String, Object> beans = new LinkedHashMap<>();
        beans.put(TenantCatalogs.BEAN_NAME, catalogs);
        beans.put(RoleMapping.BEAN_NAME, roles);
        beans.put(WeerbaarSettings.BEAN_NAME, settings);
        beans.put(Deadlines.BEAN_NAME, deadlines);
        beans.put(FormValidationListener.BEAN_NAME, new FormValidationListener(WeerbaarForms.registry()));
        WeerbaarProcesses.ALL.forEach(process -> beans.putAll(process.beans(this)));
        return beans;
    }
}
