package nl.weerbaar.spring.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.weerbaar.spring.api.ApiException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Refuses a request to the Weerbaar API with a query parameter its operation does not know (400), rather than
 * ignoring it: {@code ?pilar=2} would otherwise answer with every measure as if the filter had matched.
 */
public class QueryParameterCheck implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Set<String> known = known(method);
        List<String> unknown = new ArrayList<>();
        for (String name : Collections.list(request.getParameterNames())) {
            if (!known.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, (unknown.size() == 1 ? "Onbekende parameter '"
                    + unknown.get(0) + "'" : "Onbekende parameters '" + String.join("', '", unknown) + "'")
                    + (known.isEmpty() ? "; deze operatie heeft geen parameters." : "; deze operatie kent "
                    + String.join(", ", known) + "."));
        }
        return true;
    }

    private static Set<String> known(HandlerMethod method) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                names.add(StringUtils.hasText(param.name()) ? param.name() : parameter.getParameterName());
            }
        }
        return names;
    }
}
