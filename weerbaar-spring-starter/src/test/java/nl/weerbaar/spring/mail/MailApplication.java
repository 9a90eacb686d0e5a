package nl.weerbaar.spring.mail;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application with a mail server configured ({@code application-mail.properties}): Weerbaar sends its reminders
 * and escalations by e-mail.
 */
@SpringBootApplication
public class MailApplication {
}
