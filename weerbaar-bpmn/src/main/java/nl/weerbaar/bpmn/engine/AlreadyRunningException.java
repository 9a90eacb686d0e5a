package nl.weerbaar.bpmn.engine;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A start refused because an instance of the process with the same tenant and business key is running, for a
 * process that allows one at a time ({@link nl.weerbaar.bpmn.process.StartRule#oneRunningPerBusinessKey()}). The
 * database guarantees it, across nodes; nothing of the refused start is kept. The REST APIs answer it with 409.
 */
public class AlreadyRunningException extends ProcessEngineException {

    private static final long serialVersionUID = 1L;

    private final String processKey;
    private final String tenantId;
    private final String businessKey;
    private final String runningInstanceId;

    public AlreadyRunningException(String processKey, String tenantId, String businessKey, String runningInstanceId) {
        this(processKey, tenantId, businessKey, runningInstanceId,
                message(processKey, tenantId, businessKey, runningInstanceId));
    }

    /** With the process's own Dutch words for what runs, e.g. another tenant's instance that does the work. */
    public AlreadyRunningException(String processKey, String tenantId, String businessKey, String runningInstanceId,
                                   String message) {
        super(message);
        this.processKey = processKey;
        this.tenantId = tenantId;
        this.businessKey = businessKey;
        this.runningInstanceId = runningInstanceId;
    }

    private static String message(String processKey, String tenantId, String businessKey, String running) {
        String where = tenantId == null ? "" : " in " + tenantId;
        return running == null
                ? "Proces " + processKey + " met business key " + businessKey + " wordt op dit moment al gestart"
                        + where + "; er loopt er hooguit één tegelijk. Probeer het zo nog eens."
                : "Proces " + processKey + " met business key " + businessKey + " loopt al" + where
                        + " (procesinstantie " + running + "); er loopt er hooguit één tegelijk.";
    }

    public String processKey() {
        return processKey;
    }

    public String tenantId() {
        return tenantId;
    }

    public String businessKey() {
        return businessKey;
    }

    /** The running instance, or {@code null} when the other start has not finished yet. */
    public String runningInstanceId() {
        return runningInstanceId;
    }
}
