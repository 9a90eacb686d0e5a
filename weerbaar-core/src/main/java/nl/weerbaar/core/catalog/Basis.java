package nl.weerbaar.core.catalog;

/**
 * On what grounds a value that was not read unambiguously from the source was set.
 */
public enum Basis {
    /** Derived from the surrounding text or the column layout, because the source lost it (OCR, icons). */
    INFERRED,
    /** Written by the catalog's editors; the source has no such value. */
    EDITORIAL
}
