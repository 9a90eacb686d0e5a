package nl.weerbaar.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A gemeente's Weerbaar application: Camunda's Tasklist, Cockpit and Admin under {@code /camunda}, the engine REST
 * API under {@code /engine-rest} and the Weerbaar API under {@code /api/weerbaar/v1}, everything behind Camunda's
 * identity service. The {@code demo} profile fills it with gemeenten, users and work under way.
 */
@SpringBootApplication
public class WeerbaarExampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(WeerbaarExampleApplication.class, args);
    }
}
