package nl.weerbaar.example.support;

import nl.weerbaar.example.WeerbaarExampleApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application with the demo data and the {@code oidc} profile, pointed at the test's {@link OidcProvider} the way
 * a gemeente points it at its own (the {@code WEERBAAR_OIDC_*} settings), on H2, at
 * {@link OidcProvider#applicationBase()}. Every test class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = WeerbaarExampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({"demo", "oidc"})
@ContextConfiguration(initializers = OidcProvider.Initializer.class)
public @interface OidcAppTest {
}
