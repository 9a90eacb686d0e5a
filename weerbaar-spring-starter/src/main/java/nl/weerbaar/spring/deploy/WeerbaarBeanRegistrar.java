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
            if (!beanFactory.containsBean(name)) {
                beanFactory.registerSingleton(name, bean);
                registered.add(name);
            }
        });
    }

    /** The names registered here (not those the application defined itself). */
    public List<String> registered() {
        return List.copyOf(registered);
    }
}
