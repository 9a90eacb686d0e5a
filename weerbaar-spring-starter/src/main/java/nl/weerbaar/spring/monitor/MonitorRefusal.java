package nl.weerbaar.spring.monitor;

/**
 * The caller may not see what they asked for, or it does not exist: the pages answer with an error page, the API with
 * a problem detail of the same status.
 */
public class MonitorRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public MonitorRefusal(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status: 401, 403 or 404. */
    public int status() {
        return status;
    }
}
