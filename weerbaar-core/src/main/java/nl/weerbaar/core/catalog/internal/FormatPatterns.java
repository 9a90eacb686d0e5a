package nl.weerbaar.core.catalog.internal;

import nl.weerbaar.core.catalog.MeasureId;

/**
 * The patterns of the file format, shared by the file-format types and the JSON Schema's documentation.
 */
public final class FormatPatterns {

    public static final String CATALOG_URN = "urn:weerbaar:[a-z0-9]+(-[a-z0-9]+)*";
    public static final String CATALOG_URN_MESSAGE =
            "must look like urn:weerbaar:<name>, with lowercase letters, digits and '-' in the name";
    public static final String MEASURE_URN = MeasureId.PATTERN;
    public static final String MEASURE_URN_MESSAGE =
            "must look like <catalog urn>:measure:<id>, with letters, digits, '.', '_' or '-' in the id";
    public static final String CODE = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String CODE_MESSAGE = "must be kebab-case: lowercase letters and digits joined by '-'";
    public static final String REF = "[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*";
    public static final String REF_MESSAGE = "must be a number such as \"2.3\": letters or digits joined by '.'";
    public static final String LOCALE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";
    public static final String LOCALE_MESSAGE = "must be a language tag such as nl or en";
    public static final String BASIS = "inferred|editorial";
    public static final String BASIS_MESSAGE = "must be 'inferred' or 'editorial'";

    private FormatPatterns() {
    }
}
