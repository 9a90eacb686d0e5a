package nl.weerbaar.example;

import nl.weerbaar.example.support.Api;
import nl.weerbaar.example.support.Api.Response;
import nl.weerbaar.example.support.Browser;
import nl.weerbaar.example.support.ExampleAppTest;
import nl.weerbaar.example.support.Tasklist;
import nl.weerbaar.example.support.Tasklist.TaskCard;
import nl.weerbaar.example.support.TestDatabase;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in Tasklist, in a real (headless) Chromium: Utrecht's AOV-adviseur finds a measure's intake by its
 * Dutch name, is refused an incomplete form — first by the form itself, then in Dutch by the server — completes it,
 * and the measure moves on; Amersfoort's AOV-adviseur sees only Amersfoort's work. Saves a screenshot of Tasklist
 * with a Weerbaar form into docs/.
 */
@ExampleAppTest
class TasklistBrowserIT {

    static final String INTAKE = "Intake: eigenaar en termijn vastleggen";
    static final Path SCREENSHOT = Browser.docs("tasklist-intake.png");

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    Api api;
    Browser browser;

    @BeforeAll
    static void browserInstalled() {
        Browser.assumeAvailable();
    }

    @BeforeEach
    void openBrowser() {
        api = Api.onPort(port);
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void utrechtsAdviserWorksAMeasureInTasklistAndTheProcessMovesOn() {
        assertThat(api.post("/api/weerbaar/v1/catalog/measures/4.1/lifecycles", "utrecht.aov", null).status())
                .isEqualTo(201);
        LocalDate due = LocalDate.now().plusMonths(6);

        Tasklist tasklist = new Tasklist(browser, api.base()).logIn("utrecht.aov", Api.PASSWORD);
        assertThat(tasklist.filters()).contains("Mijn groepstaken").doesNotContain("Alle taken");
        TaskCard intake = tasklist.measureTask(INTAKE, "4.1").orElseThrow(() -> new AssertionError(
                "no task '" + INTAKE + "' for measure 4.1 in " + tasklist.tasks().stream().map(TaskCard::name)
                        .toList()));
        tasklist.open(intake).claimIfNeeded();
        assertThat(tasklist.readOnly("measureTitle")).isEqualTo("Lokale netwerken in kaart en versterken");

        tasklist.complete();
        assertThat(tasklist.fieldError()).isEqualTo("Field is required.");

        tasklist.choose("applicability", 0).complete();
        assertThat(tasklist.errorNotification()).contains("Formulier 'Intake van de maatregel' is niet volledig of"
                + " niet juist ingevuld", "Eigenaar (owner): is verplicht als de maatregel van toepassing is");
        assertThat(lifecycle("4.1")).as("a refused form changes nothing").isEqualTo("INTAKE");

        tasklist.type("owner", "utrecht.aov")
                .type("dueDate", due.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")))
                .complete();

        browser.until(driver -> "IN_UITVOERING".equals(lifecycle("4.1")));
        Response progress = api.get("/api/weerbaar/v1/progress", "utrecht.aov");
        assertThat(progress.<List<String>>json("$.measures[?(@.ref == '4.1')].owner")).containsExactly("utrecht.aov");
        assertThat(progress.<List<String>>json("$.measures[?(@.ref == '4.1')].dueDate"))
                .containsExactly(due.toString());
        assertThat(api.get("/engine-rest/task?processInstanceBusinessKey=utrecht:4.1", "utrecht.aov")
                .<List<String>>json("$[*].name")).containsExactly("Plan van aanpak opstellen");
    }

    @Test
    void tasklistShowsAWeerbaarFormInDutch() {
        Tasklist tasklist = new Tasklist(browser, api.base()).logIn("utrecht.aov", Api.PASSWORD);
        TaskCard intake = tasklist.measureTask(INTAKE, "1.1").orElseThrow();
        tasklist.open(intake);

        assertThat(tasklist.readOnly("measureTitle")).isEqualTo("Kritieke bedrijfsprocessen in beeld");
        assertThat(tasklist.readOnly("pillarName")).isEqualTo("Eigen continuïteit");
        if (!TestDatabase.postgres()) {
            browser.screenshot(SCREENSHOT);
        }
    }

    @Test
    void amersfoortsAdviserSeesNoneOfUtrechtsTasks() {
        Tasklist tasklist = new Tasklist(browser, api.base()).logIn("amersfoort.aov", Api.PASSWORD);

        List<TaskCard> cards = tasklist.tasks();
        List<String> ids = cards.stream().map(TaskCard::taskId).toList();
        List<String> utrechts = engine.getTaskService().createTaskQuery().tenantIdIn("utrecht").list().stream()
                .map(Task::getId).toList();
        assertThat(ids).isNotEmpty().doesNotContainAnyElementsOf(utrechts);
        assertThat(ids).allSatisfy(id -> assertThat(engine.getTaskService().createTaskQuery().taskId(id)
                .singleResult().getTenantId()).isEqualTo("amersfoort"));
        assertThat(cards.stream().map(TaskCard::name).toList()).contains(INTAKE, "Ontwerpbegroting ambtelijk analyseren")
                .doesNotContain("Voorzieningen regelen", "Maatregel uitvoeren");
    }

    private String lifecycle(String ref) {
        List<String> status = api.get("/api/weerbaar/v1/progress", "utrecht.aov")
                .json("$.measures[?(@.ref == '" + ref + "')].lifecycleStatus");
        return status.get(0);
    }
}
