package nl.weerbaar.spring.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.weerbaar.spring.api.ApiException;
import nl.weerbaar.spring.api.WeerbaarApi;
import nl.weerbaar.spring.internal.Problems;
import nl.weerbaar.spring.internal.Refusal;
import nl.weerbaar.spring.monitor.MonitorRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.StringUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers every exception of a request under {@link WeerbaarApi#ROOT} with a problem detail in Dutch: Weerbaar's own
 * refusals (the API's and the monitor's) with their status (the engine's as {@link Refusal} says, with the texts of
 * the engine REST API), Spring MVC's with 400, 404, 405, 406 or 415, and anything else with a 500 that tells nothing of the server's insides (the
 * log has the details). Requests elsewhere are left to the application.
 */
public class ApiExceptionResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionResolver.class);

    @Override
    public int getOrder() {
        // After Spring Boot's DefaultErrorAttributes (which only records the exception), before everything else.
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        if (!ApiPaths.covers(request) || response.isCommitted()) {
            return null;
        }
        Refusal refusal = refusal(request, exception);
        if (refusal.status() >= 500) {
            LOG.error("Weerbaar API request {} {} failed", request.getMethod(), request.getRequestURI(), exception);
        } else {
            LOG.debug("Weerbaar API request {} {} refused with {}", request.getMethod(), request.getRequestURI(),
                    refusal.status(), exception);
        }
        try {
            if (exception instanceof HttpRequestMethodNotSupportedException unsupported
                    && unsupported.getSupportedHttpMethods() != null) {
                response.setHeader(HttpHeaders.ALLOW, unsupported.getSupportedHttpMethods().stream()
                        .map(HttpMethod::name).collect(Collectors.joining(", ")));
            }
            if (refusal.status() == 401 && !response.containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
                // RFC 9110: a 401 says how to authenticate; HTTP Basic, as the starter's own filter asks for it.
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"weerbaar\"");
            }
            Problems.write(request, response, refusal.status(), refusal.detail());
        } catch (IOException e) {
            LOG.debug("Could not write the problem detail for {}", request.getRequestURI(), e);
        }
        return new ModelAndView();
    }

    private static Refusal refusal(HttpServletRequest request, Exception exception) {
        if (exception instanceof ApiException refused) {
            return new Refusal(refused.status().value(), refused.getMessage(), refused);
        }
        if (exception instanceof MonitorRefusal refused) {
            return new Refusal(refused.status(), refused.getMessage(), refused);
        }
        Optional<Refusal> engine = Refusal.of(exception);
        if (engine.isPresent()) {
            return engine.get();
        }
        if (exception instanceof NoResourceFoundException || exception instanceof NoHandlerFoundException) {
            return new Refusal(404, "Er is geen resource " + ApiPaths.path(request) + ". De Weerbaar-API staat onder "
                    + request.getContextPath() + WeerbaarApi.V1 + "; de beschrijving staat in "
                    + request.getContextPath() + WeerbaarApi.OPENAPI_V1 + ".", exception);
        }
        if (exception instanceof HttpRequestMethodNotSupportedException unsupported) {
            Set<HttpMethod> allowed = unsupported.getSupportedHttpMethods();
            return new Refusal(405, "Methode " + unsupported.getMethod() + " is niet toegestaan op "
                    + ApiPaths.path(request) + (allowed == null || allowed.isEmpty() ? "." : "; toegestaan: "
                    + allowed.stream().map(HttpMethod::name).collect(Collectors.joining(", ")) + "."), exception);
        }
        if (exception instanceof HttpMediaTypeNotAcceptableException notAcceptable) {
            String accept = request.getHeader(HttpHeaders.ACCEPT);
            return new Refusal(406, "De API antwoordt met " + supported(notAcceptable.getSupportedMediaTypes())
                    + " (fouten met "
                    + Problems.MEDIA_TYPE + "); de Accept-header vraagt " + (StringUtils.hasText(accept)
                    ? "'" + accept + "'" : "iets anders") + ".", exception);
        }
        if (exception instanceof HttpMediaTypeNotSupportedException unsupported) {
            MediaType type = unsupported.getContentType();
            return new Refusal(415, "Inhoud van het type '" + (type == null ? "onbekend" : type.getType() + "/"
                    + type.getSubtype()) + "' wordt niet aangenomen; stuur " + MediaType.APPLICATION_JSON_VALUE
                    + " of geen inhoud.", exception);
        }
        if (exception instanceof MissingServletRequestParameterException missing) {
            return new Refusal(400, "Parameter '" + missing.getParameterName() + "' ontbreekt.", exception);
        }
        if (exception instanceof MethodArgumentTypeMismatchException mismatch) {
            return new Refusal(400, "Parameter '" + mismatch.getName() + "' heeft een ongeldige waarde '"
                    + mismatch.getValue() + "'.", exception);
        }
        if (exception instanceof HttpMessageNotReadableException) {
            return new Refusal(400, "De inhoud van het verzoek is geen geldige JSON.", exception);
        }
        if (exception instanceof ServletRequestBindingException
                && !(exception instanceof MissingPathVariableException)) {
            return new Refusal(400, "Het verzoek is niet goed gevormd.", exception);
        }
        return new Refusal(500, Problems.defaultDetail(500), exception);
    }

    /** The media types the endpoint produces, "a, b of c"; JSON when the exception names none. */
    private static String supported(List<MediaType> types) {
        List<String> names = types.isEmpty() ? List.of(MediaType.APPLICATION_JSON_VALUE) : types.stream()
                .map(type -> type.getType() + "/" + type.getSubtype()).distinct().toList();
        return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " of "
                + names.get(names.size() - 1);
    }
}
