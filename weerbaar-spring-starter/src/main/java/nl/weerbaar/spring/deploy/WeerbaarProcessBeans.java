package nl.weerbaar.spring.deploy;

import nl.weerbaar.bpmn.process.ProcessBean;
import nl.weerbaar.bpmn.process.WeerbaarComponents;
import nl.weerbaar.bpmn.process.WeerbaarProcess;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Registers the delegates and listeners that processes' models name ({@code ${weerbaarLoadMeasure}}, …) as Spring
 * beans of those names, where Camunda's Spring expression manager looks them up. Each is made from the
 * {@link WeerbaarComponents} bean when first needed. A bean the application defines under the same name wins: it
 * is left in place, so any delegate can be replaced by name.
 */
public final class WeerbaarProcessBeans implements BeanDefinitionRegistryPostProcessor {

    private final List<? extends WeerbaarProcess> processes;
    private final List<String> registered = new ArrayList<>();

    /** @param processes the processes whose beans to register (known before any bean exists) */
    public WeerbaarProcessBeans(List<? extends WeerbaarProcess> processes) {
        this.processes = List.copyOf(processes);
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        BeanFactory beans = (BeanFactory) registry;
        for (WeerbaarProcess process : processes) {
            for (ProcessBean bean : process.beans()) {
                if (registry.containsBeanDefinition(bean.name()) || registry.isAlias(bean.name())) {
                    continue;
                }
                Supplier<Object> made = () -> bean.create(beans.getBean(WeerbaarComponents.class));
                RootBeanDefinition definition = new RootBeanDefinition(Object.class, made);
                definition.setTargetType(bean.type());
                definition.setDescription("Weerbaar: " + bean.name() + " of " + process.key());
                registry.registerBeanDefinition(bean.name(), definition);
                registered.add(bean.name());
            }
        }
    }

    /** The names registered here (not those the application defined itself). */
    public List<String> registered() {
        return List.copyOf(registered);
    }
}
