package nl.weerbaar.spring;

import nl.weerbaar.bpmn.process.WeerbaarProcess;
import nl.weerbaar.spring.deploy.WeerbaarResourceScanExclusion;
import nl.weerbaar.spring.security.LoginLockPolicy;
import nl.weerbaar.spring.security.WeerbaarLoginProperties;
import nl.weerbaar.spring.security.WeerbaarSecurityConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What the starter gives the host application whether {@code weerbaar.enabled} is true or false, so that switching
 * Weerbaar off leaves a working, equally secure application: Camunda's classpath scan keeps off Weerbaar's models
 * (else it would deploy them without the beans they name), and the host's Spring Security chain keeps the
 * configurers it applies ({@link nl.weerbaar.spring.security.WeerbaarHttpSecurity}: engine REST authenticated and
 * handed to Camunda's authorization checks). A separate auto-configuration because it must not depend on the
 * master switch that {@link WeerbaarAutoConfiguration} obeys.
 */
@AutoConfiguration(before = CamundaBpmAutoConfiguration.class)
@ConditionalOnClass({ProcessEngine.class, CamundaBpmAutoConfiguration.class})
@Import(WeerbaarSecurityConfiguration.class)
@EnableConfigurationProperties(WeerbaarLoginProperties.class)
public class WeerbaarHostAutoConfiguration {

    /**
     * Camunda's login throttling without a permanent lock-out by default, and the start-up unlock of the users
     * {@code weerbaar.security.login.unlock} names: for every way in, whatever authenticates the caller.
     */
    @Bean
    @ConditionalOnMissingBean
    public LoginLockPolicy weerbaarLoginLockPolicy(WeerbaarLoginProperties properties) {
        return new LoginLockPolicy(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    public WeerbaarResourceScanExclusion weerbaarResourceScanExclusion(ObjectProvider<WeerbaarProcess> processes) {
        return new WeerbaarResourceScanExclusion(processes);
    }
}
