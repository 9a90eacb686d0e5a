/**
 * Overlays adapt a catalog for one municipality without editing it — not applicable with a reason, a local
 * priority or owner, extra partners, local measures — and merge into an effective catalog that keeps where every
 * value came from.
 */
package nl.weerbaar.core.overlay;
