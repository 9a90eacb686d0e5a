package nl.weerbaar.spring.api;

/**
 * Where the Weerbaar API lives and what every response of it carries (NL API Design Rules: the major version in
 * the path, the full version in the {@code API-Version} header).
 */
public final class WeerbaarApi {

    /** Everything of the Weerbaar API, every major version, lies under this path. */
    public static final String ROOT = "/api/weerbaar";

    /** The base path of major version 1. */
    public static final String V1 = ROOT + "/v1";

    /** The OpenAPI document of version 1, served without authentication. */
    public static final String OPENAPI_V1 = V1 + "/openapi.json";

    /** The response header with the full (semver) version of the API. */
    public static final String VERSION_HEADER = "API-Version";

    private WeerbaarApi() {
    }
}
