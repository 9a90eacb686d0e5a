package nl.weerbaar.spring.api.internal;

import nl.weerbaar.spring.api.WeerbaarApi;
import nl.weerbaar.spring.monitor.MonitorRefusal;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API's refusals as problem details: the monitor's own refusals with their status, whatever endpoint lets them
 * through, and a 406 that names what the endpoint does produce.
 */
class ApiExceptionResolverTests {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Endpoints())
            .setHandlerExceptionResolvers(new ApiExceptionResolver())
            .build();

    @Test
    void answersAMonitorRefusalWithItsStatusAndMessage() throws Exception {
        mvc.perform(get(WeerbaarApi.V1 + "/refused"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("Scenario X bestaat niet."));
    }

    @Test
    void aWrongAcceptHeaderIsToldEveryMediaTypeTheEndpointProduces() throws Exception {
        mvc.perform(get(WeerbaarApi.V1 + "/report").accept(MediaType.TEXT_PLAIN))
                .andExpect(status().isNotAcceptable())
                .andExpect(jsonPath("$.detail").value("De API antwoordt met application/json of application/pdf"
                        + " (fouten met application/problem+json); de Accept-header vraagt 'text/plain'."));
        mvc.perform(get(WeerbaarApi.V1 + "/json").accept(MediaType.TEXT_PLAIN))
                .andExpect(status().isNotAcceptable())
                .andExpect(jsonPath("$.detail").value("De API antwoordt met application/json"
                        + " (fouten met application/problem+json); de Accept-header vraagt 'text/plain'."));
    }

    @RestController
    static class Endpoints {

        @GetMapping(WeerbaarApi.V1 + "/refused")
        String refused() {
            throw new MonitorRefusal(404, "Scenario X bestaat niet.");
        }

        @GetMapping(path = WeerbaarApi.V1 + "/report",
                produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PDF_VALUE})
        String report() {
            return "{}";
        }

        @GetMapping(path = WeerbaarApi.V1 + "/json", produces = MediaType.APPLICATION_JSON_VALUE)
        String json() {
            return "{}";
        }
    }
}
