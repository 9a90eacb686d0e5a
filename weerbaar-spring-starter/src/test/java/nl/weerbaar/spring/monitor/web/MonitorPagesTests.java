package nl.weerbaar.spring.monitor.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which print posts the pages take: a browser's from another site is refused by what the browser says of it, not by
 * comparing its origin with the request's own address, which a proxy that terminates TLS rewrites.
 */
class MonitorPagesTests {

    @Test
    void takesAPostFromItsOwnPagesBehindAProxyThatTerminatesTls() {
        MockHttpServletRequest request = post("same-origin");
        request.addHeader("Origin", "https://weerbaar.utrecht.example");
        assertThat(MonitorPages.sameSite(request)).isTrue();
    }

    @Test
    void refusesABrowsersPostFromAnotherSite() {
        assertThat(MonitorPages.sameSite(post("cross-site"))).isFalse();
        assertThat(MonitorPages.sameSite(post("same-site"))).isFalse();
    }

    @Test
    void leavesAPostWithoutFetchMetadataToTheCsrfToken() {
        assertThat(MonitorPages.sameSite(post(null))).isTrue();
        assertThat(MonitorPages.sameSite(post("none"))).isTrue();
    }

    private static MockHttpServletRequest post(String site) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/weerbaar/noodhandboek/X");
        request.setScheme("http");
        request.setServerName("localhost");
        request.setServerPort(8080);
        if (site != null) {
            request.addHeader("Sec-Fetch-Site", site);
        }
        return request;
    }
}
