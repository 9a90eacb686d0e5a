package nl.weerbaar.example.oidc;

import nl.weerbaar.example.support.Browser;
import nl.weerbaar.example.support.OidcAppTest;
import nl.weerbaar.example.support.OidcProvider;
import nl.weerbaar.example.support.Tasklist;
import nl.weerbaar.example.support.Tasklist.TaskCard;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the {@code oidc} profile Camunda's webapps log in at the gemeente's OIDC provider: an anonymous visitor is
 * sent there, and after logging in on the provider's page lands in Tasklist, which shows the work of the groups and
 * the gemeente the provider's token names — for a person Camunda's own user table does not know.
 */
@OidcAppTest
class OidcWebappsIT {

    private final OidcProvider provider = OidcProvider.get();

    @Autowired
    ProcessEngine engine;

    @Test
    void sendsAnAnonymousVisitorToTheProvider() {
        OidcProvider.Browserless visitor = provider.new Browserless();

        HttpResponse<String> tasklist = visitor.send(HttpRequest.newBuilder(URI.create(provider.applicationBase()
                + "/camunda/app/tasklist/")).header("Accept", "text/html").GET());
        assertThat(tasklist.statusCode()).isEqualTo(302);
        URI login = tasklist.uri().resolve(tasklist.headers().firstValue("Location").orElseThrow());
        assertThat(login.getPath()).isEqualTo("/oauth2/authorization/gemeente");

        HttpResponse<String> provider = visitor.send(HttpRequest.newBuilder(login).GET());
        assertThat(provider.statusCode()).isEqualTo(302);
        assertThat(provider.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(this.provider.issuer() + "/oauth2/authorize?").contains("client_id=weerbaar"));
    }

    @Test
    void aPersonLogsInAtTheProviderAndWorksInTasklist() {
        Browser.assumeAvailable();
        try (Browser browser = Browser.open()) {
            browser.go(provider.applicationBase() + "/camunda/app/tasklist/");
            browser.until(driver -> driver.getCurrentUrl().startsWith(provider.issuer() + "/login"));
            browser.type(By.id("username"), "utrecht.nieuw");
            browser.type(By.id("password"), OidcProvider.PASSWORD);
            browser.click(By.cssSelector("button[type='submit']"));

            List<TaskCard> cards = new Tasklist(browser, provider.applicationBase()).tasks();

            assertThat(browser.driver().getCurrentUrl()).startsWith(provider.applicationBase()
                    + "/camunda/app/tasklist/");
            List<String> utrechts = engine.getTaskService().createTaskQuery().tenantIdIn("utrecht").list().stream()
                    .map(Task::getId).toList();
            assertThat(cards).isNotEmpty().allSatisfy(card -> assertThat(utrechts).contains(card.taskId()));
            assertThat(cards.stream().map(TaskCard::name).toList()).contains("Intake: eigenaar en termijn vastleggen",
                    "Voorzieningen regelen");
        }
    }
}
