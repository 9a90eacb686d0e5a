package nl.weerbaar.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A gemeente's Weerbaar application: Camunda's Tasklist, Cockpit and Admin under {@code /camunda}, the engine REST
 * API under {@code /engine-rest} and the Weerbaar API under {@code /api/weerbaar/v1}, behind one Spring Security chain
 * ({@link nl.weerbaar.example.security.ApplicationSecurity}). The {@code demo} profile fills it with gemeenten, users
 * and work under way; the {@code oidc} profile logs in at the gemeente's identity provider.
 */
@SpringBootApplication
public class WeerbaarExampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(WeerbaarExampleApplication.class, args);
    }
}
