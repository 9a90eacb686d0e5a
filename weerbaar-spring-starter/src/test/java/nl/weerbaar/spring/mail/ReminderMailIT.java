package nl.weerbaar.spring.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.weerbaar.bpmn.measure.MeasureLifecycle;
import nl.weerbaar.bpmn.measure.MeasureProcessModel;
import nl.weerbaar.bpmn.process.Reminder;
import nl.weerbaar.bpmn.process.ReminderSender;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import nl.weerbaar.spring.notify.MailReminderSender;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders and escalations reach people: by e-mail through a real SMTP server (GreenMail) when spring.mail.* is
 * set, in Dutch, with a link to each task in Tasklist, to the owner or else the candidate group's members — only
 * those with an address who belong to the tenant — and only once the timer's transaction has committed.
 */
@SpringBootTest(classes = MailApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "weerbaar.api.enabled=false")
@ActiveProfiles("mail")
class ReminderMailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Autowired
    ProcessEngine engine;

    @Autowired
    ReminderSender sender;

    @Autowired
    WeerbaarComponents components;

    private RuntimeService runtime;
    private TaskService tasks;
    private ManagementService management;
    private MeasureLifecycle lifecycles;

    @BeforeEach
    void setUp() throws Exception {
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        management = engine.getManagementService();
        lifecycles = new MeasureLifecycle(runtime, components.routes());
        people(engine.getIdentityService());
        ClockUtil.setCurrentTime(at(LocalDate.of(2026, 1, 5), 10));
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void cleanUp() {
        runtime.createProcessInstanceQuery().list().forEach(i -> runtime.deleteProcessInstance(i.getId(), "test"));
        ClockUtil.reset();
    }

    @Test
    void theReminderGoesToTheOwnerWithALinkToTheTaskInTasklist() throws Exception {
        ProcessInstance measure = planned("utrecht", "1.2", "utrecht.aov");

        fire(measure, MeasureProcessModel.REMINDER);

        assertThat(sender).isInstanceOf(MailReminderSender.class);
        MimeMessage mail = onlyMail();
        assertThat(recipients(mail)).containsExactly("aov@utrecht.example");
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("weerbaar@utrecht.example");
        assertThat(mail.getSubject()).isEqualTo("Herinnering: maatregel 1.2 moet op 1 maart 2026 gereed zijn");
        Task execute = task(measure);
        assertThat(GreenMailUtil.getBody(mail).replace("\r\n", "\n").strip()).isEqualTo("""
                Goedendag,

                Maatregel 1.2 'Prioritering in Business Continuity Management' moet op 1 maart 2026 gereed en \
                goedgekeurd zijn. Eigenaar: utrecht.aov. De maatregel staat nu op: In uitvoering.
                Rond de open taak af, of spreek met de eigenaar een nieuwe termijn af.

                Open de taak in Tasklist:
                https://weerbaar.utrecht.example/camunda/app/tasklist/default/#/?task=%s

                U krijgt dit bericht van Weerbaar omdat u deze taak kunt oppakken in utrecht.""".formatted(
                execute.getId()));
    }

    @Test
    void anOwnerWhoIsNoUserMeansTheCandidateGroupsMembersOfTheTenantNeverAnotherTenants() throws Exception {
        ProcessInstance measure = planned("utrecht", "1.3", "Team Openbare Orde en Veiligheid");

        fire(measure, MeasureProcessModel.REMINDER);

        assertThat(recipients(onlyMail())).as("amersfoort.aov shares the group but not the tenant; utrecht.stagiair"
                + " has no address").containsExactlyInAnyOrder("aov@utrecht.example", "oov-team@utrecht.example");
    }

    @Test
    void theEscalationGoesToTheGemeentesecretarisWithALinkToTheEscalationTask() throws Exception {
        ProcessInstance measure = planned("utrecht", "1.4", "utrecht.aov");
        fire(measure, MeasureProcessModel.REMINDER);
        SMTP.purgeEmailFromAllMailboxes();

        fire(measure, MeasureProcessModel.OVERDUE);

        MimeMessage mail = onlyMail();
        assertThat(recipients(mail)).containsExactly("gemsec@utrecht.example");
        assertThat(mail.getSubject()).isEqualTo("Escalatie: maatregel 1.4 is niet op tijd gereed");
        Task escalation = tasks.createTaskQuery().processInstanceId(measure.getId())
                .taskDefinitionKey(MeasureProcessModel.ESCALATION).singleResult();
        assertThat(GreenMailUtil.getBody(mail)).contains("#/?task=" + escalation.getId())
                .contains("U krijgt dit bericht van Weerbaar omdat u de escalatie kunt oppakken in utrecht.");
    }

    @Test
    void aRegionLedMeasuresReminderReachesTheRegionsPeople() throws Exception {
        ProcessInstance measure = planned("amersfoort", "2.6", "Adviseurs VRU");
        assertThat(measure.getTenantId()).isEqualTo("vr-utrecht");

        fire(measure, MeasureProcessModel.REMINDER);

        assertThat(recipients(onlyMail())).containsExactly("adviseur@vr-utrecht.example");
    }

    @Test
    void aReminderDeliveredInAnotherTenantsUsersThreadStillFindsItsTenantsPeopleAndOnlyThem() throws Exception {
        IdentityService identity = engine.getIdentityService();
        Reminder reminder = new Reminder(Reminder.Kind.HERINNERING, "vr-utrecht", "Herinnering: maatregel 2.6 moet"
                + " op 1 maart 2026 gereed zijn", "Maatregel 2.6 moet op 1 maart 2026 gereed zijn.",
                LocalDate.of(2026, 3, 1), null, List.of("weerbaar-aov-adviseur", "weerbaar-veiligheidsregio"),
                List.of(), null);

        // As after the commit of a gemeente user's command: the directory shows that user only amersfoort's people.
        identity.setAuthentication("amersfoort.aov", List.of("weerbaar-aov-adviseur"), List.of("amersfoort"));
        try {
            assertThat(identity.createUserQuery().userId("vr-utrecht.adviseur").count()).isZero();
            sender.send(reminder);
            assertThat(identity.getCurrentAuthentication().getUserId()).isEqualTo("amersfoort.aov");
        } finally {
            identity.clearAuthentication();
        }

        assertThat(recipients(onlyMail())).as("the gemeenten's AOV-adviseurs share a group, not the tenant")
                .containsExactly("adviseur@vr-utrecht.example");
    }

    @Test
    void aReminderThatReachesNobodyIsLoggedAndNoMailGoesOut() throws Exception {
        ProcessInstance measure = planned("amersfoort", "1.5", "niemand");
        engine.getIdentityService().deleteMembership("amersfoort.aov", "weerbaar-aov-adviseur");
        try {
            fire(measure, MeasureProcessModel.REMINDER);
        } finally {
            engine.getIdentityService().createMembership("amersfoort.aov", "weerbaar-aov-adviseur");
        }

        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(runtime.getVariable(measure.getId(), "remindedAt")).isNotNull();
    }

    private ProcessInstance planned(String tenant, String ref, String owner) {
        ProcessInstance instance = lifecycles.start(tenant, ref);
        complete(instance, Map.of("applicability", "VAN_TOEPASSING", "owner", owner, "dueDate", "2026-03-01"));
        complete(instance, Map.of("plan", "Stappen."));
        return instance;
    }

    private void fire(ProcessInstance instance, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
        ClockUtil.setCurrentTime(job.getDuedate());
        management.executeJob(job.getId());
    }

    private void complete(ProcessInstance instance, Map<String, Object> variables) {
        tasks.complete(task(instance).getId(), variables);
    }

    private Task task(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private static MimeMessage onlyMail() {
        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).as("one e-mail").isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        List<String> messageIds = Arrays.stream(received).map(m -> {
            try {
                return m.getMessageID();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct().toList();
        assertThat(messageIds).as("one e-mail, delivered to each of its recipients").hasSize(1);
        return received[0];
    }

    private static List<String> recipients(MimeMessage mail) throws Exception {
        return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                .map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    /**
     * Utrecht's AOV-adviseurs (one directly in the tenant, one through the team's group, one without an address),
     * its gemeentesecretaris, Amersfoort's AOV-adviseur in the same group, and the region's adviser.
     */
    private static void people(IdentityService identity) {
        if (identity.createUserQuery().userId("utrecht.aov").count() > 0) {
            return;
        }
        for (String tenant : List.of("utrecht", "amersfoort", "vr-utrecht")) {
            identity.saveTenant(identity.newTenant(tenant));
        }
        for (String group : List.of("weerbaar-aov-adviseur", "weerbaar-gemeentesecretaris", "weerbaar-veiligheidsregio",
                "team-oov-utrecht")) {
            Group g = identity.newGroup(group);
            identity.saveGroup(g);
        }
        identity.createTenantGroupMembership("utrecht", "team-oov-utrecht");
        user(identity, "utrecht.aov", "aov@utrecht.example", "utrecht", "weerbaar-aov-adviseur");
        user(identity, "utrecht.oov", "oov-team@utrecht.example", null, "weerbaar-aov-adviseur");
        identity.createMembership("utrecht.oov", "team-oov-utrecht");
        user(identity, "utrecht.stagiair", null, "utrecht", "weerbaar-aov-adviseur");
        user(identity, "utrecht.gemsec", "gemsec@utrecht.example", "utrecht", "weerbaar-gemeentesecretaris");
        user(identity, "amersfoort.aov", "aov@amersfoort.example", "amersfoort", "weerbaar-aov-adviseur");
        user(identity, "vr-utrecht.adviseur", "adviseur@vr-utrecht.example", "vr-utrecht", "weerbaar-veiligheidsregio");
    }

    private static void user(IdentityService identity, String id, String email, String tenant, String group) {
        User user = identity.newUser(id);
        user.setEmail(email);
        identity.saveUser(user);
        identity.createMembership(id, group);
        if (tenant != null) {
            identity.createTenantUserMembership(tenant, id);
        }
    }

    private static Date at(LocalDate day, int hour) {
        return Date.from(day.atTime(hour, 0).atZone(ZONE).toInstant());
    }
}
