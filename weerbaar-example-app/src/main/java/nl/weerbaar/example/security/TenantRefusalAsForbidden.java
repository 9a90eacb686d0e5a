package nl.weerbaar.example.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a command on another tenant's data — say, completing another gemeente's task by its id — as an
 * {@link AuthorizationException}, which the REST API and the webapps answer with 403 Forbidden. Camunda's own tenant
 * check throws a plain {@link ProcessEngineException}, which the REST API turns into 500 Internal Server Error,
 * as if the server had failed rather than refused. Which commands are refused is unchanged.
 */
public class TenantRefusalAsForbidden extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandChecker> checkers = new ArrayList<>();
        if (configuration.getCommandCheckers() == null) {
            checkers.add(new TenantCommandChecker());
            checkers.add(new AuthorizationCommandChecker());
        } else {
            checkers.addAll(configuration.getCommandCheckers());
        }
        configuration.setCommandCheckers(checkers.stream()
                .map(checker -> checker instanceof TenantCommandChecker ? forbidding(checker) : checker).toList());
    }

    static CommandChecker forbidding(CommandChecker tenantChecker) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(tenantChecker, args);
            }
            try {
                return method.invoke(tenantChecker, args);
            } catch (InvocationTargetException e) {
                Throwable refusal = e.getCause();
                if (refusal instanceof ProcessEngineException && !(refusal instanceof AuthorizationException)) {
                    AuthorizationException forbidden = new AuthorizationException(refusal.getMessage());
                    forbidden.initCause(refusal);
                    throw forbidden;
                }
                throw refusal;
            }
        };
        return (CommandChecker) Proxy.newProxyInstance(TenantRefusalAsForbidden.class.getClassLoader(),
                new Class<?>[] {CommandChecker.class}, handler);
    }
}
