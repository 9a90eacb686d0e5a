package nl.weerbaar.spring.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.weerbaar.bpmn.process.Reminder;
import nl.weerbaar.bpmn.process.ReminderSender;
import nl.weerbaar.bpmn.tenant.CrossTenant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Sends reminders and escalations by e-mail through Spring's {@link JavaMailSender}, in Dutch, with a link to each
 * task in Tasklist. They go to the owner when the owner is a user (or a group) of the identity service, else to
 * the members of the tasks' candidate groups — in every case only to users with an e-mail address who belong to
 * the reminder's tenant, directly or through a group, never to another tenant's users. With nobody to send to,
 * the reminder is logged as before.
 */
public class MailReminderSender implements ReminderSender {

    private static final Logger LOG = LoggerFactory.getLogger(MailReminderSender.class);

    private final JavaMailSender mail;
    private final Supplier<ProcessEngine> engine;
    private final InternetAddress from;
    private final String tasklistUrl;
    private final ReminderSender fallback;

    /**
     * @param from        the sender's address ({@code weerbaar.notifications.from})
     * @param tasklistUrl Tasklist as the recipients reach it, an absolute http(s) URL
     *                    ({@code weerbaar.notifications.tasklist-url}), e.g.
     *                    {@code https://weerbaar.gemeente.nl/camunda/app/tasklist/default/}
     * @param fallback    what to do with a reminder that reaches nobody
     * @throws IllegalArgumentException naming the property when the address or the URL is not one
     */
    public MailReminderSender(JavaMailSender mail, ProcessEngine engine, String from, String tasklistUrl,
                              ReminderSender fallback) {
        this(mail, () -> engine, from, tasklistUrl, fallback);
        Objects.requireNonNull(engine, "engine");
    }

    /**
     * With the engine looked up when the first reminder goes out, as the engine's own beans may need this one.
     *
     * @throws IllegalArgumentException naming the property when the address or the URL is not one
     */
    public MailReminderSender(JavaMailSender mail, Supplier<ProcessEngine> engine, String from, String tasklistUrl,
                              ReminderSender fallback) {
        this.mail = Objects.requireNonNull(mail, "mail");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.from = address(from);
        this.tasklistUrl = absolute(tasklistUrl);
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    private static InternetAddress address(String from) {
        try {
            return new InternetAddress(Objects.requireNonNull(from, "from"), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("weerbaar.notifications.from '" + from + "' is not an e-mail address: "
                    + e.getMessage(), e);
        }
    }

    /** The links in the mails are followed from a mail client: only a full http(s) URL takes the reader there. */
    private static String absolute(String tasklistUrl) {
        Objects.requireNonNull(tasklistUrl, "tasklistUrl");
        try {
            URI uri = new URI(tasklistUrl);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw new URISyntaxException(tasklistUrl, "not an absolute http(s) URL with a host");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("weerbaar.notifications.tasklist-url '" + tasklistUrl
                    + "' is not an absolute http(s) URL of Tasklist: " + e.getReason(), e);
        }
        return tasklistUrl.endsWith("/") ? tasklistUrl : tasklistUrl + "/";
    }

    @Override
    public void send(Reminder reminder) {
        // Whoever's action triggered the reminder may not read the identity service, nor — the directory scoped to
        // their tenants (DirectoryScope) — see the reminder's tenant's people: with the checks off, neither holds.
        // recipients() keeps to the reminder's tenant.
        Map<String, String> recipients = CrossTenant.call(engine.get().getRuntimeService(),
                () -> recipients(reminder));
        if (recipients.isEmpty()) {
            LOG.warn("Niemand in {} met een e-mailadres om te herinneren (eigenaar {}, groepen {}); alleen gelogd",
                    reminder.tenantId(), reminder.owner(), reminder.groups());
            fallback.send(reminder);
            return;
        }
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(recipients.values().toArray(String[]::new));
            helper.setSubject(reminder.subject());
            helper.setText(body(reminder), false);
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot compose the e-mail '" + reminder.subject() + "'", e);
        }
        mail.send(message);
        LOG.info("{} verstuurd aan {} ({})", reminder.subject(), recipients.keySet(), reminder.tenantId());
    }

    /** User id → e-mail address of everyone the reminder reaches. */
    Map<String, String> recipients(Reminder reminder) {
        IdentityService identity = engine.get().getIdentityService();
        Map<String, String> recipients = new LinkedHashMap<>();
        if (reminder.owner() != null) {
            User owner = identity.createUserQuery().userId(reminder.owner()).singleResult();
            if (owner != null) {
                add(recipients, owner, reminder.tenantId());
            } else {
                members(reminder.owner()).forEach(user -> add(recipients, user, reminder.tenantId()));
            }
        }
        if (recipients.isEmpty()) {
            for (String group : reminder.groups()) {
                members(group).forEach(user -> add(recipients, user, reminder.tenantId()));
            }
        }
        return recipients;
    }

    private List<User> members(String group) {
        return engine.get().getIdentityService().createUserQuery().memberOfGroup(group).orderByUserId().asc().list();
    }

    /** Only a member of the tenant — directly, or through one of their groups — with an address. */
    private void add(Map<String, String> recipients, User user, String tenantId) {
        if (user.getEmail() == null || user.getEmail().isBlank() || tenantId == null) {
            return;
        }
        boolean member = engine.get().getIdentityService().createTenantQuery().tenantId(tenantId).userMember(user.getId())
                .includingGroupsOfUser(true).count() > 0;
        if (member) {
            recipients.putIfAbsent(user.getId(), user.getEmail().strip());
        }
    }

    /** The Dutch text: greeting, the reminder's own text, a link per task, and why the mail came. */
    String body(Reminder reminder) {
        List<String> lines = new ArrayList<>();
        lines.add("Goedendag,");
        lines.add("");
        lines.add(reminder.message());
        lines.add("");
        if (!reminder.taskIds().isEmpty()) {
            lines.add(reminder.taskIds().size() == 1 ? "Open de taak in Tasklist:" : "Open de taken in Tasklist:");
            reminder.taskIds().forEach(id -> lines.add(taskLink(id)));
            lines.add("");
        }
        lines.add("U krijgt dit bericht van Weerbaar omdat u "
                + (reminder.kind() == Reminder.Kind.ESCALATIE ? "de escalatie" : "deze taak") + " kunt oppakken in "
                + reminder.tenantId() + ".");
        return String.join("\n", lines) + "\n";
    }

    /** Tasklist opens a task from its id in the URL's fragment. */
    String taskLink(String taskId) {
        return tasklistUrl + "#/?task=" + taskId;
    }
}
