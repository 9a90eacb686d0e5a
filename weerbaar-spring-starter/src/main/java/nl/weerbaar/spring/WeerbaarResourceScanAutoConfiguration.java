package nl.weerbaar.spring;

import nl.weerbaar.spring.deploy.WeerbaarResourceScanExclusion;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Keeps Camunda's classpath scan from deploying Weerbaar's models on its own, also when {@code weerbaar.enabled} is
 * false: without this, switching Weerbaar off would have Camunda deploy the models without the beans they name.
 * A separate auto-configuration because it must not depend on the master switch that
 * {@link WeerbaarAutoConfiguration} obeys.
 */
@AutoConfiguration(before = CamundaBpmAutoConfiguration.class)
@ConditionalOnClass({ProcessEngine.class, CamundaBpmAutoConfiguration.class})
public class WeerbaarResourceScanAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public WeerbaarResourceScanExclusion weerbaarResourceScanExclusion() {
        return new WeerbaarResourceScanExclusion();
    }
}
