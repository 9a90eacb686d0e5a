package nl.weerbaar.bpmn.roles;

import org.camunda.bpm.engine.delegate.VariableScope;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which candidate group takes each role's tasks. Models name roles ({@code ${weerbaarRoles.group('griffie')}});
 * an application maps them to the groups its identity service knows. Unmapped roles use {@code weerbaar-<code>}.
 */
public final class RoleMapping {

    /** The name under which models find the mapping in expressions. */
    public static final String BEAN_NAME = "weerbaarRoles";

    private final Map<Role, String> groups;

    private RoleMapping(Map<Role, String> groups) {
        this.groups = groups;
    }

    public static RoleMapping defaults() {
        return of(Map.of());
    }

    /** The given groups, defaults for the roles not given. */
    public static RoleMapping of(Map<Role, String> overrides) {
        Map<Role, String> groups = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String group = overrides.getOrDefault(role, defaultGroup(role));
            if (group == null || group.isBlank()) {
                throw new IllegalArgumentException("candidate group of role " + role.code() + " must not be blank");
            }
            groups.put(role, group);
        }
        return new RoleMapping(groups);
    }

    public static String defaultGroup(Role role) {
        return "weerbaar-" + role.code();
    }

    public String group(Role role) {
        return groups.get(Objects.requireNonNull(role, "role"));
    }

    /** For expressions in models: the candidate group of the role with this code. */
    public String group(String roleCode) {
        return group(Role.ofCode(roleCode));
    }

    /**
     * For expressions in models: the candidate group the variable of this name holds, or the role's when it holds
     * none — an instance started before the process chose its groups at start, or migrated from such a version:
     * {@code ${weerbaarRoles.candidateGroup(execution, 'workGroup', 'aov-adviseur')}}. It takes the execution, not
     * {@code execution.getVariable(..)}: the expression language looks a method up among all public methods of the
     * object it is called on, each time, and the engine's execution has hundreds.
     */
    public String candidateGroup(VariableScope execution, String variable, String roleCode) {
        return groupOr(execution.getVariable(variable), roleCode);
    }

    /**
     * The candidate group given, or the role's when it is none; what models deployed before 7 December 2026 call
     * ({@code ${weerbaarRoles.groupOr(execution.getVariable('workGroup'), 'aov-adviseur')}}), so it stays.
     */
    public String groupOr(Object group, String roleCode) {
        return group instanceof String text && !text.isBlank() ? text : group(roleCode);
    }

    public Map<Role, String> asMap() {
        return Map.copyOf(groups);
    }
}
