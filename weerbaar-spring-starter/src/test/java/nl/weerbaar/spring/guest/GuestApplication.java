package nl.weerbaar.spring.guest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.weerbaar.bpmn.tenant.InstanceTenant;
import nl.weerbaar.bpmn.forms.Field;
import nl.weerbaar.bpmn.forms.FormValidationException;
import nl.weerbaar.bpmn.forms.TaskForm;
import nl.weerbaar.bpmn.process.WeerbaarProcess;
import nl.weerbaar.spring.security.CamundaIdentity;
import nl.weerbaar.spring.security.CamundaIdentityResolver;
import nl.weerbaar.spring.security.WeerbaarHttpSecurity;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.springframework.security.config.Customizer.withDefaults;

/**
 * An existing host application that adds the Weerbaar starter: its own users (not Camunda's), its own Spring
 * Security chain with its own rules, its own tenants, and its own BPMN process with a form and a delegate, exposed
 * through its own endpoint. The only Weerbaar-specific lines are the {@code weerbaar.configure(http)} call, the
 * identity resolver that tells Camunda who its users are, and the {@link WeerbaarProcess} bean for its process.
 */
@SpringBootApplication
public class GuestApplication {

    /** The host's tenant: a shared service of three villages. */
    static final String TENANT = "dorpen";
    static final String PASSWORD = "gast-geheim";

    @Bean
    SecurityFilterChain hostSecurity(HttpSecurity http, WeerbaarHttpSecurity weerbaar) throws Exception {
        weerbaar.configure(http);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/meldingen/**"))
                        .hasRole("BUITENDIENST")
                        .anyRequest().authenticated())
                .httpBasic(withDefaults())
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        PathPatternRequestMatcher.withDefaults().matcher("/meldingen/**")));
        return http.build();
    }

    /** The host's own user store; Camunda's identity service knows none of these users. */
    @Bean
    InMemoryUserDetailsManager hostUsers() {
        return new InMemoryUserDetailsManager(
                User.withUsername("dorpen.buitendienst").password("{noop}" + PASSWORD)
                        .authorities("ROLE_BUITENDIENST", "GROUP_dorpen-buitendienst", "GROUP_weerbaar-aov-adviseur",
                                "TENANT_" + TENANT).build(),
                User.withUsername("dorpen.zonder-gemeente").password("{noop}" + PASSWORD)
                        .authorities("ROLE_BUITENDIENST", "GROUP_dorpen-buitendienst").build());
    }

    /** The host's users as Camunda sees them: groups and tenants from their authorities. */
    @Bean
    @Order(-1)
    CamundaIdentityResolver hostIdentities() {
        return authentication -> Optional.of(new CamundaIdentity(authentication.getName(),
                withPrefix(authentication, "GROUP_"), withPrefix(authentication, "TENANT_")));
    }

    /** The host's own process, registered the way Weerbaar's are. */
    @Bean
    WeerbaarProcess meldingProcess() {
        return new WeerbaarProcess() {
            @Override
            public String key() {
                return "dorpen-melding";
            }

            @Override
            public String modelResource() {
                return "guest/melding.bpmn";
            }

            @Override
            public List<Class<? extends Record>> forms() {
                return List.of(Afhandeling.class);
            }
        };
    }

    /** The delegate the host's model names, an ordinary bean of the host. */
    @Bean
    JavaDelegate meldingRegistratie() {
        return execution -> execution.setVariable("geregistreerd", true);
    }

    /** The form of the host's user task, checked by Weerbaar on every completion. */
    @TaskForm(id = "dorpen-melding-behandelen", title = "Melding behandelen")
    public record Afhandeling(
            @Field(label = "Afhandeling") @NotBlank(message = "{weerbaar.form.required}")
            @Size(max = 500, message = "{weerbaar.form.max-length}") String afhandeling) {
    }

    private static List<String> withPrefix(Authentication authentication, String prefix) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(prefix)).map(authority -> authority.substring(prefix.length()))
                .toList();
    }

    /** The host's own endpoint for its process. */
    @RestController
    static class Meldingen {

        private final ProcessEngine engine;

        Meldingen(ProcessEngine engine) {
            this.engine = engine;
        }

        @PostMapping("/meldingen")
        Map<String, String> report() {
            ProcessInstance melding = InstanceTenant.call(TENANT, () -> engine.getRuntimeService()
                    .createProcessInstanceByKey("dorpen-melding").processDefinitionWithoutTenantId().execute());
            String task = engine.getTaskService().createTaskQuery().processInstanceId(melding.getId()).singleResult()
                    .getId();
            return Map.of("melding", melding.getId(), "taak", task);
        }

        @PostMapping("/meldingen/taken/{taskId}")
        ResponseEntity<Map<String, Object>> handle(@PathVariable String taskId, @RequestBody Map<String, Object> form) {
            try {
                engine.getTaskService().complete(taskId, form);
                return ResponseEntity.noContent().build();
            } catch (ProcessEngineException e) {
                FormValidationException refused = FormValidationException.in(e).orElseThrow(() -> e);
                return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("fouten", refused.violations().stream()
                        .map(v -> v.field() + ": " + v.message()).toList()));
            }
        }
    }
}
