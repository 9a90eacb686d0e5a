package nl.weerbaar.spring.fresh;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application like a municipality's own: Spring Boot with Camunda's starter, plus only the Weerbaar starter
 * and its properties ({@code application-fresh.properties}). Nothing Weerbaar-specific is written here.
 */
@SpringBootApplication
public class FreshApplication {
}
