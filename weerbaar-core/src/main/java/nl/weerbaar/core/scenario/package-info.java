/**
 * Crisis scenarios and the catalog measures each calls on, with where every link comes from, shared by the crisis
 * checklists and whoever asks which measures a scenario needs.
 */
package nl.weerbaar.core.scenario;
