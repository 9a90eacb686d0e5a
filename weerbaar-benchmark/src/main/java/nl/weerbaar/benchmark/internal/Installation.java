package nl.weerbaar.benchmark.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The tenants of a benchmark installation (gemeenten {@code gemeente-001}… and veiligheidsregio's {@code vr-01}…,
 * each gemeente in one region), their {@code weerbaar.tenants[i].*} properties, and the identity an application
 * needs to be driven over HTTP: the tenants in Camunda, one user per gemeente in the role groups, the groups'
 * authorizations as the demo grants them.
 */
public final class Installation {

    public static final String ADMIN = "bench-admin";
    public static final String PASSWORD = "bench";
    /** The groups of each gemeente's user: AOV-adviseur (starts, works) and both bevoegde gezagen (review). */
    static final List<String> GROUPS = List.of("weerbaar-aov-adviseur", "weerbaar-burgemeester", "weerbaar-wethouder",
            "weerbaar-gemeentesecretaris");

    private final List<String> gemeenten;
    private final List<String> regions;

    private Installation(List<String> gemeenten, List<String> regions) {
        this.gemeenten = List.copyOf(gemeenten);
        this.regions = List.copyOf(regions);
    }

    /** Tenants in the country's proportion: 342 gemeenten to 25 regions (367 → 342 + 25; 3 → 2 + 1; 25 → 23 + 2). */
    public static Installation of(int tenants) {
        if (tenants < 2) {
            throw new IllegalArgumentException("benchmark.tenants must be at least 2, not " + tenants);
        }
        int regionCount = Math.max(1, Math.round(tenants * 25f / 367f));
        List<String> regions = new ArrayList<>();
        for (int i = 1; i <= regionCount; i++) {
            regions.add(String.format("vr-%02d", i));
        }
        List<String> gemeenten = new ArrayList<>();
        for (int i = 1; i <= tenants - regionCount; i++) {
            gemeenten.add(String.format("gemeente-%03d", i));
        }
        return new Installation(gemeenten, regions);
    }

    public List<String> gemeenten() {
        return gemeenten;
    }

    public int size() {
        return gemeenten.size() + regions.size();
    }

    public String regionOf(String gemeente) {
        return regions.get(gemeenten.indexOf(gemeente) % regions.size());
    }

    public static String user(String gemeente) {
        return "bench." + gemeente;
    }

    /** Writes the tenants as {@code weerbaar.tenants[i].*} properties; returns the file. */
    public Path writeProperties(Path directory) throws IOException {
        Files.createDirectories(directory);
        StringBuilder properties = new StringBuilder("# " + size() + " tenants for the benchmark\n");
        int i = 0;
        for (String gemeente : gemeenten) {
            properties.append("weerbaar.tenants[").append(i).append("].id=").append(gemeente).append('\n')
                    .append("weerbaar.tenants[").append(i).append("].name=Gemeente ").append(gemeente.substring(9))
                    .append('\n').append("weerbaar.tenants[").append(i).append("].region=").append(regionOf(gemeente))
                    .append('\n');
            i++;
        }
        for (String region : regions) {
            properties.append("weerbaar.tenants[").append(i).append("].id=").append(region).append('\n')
                    .append("weerbaar.tenants[").append(i).append("].name=Veiligheidsregio ")
                    .append(region.substring(3)).append('\n')
                    .append("weerbaar.tenants[").append(i).append("].type=veiligheidsregio\n");
            i++;
        }
        Path file = directory.resolve("tenants-" + size() + ".properties");
        Files.writeString(file, properties);
        return file;
    }

    /** Creates the tenants, groups, authorizations, users and memberships over engine REST as the administrator. */
    public void createIdentity(String baseUrl) throws Exception {
        Client admin = Client.as(baseUrl, ADMIN, PASSWORD);
        for (String group : GROUPS) {
            admin.post("/engine-rest/group/create", Map.of("id", group, "name", group, "type", "WORKFLOW")).expect(204);
            admin.post("/engine-rest/authorization/create", Map.of("type", 1, "permissions",
                    List.of("READ", "READ_INSTANCE", "READ_HISTORY", "CREATE_INSTANCE"), "groupId", group,
                    "resourceType", 6, "resourceId", "*")).expect(200);
            admin.post("/engine-rest/authorization/create", Map.of("type", 1, "permissions", List.of("CREATE"),
                    "groupId", group, "resourceType", 8, "resourceId", "*")).expect(200);
        }
        List<Runnable> calls = new ArrayList<>();
        for (String region : regions) {
            calls.add(() -> admin.post("/engine-rest/tenant/create", Map.of("id", region, "name", region)).expect(204));
        }
        for (String gemeente : gemeenten) {
            calls.add(() -> {
                String user = user(gemeente);
                admin.post("/engine-rest/tenant/create", Map.of("id", gemeente, "name", gemeente)).expect(204);
                admin.post("/engine-rest/user/create", Map.of("profile", Map.of("id", user, "firstName", "Bench",
                        "lastName", gemeente, "email", user + "@example.org"), "credentials",
                        Map.of("password", PASSWORD))).expect(204);
                admin.put("/engine-rest/tenant/" + gemeente + "/user-members/" + user).expect(204);
                for (String group : GROUPS) {
                    admin.put("/engine-rest/group/" + group + "/members/" + user).expect(204);
                }
            });
        }
        parallel(4, calls);
    }

    /** Runs the calls on the threads; fails with the first failure. */
    public static void parallel(int threads, List<Runnable> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            calls.forEach(call -> futures.add(pool.submit(call)));
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
