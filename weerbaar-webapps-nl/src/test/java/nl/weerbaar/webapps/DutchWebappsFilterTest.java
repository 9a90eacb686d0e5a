package nl.weerbaar.webapps;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the filter serves in place of a webapp's files, and what it leaves to Camunda. */
class DutchWebappsFilterTest {

    private final DutchWebappsFilter camunda = new DutchWebappsFilter("/camunda");

    @ParameterizedTest
    @ValueSource(strings = {"admin", "cockpit", "tasklist", "welcome"})
    void servesEachWebappsConfigAsAModuleThatImportsTheOriginalAndAddsDutch(String webapp) throws Exception {
        Served served = get(camunda, "/camunda/app/" + webapp + "/scripts/config.js", "bust=1733000000000");

        assertThat(served.passedOn()).isFalse();
        assertThat(served.response().getStatus()).isEqualTo(200);
        assertThat(served.response().getContentType()).isEqualTo("text/javascript;charset=UTF-8");
        assertThat(served.response().getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(served.response().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(served.body())
                .contains("import config from './config.js?weerbaar=original&bust=1733000000000';")
                .contains("availableLocales.push('nl')", "|| 'en'")
                .contains("'claims the currently selected task': 'claimt de geselecteerde taak'");
        assertThat(served.response().getContentLength()).isEqualTo(served.response().getContentAsByteArray().length);
    }

    @Test
    void servesUserStylesThatImportTheOriginalAndHideTheEndOfLifeBanner() throws Exception {
        Served served = get(camunda, "/camunda/app/cockpit/styles/user-styles.css", "bust=7.24.0");

        assertThat(served.passedOn()).isFalse();
        assertThat(served.response().getContentType()).isEqualTo("text/css;charset=UTF-8");
        assertThat(served.body()).contains("@import url(\"user-styles.css?weerbaar=original&bust=7.24.0\");")
                .containsPattern("\\[cam-widget-header] \\.ce-eol-banner \\{\\s*display: none;\\s*}");
    }

    @Test
    void letsTheOriginalFilesThrough() throws Exception {
        assertThat(get(camunda, "/camunda/app/tasklist/scripts/config.js", "weerbaar=original&bust=1").passedOn())
                .isTrue();
        assertThat(get(camunda, "/camunda/app/admin/styles/user-styles.css", "weerbaar=original").passedOn())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/camunda/app/tasklist/locales/nl.json", "/camunda/app/tasklist/", "/camunda/api/engine/engine/",
            "/camunda/app/optimize/scripts/config.js", "/camunda/app/tasklist/scripts/config.js.map",
            "/camunda/app/tasklist/default/scripts/config.js", "/werk/app/tasklist/scripts/config.js",
            "/engine-rest/app/tasklist/scripts/config.js"})
    void leavesEveryOtherRequestAlone(String path) throws Exception {
        assertThat(get(camunda, path, null).passedOn()).as(path).isTrue();
    }

    @Test
    void leavesOtherMethodsAlone() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/camunda/app/tasklist/scripts/config.js");
        MockFilterChain chain = new MockFilterChain();
        camunda.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void dropsABustValueThatCouldBreakOutOfTheScript() throws Exception {
        Served served = get(camunda, "/camunda/app/tasklist/scripts/config.js", "bust=1';alert(1);//");
        assertThat(served.body()).contains("import config from './config.js?weerbaar=original';")
                .doesNotContain("alert");
    }

    @Test
    void followsTheApplicationPathAndTheServletContextPath() throws Exception {
        DutchWebappsFilter werk = new DutchWebappsFilter("werk/");
        assertThat(werk.applicationPath()).isEqualTo("/werk");
        assertThat(werk.urlPattern()).isEqualTo("/werk/app/*");
        assertThat(get(werk, "/werk/app/tasklist/scripts/config.js", null).passedOn()).isFalse();
        assertThat(get(werk, "/camunda/app/tasklist/scripts/config.js", null).passedOn()).isTrue();

        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/gemeente/werk/app/admin/scripts/config.js");
        request.setContextPath("/gemeente");
        MockFilterChain chain = new MockFilterChain();
        werk.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void servesTheWebappsAtTheRootToo() throws Exception {
        DutchWebappsFilter root = new DutchWebappsFilter("");
        assertThat(root.urlPattern()).isEqualTo("/app/*");
        assertThat(get(root, "/app/welcome/scripts/config.js", null).passedOn()).isFalse();
    }

    @Test
    void rejectsAnApplicationPathThatIsNoPlainPath() {
        assertThatThrownBy(() -> new DutchWebappsFilter("/webapps/*"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Webapp application path '/webapps/*' has the character '*' at position 9;"
                        + " camunda.bpm.webapp.application-path takes a plain path such as /camunda");
    }

    private static Served get(DutchWebappsFilter filter, String path, String query)
            throws ServletException, IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (query != null) {
            request.setQueryString(query);
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                request.addParameter(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return new Served(response, chain.getRequest() != null);
    }

    private record Served(MockHttpServletResponse response, boolean passedOn) {

        String body() throws IOException {
            return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
