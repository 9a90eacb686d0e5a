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
 * each gemeente in one region; {@code vr-01} has {@value #LARGEST_REGION} members where there are enough, as the
 * largest region of the country has), their {@code weerbaar.tenants[i].*} properties, and the identity an
 * application needs to be driven over HTTP: the tenants in Camunda, one user per gemeente in the role groups and one
 * per region in the region's groups (as the demo's {@code vr-utrecht.ab}), the groups' authorizations as the demo
 * grants them.
 */
public final class Installation {

    public static final String ADMIN = "bench-admin";
    public static final String PASSWORD = "bench";
    /** The groups of each gemeente's user: AOV-adviseur (starts, works) and both bevoegde gezagen (review). */
    static final List<String> GROUPS = List.of("weerbaar-aov-adviseur", "weerbaar-burgemeester", "weerbaar-wethouder",
            "weerbaar-gemeentesecretaris");

    /** The groups of each region's user, as the demo's vr-utrecht.ab: the region's work and its bestuur. */
    static final List<String> REGION_GROUPS = List.of("weerbaar-veiligheidsregio", "weerbaar-veiligheidsregio-bestuur");
    /** The members of the first region where there are gemeenten enough: the country's largest region has 26. */
    public static final int LARGEST_REGION = 26;

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

    /** The first region, the largest: {@value #LARGEST_REGION} members, or round-robin's first when too few. */
    public String firstRegion() {
        return regions.get(0);
    }

    /**
     * The gemeente's region: the first {@value #LARGEST_REGION} gemeenten in {@code vr-01} and the rest round-robin
     * over the other regions when every other region still gets one; else all round-robin, {@code vr-01} first.
     */
    public String regionOf(String gemeente) {
        int index = gemeenten.indexOf(gemeente);
        if (index < 0) {
            throw new IllegalArgumentException(gemeente + " is no gemeente of this installation");
        }
        if (regions.size() > 1 && gemeenten.size() >= LARGEST_REGION + regions.size() - 1) {
            return index < LARGEST_REGION ? regions.get(0)
                    : regions.get(1 + (index - LARGEST_REGION) % (regions.size() - 1));
        }
        return regions.get(index % regions.size());
    }

    /** The region's member gemeenten in installation order. */
    public List<String> members(String region) {
        return gemeenten.stream().filter(g -> regionOf(g).equals(region)).toList();
    }

    /** The user of a gemeente or a region: a member of that tenant only. */
    public static String user(String tenant) {
        return "bench." + tenant;
    }

    /**
     * A user of an application without Weerbaar who is a member of each of the region's member gemeenten: what a
     * region would need to read its members' instances over engine REST.
     */
    public static String membersReader(String region) {
        return "bench." + region + ".leden";
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
        // The demo lets every role read what it works on; a region's user starts nothing.
        for (String group : REGION_GROUPS) {
            admin.post("/engine-rest/group/create", Map.of("id", group, "name", group, "type", "WORKFLOW")).expect(204);
            admin.post("/engine-rest/authorization/create", Map.of("type", 1, "permissions",
                    List.of("READ", "READ_INSTANCE", "READ_HISTORY"), "groupId", group, "resourceType", 6,
                    "resourceId", "*")).expect(200);
        }
        List<Runnable> calls = new ArrayList<>();
        for (String region : regions) {
            calls.add(() -> {
                admin.post("/engine-rest/tenant/create", Map.of("id", region, "name", region)).expect(204);
                member(admin, user(region), region, REGION_GROUPS);
            });
        }
        for (String gemeente : gemeenten) {
            calls.add(() -> {
                admin.post("/engine-rest/tenant/create", Map.of("id", gemeente, "name", gemeente)).expect(204);
                member(admin, user(gemeente), gemeente, GROUPS);
            });
        }
        parallel(4, calls);
    }

    /**
     * Creates {@link #membersReader(String)} for the region, a member of each of its gemeenten and of the region's
     * groups (READ_INSTANCE), after {@link #createIdentity(String)}.
     */
    public void createMembersReader(String baseUrl, String region) {
        Client admin = Client.as(baseUrl, ADMIN, PASSWORD);
        String reader = membersReader(region);
        createUser(admin, reader, region);
        members(region).forEach(gemeente -> admin.put("/engine-rest/tenant/" + gemeente + "/user-members/" + reader)
                .expect(204));
        REGION_GROUPS.forEach(group -> admin.put("/engine-rest/group/" + group + "/members/" + reader).expect(204));
    }

    private static void member(Client admin, String user, String tenant, List<String> groups) {
        createUser(admin, user, tenant);
        admin.put("/engine-rest/tenant/" + tenant + "/user-members/" + user).expect(204);
        for (String group : groups) {
            admin.put("/engine-rest/group/" + group + "/members/" + user).expect(204);
        }
    }

    private static void createUser(Client admin, String user, String tenant) {
        admin.post("/engine-rest/user/create", Map.of("profile", Map.of("id", user, "firstName", "Bench",
                "lastName", tenant, "email", user + "@example.org"), "credentials",
                Map.of("password", PASSWORD))).expect(204);
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
