package nl.weerbaar.spring.api.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.weerbaar.spring.api.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API's responses keep the required headers and the problem format whatever the application's own filters do
 * after the API's filter: here one that writes headers the way Spring Security's {@code HeaderWriterFilter} does and
 * refuses some requests the ways its entry points do.
 */
class ApiResponseFilterTests {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Endpoints())
            .addFilters(new ApiResponseFilter("1.2.3"), new HostSecurity())
            .setHandlerExceptionResolvers(new ApiExceptionResolver())
            .build();

    @Test
    void keepsTheRequiredHeaderValuesWhenALaterFilterWritesItsOwn() throws Exception {
        expectApiHeaders(mvc.perform(get("/api/weerbaar/v1/ok")))
                .andExpect(status().isOk())
                .andExpect(header().string("Pragma", (String) null))
                .andExpect(header().string("X-Host", "kept"));
    }

    @Test
    void turnsAnErrorSentWithoutBodyIntoAProblem() throws Exception {
        expectApiHeaders(mvc.perform(get("/api/weerbaar/v1/ok").header("X-Refuse", "send-error")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Niet aangemeld"))
                .andExpect(jsonPath("$.detail").value("Meld u aan om de Weerbaar-API te gebruiken."));
        expectApiHeaders(mvc.perform(get("/api/weerbaar/v1/ok").header("X-Refuse", "status")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Geen toegang"))
                .andExpect(jsonPath("$.instance").value("/api/weerbaar/v1/ok"));
    }

    @Test
    void answersAnUnhandledFailureWithA500ThatTellsNothingOfTheServer() throws Exception {
        for (String path : new String[] {"/api/weerbaar/v1/broken", "/api/weerbaar/v1/ok"}) {
            ResultActions response = mvc.perform(get(path).header("X-Refuse", path.endsWith("ok") ? "throw" : "no"));
            expectApiHeaders(response)
                    .andExpect(status().isInternalServerError())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Serverfout"))
                    .andExpect(jsonPath("$.detail").value("Er ging iets mis bij het verwerken van het verzoek."
                            + " Probeer het later opnieuw."));
            assertThat(response.andReturn().getResponse().getContentAsString()).doesNotContain("geheim");
        }
    }

    @Test
    void answersTheApisOwnRefusalWithItsStatusAndDetail() throws Exception {
        expectApiHeaders(mvc.perform(get("/api/weerbaar/v1/refused")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Conflict"))
                .andExpect(jsonPath("$.detail").value("Loopt al."));
    }

    @Test
    void leavesRequestsOutsideTheApiToTheApplication() throws Exception {
        org.junit.jupiter.api.Assertions.assertThrows(ServletException.class,
                () -> mvc.perform(get("/elders/broken")));
    }

    private static ResultActions expectApiHeaders(ResultActions response) throws Exception {
        return response.andExpect(header().stringValues("API-Version", "1.2.3"))
                .andExpect(header().stringValues("Cache-Control", "no-store"))
                .andExpect(header().stringValues("X-Frame-Options", "DENY"))
                .andExpect(header().stringValues("X-Content-Type-Options", "nosniff"))
                .andExpect(header().stringValues("Content-Security-Policy", "frame-ancestors 'none'"));
    }

    @RestController
    static class Endpoints {

        @GetMapping(path = "/api/weerbaar/v1/ok", produces = MediaType.APPLICATION_JSON_VALUE)
        String ok() {
            return "{}";
        }

        @GetMapping("/api/weerbaar/v1/broken")
        String broken() {
            throw new IllegalStateException("database password geheim rejected");
        }

        @GetMapping("/elders/broken")
        String brokenElsewhere() {
            throw new IllegalStateException("not ours");
        }

        @GetMapping("/api/weerbaar/v1/refused")
        String refused() {
            throw new ApiException(HttpStatus.CONFLICT, "Loopt al.");
        }
    }

    /** Writes and refuses like a host's Spring Security chain would. */
    static class HostSecurity extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!response.containsHeader("Cache-Control")) {
                response.setHeader("Pragma", "no-cache");
            }
            response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
            response.addHeader("X-Frame-Options", "SAMEORIGIN");
            response.setHeader("X-Content-Type-Options", "sniff");
            response.addHeader("Content-Security-Policy", "default-src 'self'");
            response.setHeader("API-Version", "0.0.1");
            response.setHeader("X-Host", "kept");
            switch (String.valueOf(request.getHeader("X-Refuse"))) {
                case "send-error" -> {
                    response.setHeader("WWW-Authenticate", "Bearer");
                    response.sendError(401, "Full authentication is required to access this resource");
                }
                case "status" -> response.setStatus(403);
                case "throw" -> throw new ServletException("filter broke: password geheim");
                default -> chain.doFilter(request, response);
            }
        }
    }
}
