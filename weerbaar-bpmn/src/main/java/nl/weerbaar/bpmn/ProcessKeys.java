package nl.weerbaar.bpmn;

/**
 * The keys of the Weerbaar processes; every one starts with {@code weerbaar-}.
 */
public final class ProcessKeys {

    /** The lifecycle of one catalog measure in one gemeente. */
    public static final String MAATREGEL = "weerbaar-maatregel";

    private ProcessKeys() {
    }
}
