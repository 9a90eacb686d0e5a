package nl.weerbaar.spring.internal;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem detail the starter writes has the same fields, a Dutch title and, failing a detail, a Dutch one. */
class ProblemsTests {

    @Test
    void buildsTheProblemWithADutchTitle() {
        assertThat(Problems.body(403, "Niet voor u.", "/engine-rest/task/1/complete")).containsExactly(
                Map.entry("type", "about:blank"), Map.entry("title", "Geen toegang"), Map.entry("status", 403),
                Map.entry("detail", "Niet voor u."), Map.entry("instance", "/engine-rest/task/1/complete"));
        assertThat(Problems.body(401, null, null))
                .containsEntry("title", "Niet aangemeld")
                .containsEntry("detail", "Meld u aan om de Weerbaar-API te gebruiken.")
                .doesNotContainKey("instance");
    }

    @Test
    void writesTheProblemAsJsonInPlaceOfWhatTheResponseHeld() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.getOutputStream().write("half".getBytes(StandardCharsets.UTF_8));

        Problems.write(new MockHttpServletRequest("GET", "/api/weerbaar/v1/x"), response, 409,
                "Er loopt er hooguit één \"tegelijk\".\n");

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentType()).isEqualTo(Problems.MEDIA_TYPE);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(body, "$.title")).isEqualTo("Conflict");
        assertThat(JsonPath.<String>read(body, "$.detail")).isEqualTo("Er loopt er hooguit één \"tegelijk\".\n");
        assertThat(JsonPath.<String>read(body, "$.instance")).isEqualTo("/api/weerbaar/v1/x");
        assertThat(response.getContentLength()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
    }
}
