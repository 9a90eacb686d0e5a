package nl.weerbaar.bpmn.engine;

import nl.weerbaar.bpmn.engine.internal.CalledTenantCallActivity;
import nl.weerbaar.bpmn.engine.internal.WeerbaarTenantIdProvider;
import nl.weerbaar.bpmn.engine.internal.FormValidationParseListener;
import nl.weerbaar.bpmn.engine.internal.GuardedManagementService;
import nl.weerbaar.bpmn.engine.internal.IntegrityInterceptor;
import nl.weerbaar.bpmn.engine.internal.IntegrityParseListener;
import nl.weerbaar.bpmn.engine.internal.IntegrityRules;
import nl.weerbaar.bpmn.engine.internal.RunningKeys;
import nl.weerbaar.bpmn.keys.RunningKeyRecord;
import nl.weerbaar.bpmn.forms.FormRegistry;
import nl.weerbaar.bpmn.process.ProcessBean;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import nl.weerbaar.bpmn.process.WeerbaarProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Brings Weerbaar's processes into a Camunda engine and holds every path into them to their rules:
 * <ul>
 *   <li>every user task whose {@code camunda:formRef} names a registered form record checks that record on
 *   completion, whichever model or deployment the task comes from, and a completion or form submission may send
 *   only the form's fields, each of its own kind;</li>
 *   <li>every start of a registered process is checked against its {@link nl.weerbaar.bpmn.process.StartRule},
 *   and where one instance may run per tenant and business key, Weerbaar's table {@value RunningKeys#TABLE}
 *   guarantees it in the database, across nodes;</li>
 *   <li>variables of those processes change only through forms and starts: a user who is not an administrator
 *   who sets, changes or removes one otherwise is refused ({@link DirectChangeRefusedException});</li>
 *   <li>a refused request to execute a job fails before the job is touched, so it costs the job no retry;</li>
 *   <li>and, for an engine without Spring, the delegates and listeners the models name.</li>
 * </ul>
 * Use {@link #standalone} for a plain engine; Spring's starter uses {@link #withoutBeans} and registers the
 * delegates as Spring beans instead.
 */
public final class WeerbaarEnginePlugin extends AbstractProcessEnginePlugin {

    private static final System.Logger LOG = System.getLogger(WeerbaarEnginePlugin.class.getName());

    private final FormRegistry forms;
    private final Map<String, Object> beans;
    private final IntegrityRules rules;
    private final Set<String> keys;
    private final Set<String> forEveryTenant;
    private final List<WeerbaarProcess> processes;
    private RunningKeys runningKeys;

    private WeerbaarEnginePlugin(Collection<? extends WeerbaarProcess> processes, Map<String, Object> beans,
                                 Supplier<WeerbaarComponents> components) {
        this.forms = formsOf(processes);
        this.beans = Map.copyOf(beans);
        this.rules = new IntegrityRules(processes, forms, components);
        this.keys = processes.stream().map(WeerbaarProcess::key).collect(Collectors.toUnmodifiableSet());
        this.forEveryTenant = processes.stream().filter(WeerbaarProcess::startsForEveryTenant)
                .map(WeerbaarProcess::key).collect(Collectors.toUnmodifiableSet());
        this.processes = List.copyOf(processes);
    }

    /** For an engine without Spring: every check, and every bean the processes' models name. */
    public static WeerbaarEnginePlugin standalone(Collection<? extends WeerbaarProcess> processes,
                                                  WeerbaarComponents components) {
        return new WeerbaarEnginePlugin(processes, beans(processes, components), () -> components);
    }

    /**
     * Every check, but no beans: the application provides the beans the models name (as Spring does), and the
     * components the start checks use, looked up when the first start is checked.
     */
    public static WeerbaarEnginePlugin withoutBeans(Collection<? extends WeerbaarProcess> processes,
                                                    Supplier<WeerbaarComponents> components) {
        return new WeerbaarEnginePlugin(processes, Map.of(), components);
    }

    /** Every bean the processes' models name, by name: the shared components, then each process's own. */
    public static Map<String, Object> beans(Collection<? extends WeerbaarProcess> processes,
                                            WeerbaarComponents components) {
        Map<String, Object> beans = new LinkedHashMap<>(components.namedByModels());
        for (WeerbaarProcess process : processes) {
            for (ProcessBean bean : process.beans()) {
                beans.putIfAbsent(bean.name(), bean.create(components));
            }
        }
        return beans;
    }

    /** Every form record of the processes, by form id; a form id used twice is refused. */
    public static FormRegistry formsOf(Collection<? extends WeerbaarProcess> processes) {
        List<Class<? extends Record>> records = new ArrayList<>();
        processes.forEach(process -> records.addAll(process.forms()));
        return FormRegistry.of(records);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        runningKeys = new RunningKeys(configuration.getDatabaseTablePrefix());
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(CalledTenantCallActivity.parseListener());
        listeners.add(new FormValidationParseListener(forms));
        listeners.add(new IntegrityParseListener(rules, runningKeys));
        configuration.setCustomPostBPMNParseListeners(listeners);
        // Deployed once without tenant (ADR 14): each instance gets the tenant it works for.
        configuration.setTenantIdProvider(new WeerbaarTenantIdProvider(keys, forEveryTenant,
                configuration.getTenantIdProvider()));

        configuration.setCustomSessionFactories(append(append(configuration.getCustomSessionFactories(),
                IntegrityInterceptor.sessionFactory(rules)),
                RunningKeyRecord.factory(runningKeys.table(), rules.oneRunningPerBusinessKey())));
        configuration.setCustomPostCommandInterceptorsTxRequired(append(
                configuration.getCustomPostCommandInterceptorsTxRequired(), new IntegrityInterceptor(rules)));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(append(
                configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new IntegrityInterceptor(rules)));
        if (configuration.getManagementService().getClass() == ManagementServiceImpl.class) {
            configuration.setManagementService(new GuardedManagementService(configuration));
        } else {
            LOG.log(System.Logger.Level.WARNING, "The engine has its own management service ({0}); a refused"
                    + " request to execute a job may still cost the job a retry.",
                    configuration.getManagementService().getClass().getName());
        }
        if (!beans.isEmpty()) {
            Map<Object, Object> configured = configuration.getBeans() == null ? new HashMap<>()
                    : new HashMap<>(configuration.getBeans());
            configured.putAll(beans);
            configuration.setBeans(configured);
        }
    }

    /**
     * Creates Weerbaar's table when it is missing, records the instances that run without a row in it, and lets each
     * process bring what it keeps beside its instances in line ({@link WeerbaarProcess#reconcile}).
     */
    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        runningKeys.prepare(configuration);
        runningKeys.reconcile(processEngine, rules.oneRunningPerBusinessKey());
        processes.forEach(process -> process.reconcile(processEngine));
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> appended = list == null ? new ArrayList<>() : new ArrayList<>(list);
        appended.add(element);
        return appended;
    }
}
