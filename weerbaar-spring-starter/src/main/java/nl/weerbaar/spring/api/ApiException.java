package nl.weerbaar.spring.api;

import org.springframework.http.HttpStatus;

/**
 * A refusal the API reports as a problem detail with a Dutch explanation.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;

    public ApiException(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
