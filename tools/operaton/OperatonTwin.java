package nl.weerbaar.tools.operaton;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes the Operaton build of a Weerbaar module from its Camunda 7 sources (ADR 0006). A module {@code <m>-operaton}
 * beside {@code <m>} is its twin: its {@code pom.xml} is generated from {@code <m>/pom.xml} and committed (the build
 * fails when it is out of date), and its {@code src/} is generated from {@code <m>/src/} on every build and never
 * committed. The mapping is Operaton's own rename, which is regular: every {@code camunda}, {@code Camunda} and
 * {@code CAMUNDA} becomes {@code operaton}, {@code Operaton}, {@code OPERATON} (packages, types, methods, constants,
 * properties, group names, webapp paths), and each twinned module's name gets {@code -operaton}. Models and forms
 * ({@code .bpmn}, {@code .dmn}, {@code .form}) are copied as they are: Operaton reads the {@code camunda:}
 * namespace, so both builds deploy the same files. A line that contains {@value #KEEP} is copied as it is.
 *
 * <p>Run by the build of every twin ({@code exec-maven-plugin} in {@code weerbaar-operaton-parent}) with the JDK's
 * source launcher, so it needs nothing but a JDK:
 * <pre>
 * java tools/operaton/OperatonTwin.java . weerbaar-bpmn-operaton   generate the twin's src/, check its pom
 * java tools/operaton/OperatonTwin.java . weerbaar-operaton-parent  check every twin pom and that every engine module has a twin
 * java tools/operaton/OperatonTwin.java . update-poms            (re)write every twin pom
 * </pre>
 */
public final class OperatonTwin {

    /** Marks a line the mapping leaves as it is, e.g. an identifier stored in the database. */
    public static final String KEEP = "same on Operaton";

    static final String SUFFIX = "-operaton";
    static final String PARENT = "weerbaar-operaton-parent";
    static final String CAMUNDA_PARENT = "weerbaar-parent";
    /**
     * A module that uses the engine only through another module's packaged application (the benchmark runs the
     * example application's jar) says so, with its reason, in its pom: {@code <operaton.twin>none: reason</operaton.twin>}.
     */
    static final Pattern NO_TWIN = Pattern.compile("<operaton\\.twin>\\s*none:\\s*\\S[^<]*</operaton\\.twin>");

    /** The twin's record of what it generated, to tell a hand edit of a generated file from an old generation. */
    static final String MANIFEST = "target/operaton-twin.sha256";

    /**
     * Mapped as text; everything else is copied byte for byte: the models and forms (bpmn, dmn, form), which both
     * engines read as they are, and binaries.
     */
    static final Set<String> TEXT = Set.of("java", "properties", "imports", "factories", "json", "js", "css", "html",
            "htm", "xml", "yaml", "yml", "txt", "md", "sql", "ftl", "sh");

    /** Text that Operaton did not rename, protected from the mapping; a full release number names Camunda's release. */
    private static final Pattern PROTECTED = Pattern.compile(
            "Camunda[ -]?8|Camunda Platform 8|Camunda 7\\.\\d+\\.\\d+|Camunda 7 CE|Camunda 7 Community Edition|Camunda Services GmbH|camunda\\.com|camunda\\.io"
                    // Operaton renames only these org.camunda packages (its ChangePackage recipe).
                    + "|org\\.camunda\\.(?!(?:bpm|spin|commons|connect)\\b)\\w+");

    /** Operaton's renames that are not just camunda → operaton (its ChangeType recipe), applied first. */
    private static final Map<String, String> IRREGULAR = Map.of(
            "org.camunda.bpm.engine.impl.util.CollectionUtil", "org.operaton.commons.utils.CollectionUtil",
            "org.camunda.bpm.engine.test.mock.", "org.operaton.bpm.engine.impl.mock.");

    /**
     * Camunda's Jakarta variants of an artifact ({@code camunda-webapp-jakarta}) are Operaton's only variant
     * ({@code operaton-webapp}): Operaton runs on Jakarta EE alone (its recipe's dependency mapping).
     */
    private static final Pattern JAKARTA_ARTIFACT = Pattern.compile("\\bcamunda-([a-z0-9-]+?)-jakarta\\b");

    /** Prose: the Operaton release that takes over from Camunda 7.24, and Camunda 7 as the product. */
    private static final Pattern PROSE_RELEASE = Pattern.compile("Camunda 7\\.24(?![.\\d]*\\d)");
    private static final Pattern PROSE_PRODUCT = Pattern.compile("Camunda 7(?![.\\d]*\\d)");

    private static final Pattern WORD = Pattern.compile("CAMUNDA|Camunda|camunda");

    /**
     * Locale entries Operaton's webapps do not have, dropped from the twin's {@code .json} files: Camunda 7 CE's
     * end-of-life banner ("migrate to Camunda 8"), which Operaton removed with its key.
     */
    private static final Pattern JSON_KEY = Pattern.compile("\\s*\"(?:[^\"\\\\]|\\\\.)*\"\\s*:");
    private static final Pattern DROPPED_JSON = Pattern.compile("(?m)^\\s*\"BANNER_CE_EOL_TEXT\"\\s*:.*\\R");

    private final Path root;
    private final Set<String> twinned;

    OperatonTwin(Path root, Set<String> twinned) {
        this.root = root;
        this.twinned = twinned;
    }

    public static void main(String[] args) throws IOException {
        try {
            run(args);
        } catch (TwinException e) {
            System.err.println("[operaton-twin] " + e.getMessage().replace("\n", "\n[operaton-twin] "));
            System.exit(1);
        }
    }

    static void run(String[] args) throws IOException {
        if (args.length != 2) {
            fail("usage: java tools/operaton/OperatonTwin.java <repository root> <twin module>|"
                    + PARENT + "|update-poms");
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        OperatonTwin twin = new OperatonTwin(root, twinnedModules(root));
        String target = Path.of(args[1]).getFileName().toString();
        List<String> problems;
        if (args[1].equals("update-poms")) {
            problems = twin.updatePoms();
        } else if (target.endsWith(SUFFIX)) {
            problems = twin.checkPom(target);
            if (problems.isEmpty()) {
                twin.generateSources(target);
            }
        } else if (target.equals(PARENT)) {
            problems = twin.checkRepository();
        } else {
            fail("'" + args[1] + "' is neither a twin module, " + PARENT + " nor update-poms; the twins of "
                    + root.resolve("pom.xml") + " are " + twin.twinned.stream().map(module -> module + SUFFIX).toList()
                    + "\nusage: java tools/operaton/OperatonTwin.java <repository root> <twin module>|" + PARENT
                    + "|update-poms");
            return;
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    // ---------------------------------------------------------------------------------------------- the mapping

    /** The Operaton text of a Camunda text, line by line; lines with {@value #KEEP} stay as they are. */
    String map(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        Matcher line = Pattern.compile("[^\n]*\n|[^\n]+$").matcher(text);
        while (line.find()) {
            String value = line.group();
            out.append(value.contains(KEEP) ? value : mapLine(value));
        }
        return out.toString();
    }

    /**
     * The Operaton text of a JSON file: its values mapped, its object keys kept (Operaton renamed no locale key, not
     * even {@code PLGN_SKE_CAMUNDA_COCKPIT}), and the entries Operaton's webapps do not have dropped.
     */
    String mapJson(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        Matcher line = Pattern.compile("[^\n]*\n|[^\n]+$").matcher(DROPPED_JSON.matcher(text).replaceAll(""));
        while (line.find()) {
            Matcher entry = JSON_KEY.matcher(line.group());
            out.append(entry.lookingAt() ? entry.group() + map(line.group().substring(entry.end()))
                    : map(line.group()));
        }
        return out.toString();
    }

    private String mapLine(String line) {
        List<String> kept = new ArrayList<>();
        String text = replace(PROTECTED, line, match -> {
            kept.add(match);
            return "\u0000" + (kept.size() - 1) + "\u0000";
        });
        for (Map.Entry<String, String> rename : IRREGULAR.entrySet()) {
            text = text.replace(rename.getKey(), rename.getValue());
        }
        text = JAKARTA_ARTIFACT.matcher(text).replaceAll("operaton-$1");
        text = PROSE_PRODUCT.matcher(PROSE_RELEASE.matcher(text).replaceAll("Operaton 1.0")).replaceAll("Operaton");
        for (String module : twinned) {
            text = text.replaceAll("(?<![\\w-])" + Pattern.quote(module) + "(?![\\w-])",
                    Matcher.quoteReplacement(module + SUFFIX));
        }
        text = replace(WORD, text, match -> switch (match) {
            case "CAMUNDA" -> "OPERATON";
            case "Camunda" -> "Operaton";
            default -> "operaton";
        });
        return replace(Pattern.compile("\u0000(\\d+)\u0000"), text,
                match -> kept.get(Integer.parseInt(match.substring(1, match.length() - 1))));
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> by) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(by.apply(matcher.group())));
        }
        return matcher.appendTail(out).toString();
    }

    /** The twin's path of a file of the Camunda module (file and directory names are mapped as text). */
    String mapPath(String relative) {
        return map(relative);
    }

    // ---------------------------------------------------------------------------------------------- the sources

    /** Every file of the Camunda module's {@code src/}, as the twin's: relative path → content. */
    Map<String, byte[]> twinSources(String camundaModule) throws IOException {
        Path src = root.resolve(camundaModule).resolve("src");
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(src)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = src.relativize(file).toString().replace('\\', '/');
                byte[] content = Files.readAllBytes(file);
                String extension = extension(relative);
                if (TEXT.contains(extension)) {
                    String text = new String(content, StandardCharsets.UTF_8);
                    text = extension.equals("json") ? mapJson(text) : map(text);
                    content = text.getBytes(StandardCharsets.UTF_8);
                }
                byte[] previous = files.put(mapPath(relative), content);
                if (previous != null) {
                    fail(camundaModule + "/src/" + relative + " maps onto a file that "
                            + "another file maps onto too: " + mapPath(relative));
                }
            }
        }
        return files;
    }

    /** Writes the twin's {@code src/}: changed files only, files no longer generated removed. */
    void generateSources(String twin) throws IOException {
        String camundaModule = camundaModuleOf(twin);
        Path module = root.resolve(twin);
        Path src = module.resolve("src");
        Map<String, byte[]> files = twinSources(camundaModule);
        Map<String, String> manifest = readManifest(module);
        Map<String, String> written = new TreeMap<>();
        List<String> edited = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = src.resolve(file.getKey());
            String hash = sha256(file.getValue());
            written.put(file.getKey(), hash);
            if (Files.isRegularFile(target)) {
                String present = sha256(Files.readAllBytes(target));
                if (present.equals(hash)) {
                    continue;
                }
                if (manifest.containsKey(file.getKey()) && !present.equals(manifest.get(file.getKey()))) {
                    edited.add(file.getKey());
                    continue;
                }
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        int removed = 0;
        if (Files.isDirectory(src)) {
            try (Stream<Path> walk = Files.walk(src)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    String relative = src.relativize(file).toString().replace('\\', '/');
                    if (!files.containsKey(relative)) {
                        if (manifest.containsKey(relative)
                                && !sha256(Files.readAllBytes(file)).equals(manifest.get(relative))) {
                            edited.add(relative);
                            continue;
                        }
                        Files.delete(file);
                        deleteOutputsOf(module, relative);
                        removed++;
                    }
                }
            }
            deleteEmptyDirectories(src);
        }
        if (!edited.isEmpty()) {
            fail(edited.stream().map(path -> twin + "/src/" + path + " was edited by hand; it is generated from "
                            + camundaModule + "/src/ on every build. Make the change there, then delete this file.")
                    .collect(Collectors.joining("\n")));
        }
        writeManifest(module, written);
        System.out.printf("[operaton-twin] %s/src: %d files from %s/src (%d mapped), %d removed%n", twin,
                files.size(), camundaModule, files.keySet().stream().filter(path -> TEXT.contains(extension(path))).count(), removed);
    }

    /**
     * Deletes what the build made of a source file that is gone, as a clean build would not have it: a resource's copy
     * in {@code target/classes} or {@code target/test-classes}, a Java file's classes there.
     */
    private static void deleteOutputsOf(Path module, String relative) throws IOException {
        Matcher source = Pattern.compile("(main|test)/(java|resources)/(.+)").matcher(relative);
        if (!source.matches()) {
            return;
        }
        Path classes = module.resolve("target").resolve(source.group(1).equals("main") ? "classes" : "test-classes");
        if (source.group(2).equals("resources")) {
            Files.deleteIfExists(classes.resolve(source.group(3)));
            return;
        }
        Path compiled = classes.resolve(source.group(3).replaceFirst("\\.java$", ".class"));
        String type = compiled.getFileName().toString().replaceFirst("\\.class$", "");
        if (Files.isDirectory(compiled.getParent())) {
            try (Stream<Path> siblings = Files.list(compiled.getParent())) {
                for (Path file : siblings.toList()) {
                    String name = file.getFileName().toString();
                    if (name.equals(type + ".class") || name.startsWith(type + "$")) {
                        Files.delete(file);
                    }
                }
            }
        }
    }

    private static void deleteEmptyDirectories(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path directory : walk.filter(Files::isDirectory).sorted(java.util.Comparator.reverseOrder()).toList()) {
                try (Stream<Path> entries = Files.list(directory)) {
                    if (entries.findAny().isEmpty() && !directory.equals(root)) {
                        Files.delete(directory);
                    }
                }
            }
        }
    }

    private static Map<String, String> readManifest(Path module) throws IOException {
        Path file = module.resolve(MANIFEST);
        Map<String, String> manifest = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    manifest.put(line.substring(space + 1), line.substring(0, space));
                }
            }
        }
        return manifest;
    }

    private static void writeManifest(Path module, Map<String, String> written) throws IOException {
        Path file = module.resolve(MANIFEST);
        Files.createDirectories(file.getParent());
        Files.writeString(file, written.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey() + "\n")
                .collect(Collectors.joining()), StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------- the poms

    /** The twin's pom: the Camunda module's, mapped, under the Operaton parent, without its source-tree profiles. */
    String twinPom(String camundaModule) throws IOException {
        String pom = Files.readString(root.resolve(camundaModule).resolve("pom.xml"), StandardCharsets.UTF_8);
        Matcher parent = Pattern.compile("<parent>\\s*<groupId>nl\\.weerbaar</groupId>\\s*<artifactId>"
                + CAMUNDA_PARENT + "</artifactId>\\s*<version>([^<]+)</version>\\s*</parent>").matcher(pom);
        if (!parent.find()) {
            fail(camundaModule + "/pom.xml: no <parent> " + CAMUNDA_PARENT
                    + " to replace with " + PARENT);
        }
        String twin = pom.substring(0, parent.start()) + "<parent>\n"
                + "    <groupId>nl.weerbaar</groupId>\n"
                + "    <artifactId>" + PARENT + "</artifactId>\n"
                + "    <version>" + parent.group(1) + "</version>\n"
                + "    <relativePath>../" + PARENT + "</relativePath>\n"
                + "  </parent>" + pom.substring(parent.end());
        // The profiles regenerate the Camunda module's committed sources; they have no meaning in a generated tree.
        twin = twin.replaceAll("(?s)\\n\\s*<profiles>.*</profiles>", "");
        twin = map(twin);
        // A twin's tests get databases of their own: another build's run would otherwise empty them under it.
        twin = twin.replaceAll("\\$\\{weerbaar\\.([\\w.-]+\\.url)}", "\\${weerbaar.operaton.$1}");
        // Operaton 1.0 ships its JUnit 5 extension as a classifier of the engine, not as operaton-bpm-junit5.
        twin = twin.replaceAll("(\\s*)<artifactId>operaton-bpm-junit5</artifactId>",
                "$1<artifactId>operaton-engine</artifactId>$1<classifier>junit5</classifier>");
        twin = twin.replaceFirst("(<artifactId>" + Pattern.quote(camundaModule + SUFFIX) + "</artifactId>\\s*<name>)"
                + "([^<]*)(</name>)", "$1$2 for Operaton$3");
        return twin.replaceFirst("(<modelVersion>4\\.0\\.0</modelVersion>\\n)", "$1  <!-- Generated from ../"
                + camundaModule + "/pom.xml by tools/operaton/OperatonTwin.java (ADR 0006). Do not edit: change that"
                + " pom, then run\n       java tools/operaton/OperatonTwin.java . update-poms -->\n");
    }

    List<String> checkPom(String twin) throws IOException {
        String camundaModule = camundaModuleOf(twin);
        Path pom = root.resolve(twin).resolve("pom.xml");
        String expected = twinPom(camundaModule);
        String present = Files.isRegularFile(pom) ? Files.readString(pom, StandardCharsets.UTF_8) : "";
        if (present.equals(expected)) {
            return List.of();
        }
        return List.of(twin + "/pom.xml is out of date with " + camundaModule + "/pom.xml" + firstDifference(present,
                expected) + "; regenerate it with: java tools/operaton/OperatonTwin.java . update-poms");
    }

    List<String> updatePoms() throws IOException {
        for (String camundaModule : twinned) {
            Path pom = root.resolve(camundaModule + SUFFIX).resolve("pom.xml");
            String expected = twinPom(camundaModule);
            if (!Files.isRegularFile(pom) || !Files.readString(pom, StandardCharsets.UTF_8).equals(expected)) {
                Files.createDirectories(pom.getParent());
                Files.writeString(pom, expected, StandardCharsets.UTF_8);
                System.out.println("[operaton-twin] wrote " + root.relativize(pom));
            }
        }
        return checkRepository();
    }

    /** Every twin pom is current, and every module that uses the Camunda engine has a twin in the build. */
    List<String> checkRepository() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> modules = modules(root);
        for (String camundaModule : twinned) {
            problems.addAll(checkPom(camundaModule + SUFFIX));
        }
        Set<String> engineModules = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String module : modules) {
                if (module.endsWith(SUFFIX) || module.equals(PARENT) || engineModules.contains(module)) {
                    continue;
                }
                String pom = Files.readString(root.resolve(module).resolve("pom.xml"), StandardCharsets.UTF_8);
                if (NO_TWIN.matcher(pom).find()) {
                    continue;
                }
                boolean crossEngine = modules.stream().filter(m -> m.endsWith(SUFFIX))
                        .anyMatch(twin -> pom.contains("<artifactId>" + twin + "</artifactId>"));
                boolean usesEngine = pom.contains("<groupId>org.camunda.bpm") || engineModules.stream()
                        .anyMatch(engine -> pom.contains("<artifactId>" + engine + "</artifactId>"));
                if (usesEngine && !crossEngine) {
                    engineModules.add(module);
                    grew = true;
                }
            }
        }
        for (String module : engineModules) {
            if (!twinned.contains(module)) {
                problems.add(module + " uses the Camunda engine but has no Operaton twin: add <module>" + module
                        + SUFFIX + "</module> to the root pom.xml and run java tools/operaton/OperatonTwin.java ."
                        + " update-poms");
            }
        }
        return problems;
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** The Camunda modules that have a twin in the root pom's modules. */
    static Set<String> twinnedModules(Path root) throws IOException {
        Set<String> twinned = new LinkedHashSet<>();
        List<String> modules = modules(root);
        for (String module : modules) {
            if (module.endsWith(SUFFIX)) {
                String camundaModule = module.substring(0, module.length() - SUFFIX.length());
                if (!modules.contains(camundaModule)) {
                    fail(module + " is in the root pom.xml, but " + camundaModule + ", the module it is the Operaton "
                            + "twin of, is not");
                }
                twinned.add(camundaModule);
            }
        }
        return twinned;
    }

    static List<String> modules(Path root) throws IOException {
        if (!Files.isRegularFile(root.resolve("pom.xml"))) {
            fail("no pom.xml at " + root + "; the first argument is the repository root");
        }
        String pom = Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8)
                .replaceAll("(?s)<!--.*?-->", "");
        List<String> modules = new ArrayList<>();
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
        while (module.find()) {
            modules.add(module.group(1).trim());
        }
        return modules;
    }

    private String camundaModuleOf(String twin) {
        String camundaModule = twin.substring(0, twin.length() - SUFFIX.length());
        if (!twinned.contains(camundaModule)) {
            fail(twin + " is not a module of the root pom.xml");
        }
        return camundaModule;
    }

    private static String firstDifference(String present, String expected) {
        if (present.isEmpty()) {
            return " (it is missing)";
        }
        String[] left = present.split("\n", -1);
        String[] right = expected.split("\n", -1);
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String have = i < left.length ? left[i] : "<end of file>";
            String want = i < right.length ? right[i] : "<end of file>";
            if (!have.equals(want)) {
                return " (line " + (i + 1) + " is\n    " + have.strip() + "\n  and should be\n    " + want.strip()
                        + "\n)";
            }
        }
        return "";
    }

    static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void fail(String message) {
        throw new TwinException(message);
    }

    /** A problem with the twins, said so that the reader knows what to change. */
    static final class TwinException extends RuntimeException {

        TwinException(String message) {
            super(message);
        }
    }
}
