package nl.weerbaar.spring.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The RFC 9457 problem detail ({@code application/problem+json} with {@code type}, {@code title}, {@code status},
 * {@code detail} and {@code instance}) with a Dutch title and detail, for every refusal the starter answers: the
 * Weerbaar API's, Spring Security's on its paths, and the engine REST API's.
 */
public final class Problems {

    /** The media type of every problem. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    /**
     * The body of the problem: {@code type} {@code about:blank}, the Dutch title of the status, the detail (or the
     * status's default when {@code null}) and the instance (left out when {@code null}). The map can be added to.
     */
    public static Map<String, Object> body(int status, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title(status));
        problem.put("status", status);
        problem.put("detail", detail == null ? defaultDetail(status) : detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return problem;
    }

    /**
     * Replaces whatever the response holds so far (but its headers) by the problem, with the request's URI as its
     * instance, and commits it.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        byte[] body = JSON.writeValueAsBytes(body(status, detail, request.getRequestURI()));
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
        } catch (IllegalStateException writerInUse) {
            response.getWriter().write(new String(body, StandardCharsets.UTF_8));
        }
        response.flushBuffer();
    }

    /** The Dutch title of a status. */
    public static String title(int status) {
        return switch (status) {
            case 400 -> "Ongeldig verzoek";
            case 401 -> "Niet aangemeld";
            case 403 -> "Geen toegang";
            case 404 -> "Niet gevonden";
            case 405 -> "Methode niet toegestaan";
            case 406 -> "Niet aanvaardbaar";
            case 409 -> "Conflict";
            case 413 -> "Verzoek te groot";
            case 415 -> "Mediatype niet ondersteund";
            case 429 -> "Te veel verzoeken";
            case 500 -> "Serverfout";
            case 503 -> "Dienst niet beschikbaar";
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                yield known == null ? "Fout " + status : known.getReasonPhrase();
            }
        };
    }

    /** What to tell the caller when whoever refused the request said nothing we can pass on. */
    public static String defaultDetail(int status) {
        return switch (status) {
            case 400 -> "Het verzoek is ongeldig.";
            case 401 -> "Meld u aan om de Weerbaar-API te gebruiken.";
            case 403 -> "U hebt geen rechten voor deze handeling.";
            case 404 -> "Hier is niets te vinden.";
            case 405 -> "Deze methode is hier niet toegestaan.";
            case 406 -> "De API antwoordt alleen met application/json (fouten met application/problem+json).";
            case 415 -> "De API neemt alleen inhoud van het type application/json aan.";
            case 500 -> "Er ging iets mis bij het verwerken van het verzoek. Probeer het later opnieuw.";
            case 503 -> "De dienst is tijdelijk niet beschikbaar. Probeer het later opnieuw.";
            default -> title(status) + ".";
        };
    }
}
