package nl.weerbaar.spring.monitor.internal;

import nl.weerbaar.bpmn.tenant.CrossTenant;
import nl.weerbaar.spring.monitor.NoodhandboekPrints;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last print per gemeente and scenario as a row of the engine's property table ({@code ACT_GE_PROPERTY}), which
 * every Camunda database has: no schema of Weerbaar's own to migrate. The name is a digest of tenant and scenario
 * (the table allows 64 characters), the value {@code <epoch millis>|<user>|<fingerprint>}. Read and written with the
 * engine's checks off ({@link CrossTenant}): Camunda lets only administrators at this table.
 */
public final class EngineNoodhandboekPrints implements NoodhandboekPrints {

    private static final String PREFIX = "weerbaar.noodhandboek.";

    private final ProcessEngine engine;

    public EngineNoodhandboekPrints(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public void record(String tenantId, String scenario, Print print) {
        String user = print.printedBy() == null ? "" : print.printedBy().replace("|", "");
        String value = print.printedAt().toEpochMilli() + "|" + user + "|" + print.fingerprint();
        CrossTenant.run(engine.getRuntimeService(), () -> management().setProperty(name(tenantId, scenario), value));
    }

    /** One read of the property table, whatever the number of scenarios. */
    @Override
    public Map<String, Print> last(String tenantId, Collection<String> scenarios) {
        Map<String, String> properties = CrossTenant.call(engine.getRuntimeService(),
                () -> management().getProperties());
        Map<String, Print> prints = new LinkedHashMap<>();
        for (String scenario : scenarios) {
            String value = properties.get(name(tenantId, scenario));
            if (value != null) {
                String[] parts = value.split("\\|", 3);
                if (parts.length == 3) {
                    prints.put(scenario, new Print(Instant.ofEpochMilli(Long.parseLong(parts[0])),
                            parts[1].isEmpty() ? null : parts[1], parts[2]));
                }
            }
        }
        return prints;
    }

    private ManagementService management() {
        return engine.getManagementService();
    }

    static String name(String tenantId, String scenario) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((tenantId + "\u0000" + scenario).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
