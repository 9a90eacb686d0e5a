package nl.weerbaar.spring.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import nl.weerbaar.spring.api.WeerbaarApi;

/**
 * Whether a request is one for the Weerbaar API, whatever the application's context path.
 */
final class ApiPaths {

    private ApiPaths() {
    }

    /** The request's path within the application. */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean covers(HttpServletRequest request) {
        String path = path(request);
        return path.equals(WeerbaarApi.ROOT) || path.startsWith(WeerbaarApi.ROOT + "/");
    }
}
