package nl.weerbaar.spring.security.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host whose chain forgets Weerbaar's rules hears about it at start-up, because its engine REST API would then run
 * without Camunda's checks.
 */
@ExtendWith(OutputCaptureExtension.class)
class BridgeCheckTests {

    private static final SecurityFilterChain WITHOUT = new DefaultSecurityFilterChain(AnyRequestMatcher.INSTANCE);
    private static final SecurityFilterChain WITH = new DefaultSecurityFilterChain(AnyRequestMatcher.INSTANCE,
            new CamundaIdentityFilter(AnyRequestMatcher.INSTANCE, new CamundaIdentities(List::of), () -> null));

    @Test
    void aChainWithTheBridgeIsEnough() {
        assertThat(BridgeCheck.bridged(List.of(WITHOUT, WITH))).isTrue();
        assertThat(BridgeCheck.bridged(List.of())).as("no Spring Security chains at all").isTrue();
        assertThat(BridgeCheck.bridged(List.of(WITHOUT))).isFalse();
    }

    @Test
    void warnsWhenNoChainHasTheBridge(CapturedOutput output) {
        StaticApplicationContext context = new StaticApplicationContext();
        context.registerBean(SecurityFilterChain.class, () -> WITHOUT);
        context.refresh();

        new BridgeCheck(context.getBeanProvider(SecurityFilterChain.class)).onApplicationEvent(null);

        assertThat(output).contains("No SecurityFilterChain applies WeerbaarHttpSecurity");
    }
}
