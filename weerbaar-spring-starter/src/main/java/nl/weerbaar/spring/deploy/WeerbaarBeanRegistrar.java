package nl.weerbaar.spring.deploy;

import nl.weerbaar.bpmn.engine.WeerbaarComponents;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Registers the delegates, listeners and helpers the models name ({@code ${weerbaarLoadMeasure}}, …) as Spring
 * beans under those names, where Camunda's Spring expression manager looks them up. A bean the application
 * defines under the same name wins: it is left in place.
 */
public class WeerbaarBeanRegistrar implements BeanFactoryAware, InitializingBean {

    private final WeerbaarComponents components;
    private final List<String> registered = new ArrayList<>();
    private ConfigurableListableBeanFactory beanFactory;

    public WeerbaarBeanRegistrar(WeerbaarComponents components) {
        this.components = components;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
        this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
    }

    @Override
    public void afterPropertiesSet() {
        components.beans().forEach((name, bean) -> {
            if (beanFactory.containsBean(name)) {
                return;
            }
            // Components that are beans already (catalogs, roles, settings) get the model's name as an alias, so
            // that injection by type still finds exactly one.
            String existing = existingBeanName(bean);
            if (existing != null) {
                beanFactory.registerAlias(existing, name);
            } else {
                beanFactory.registerSingleton(name, bean);
            }
            registered.add(name);
        });
    }

    private String existingBeanName(Object bean) {
        for (String candidate : beanFactory.getBeanNamesForType(bean.getClass(), false, false)) {
            if (beanFactory.getBean(candidate) == bean) {
                return candidate;
            }
        }
        return null;
    }

    /** The names registered here (not those the application defined itself). */
    public List<String> registered() {
        return List.copyOf(registered);
    }
}
