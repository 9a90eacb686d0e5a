package nl.weerbaar.bpmn.process;

import org.camunda.bpm.engine.ProcessEngine;

import java.util.List;

/**
 * One process that Weerbaar deploys, binds forms for and validates: its key, its model, its task forms and the
 * delegates and listeners its model names. Weerbaar's own processes implement it, and so does a host's own
 * process: in Spring every bean of this type is deployed, in the order of the beans.
 */
public interface WeerbaarProcess {

    /** The process key (the BPMN process id). */
    String key();

    /**
     * The classpath name of the BPMN model, read with the class loader of this object's class. By default
     * {@code weerbaar/bpmn/<key>.bpmn}.
     */
    default String modelResource() {
        return "weerbaar/bpmn/" + key() + ".bpmn";
    }

    /**
     * The {@link nl.weerbaar.bpmn.forms.TaskForm} records of its user tasks. Each is deployed as a Camunda Form
     * with the model, and a user task whose {@code camunda:formRef} names one gets it checked on every completion.
     */
    List<Class<? extends Record>> forms();

    /**
     * The delegates and listeners its model names, for engines without Spring and as Spring beans of those names
     * (a bean the application defines under the same name wins). A host process in a Spring application may
     * leave this empty and define its delegates as ordinary beans.
     */
    default List<ProcessBean> beans() {
        return List.of();
    }

    /**
     * What a start must satisfy: the start variables a caller who is not an administrator may pass, whether at
     * most one instance runs per tenant and business key, and the process's own check. By default nothing but the
     * start itself: no variables from such callers, no one-per rule.
     */
    default StartRule startRule() {
        return StartRule.none();
    }

    /**
     * Whether an instance may start without a tenant: the one a shared deployment's timer starts, which starts the
     * process's work in every tenant (the yearly continuity review). Every other start of a Weerbaar process takes a
     * tenant: the one {@link nl.weerbaar.bpmn.tenant.InstanceTenant#call} names, else the starting user's one tenant.
     */
    default boolean startsForEveryTenant() {
        return false;
    }

    /**
     * Brings what the process keeps beside its instances in line with the instances that run, once the engine is
     * built and Weerbaar's record of running keys is: for what an earlier version did not keep yet. It runs on every
     * start of every node, so it should read little when all is in line. By default nothing.
     */
    default void reconcile(ProcessEngine engine) {
    }
}
