package nl.weerbaar.example.support;

import nl.weerbaar.example.WeerbaarExampleApplication;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application as it runs with README's command — demo data, a real HTTP port — on H2, or on PostgreSQL when
 * the system property {@code weerbaar.it.database} is {@code postgres}. Every test
 * class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = WeerbaarExampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.Profiles.class)
@ExtendWith(TestDatabase.class)
public @interface ExampleAppTest {
}
