package nl.weerbaar.tools.operaton;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mapping that makes the Operaton twins (tools/operaton/OperatonTwin.java, ADR 0006), on a small repository of
 * its own: Operaton's renames, what Operaton kept, the twin's sources and pom, and the checks that fail the build.
 */
class OperatonTwinTests {

    private static final String POM_START = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project>
              <modelVersion>4.0.0</modelVersion>

              <parent>
                <groupId>nl.weerbaar</groupId>
                <artifactId>weerbaar-parent</artifactId>
                <version>0.1.0-SNAPSHOT</version>
              </parent>

            """;

    @TempDir
    Path root;

    private OperatonTwin twin;

    @BeforeEach
    void repository() throws IOException {
        write("pom.xml", """
                <project>
                  <modules>
                    <module>weerbaar-core</module>
                    <module>weerbaar-bpmn</module>
                    <module>weerbaar-operaton-parent</module>
                    <!-- <module>weerbaar-old-operaton</module> -->
                    <module>weerbaar-bpmn-operaton</module>
                  </modules>
                </project>
                """);
        write("weerbaar-core/pom.xml", POM_START + """
                  <artifactId>weerbaar-core</artifactId>
                </project>
                """);
        write("weerbaar-bpmn/pom.xml", POM_START + """
                  <artifactId>weerbaar-bpmn</artifactId>
                  <name>Weerbaar BPMN</name>
                  <description>Processes for Camunda 7.</description>
                  <properties>
                    <database>${weerbaar.it.postgres.url}</database>
                    <weerbaar.it.database>postgres</weerbaar.it.database>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>org.camunda.bpm</groupId>
                      <artifactId>camunda-engine</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>org.camunda.bpm</groupId>
                      <artifactId>camunda-bpm-junit5</artifactId>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>

                  <profiles>
                    <profile>
                      <id>models</id>
                    </profile>
                  </profiles>
                </project>
                """);
        twin = new OperatonTwin(root, OperatonTwin.twinnedModules(root));
    }

    @Test
    void findsTheTwinnedModulesInTheRootPomLeavingCommentsOut() throws IOException {
        assertThat(OperatonTwin.twinnedModules(root)).containsExactly("weerbaar-bpmn");
    }

    @Test
    void mapsEveryCamundaNameAsOperatonRenamedIt() {
        assertThat(twin.map("""
                import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
                import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
                task.getCamundaFormRef(); builder.camundaFormRef("x"); Groups.CAMUNDA_ADMIN; BpmnModelConstants.CAMUNDA_NS;
                camunda.bpm.admin-user.id=demo
                group camunda-admin, webapps at /camunda/app/tasklist/ and webjars/camunda/app
                <artifactId>camunda-bpm-spring-boot-starter-webapp</artifactId>
                <artifactId>camunda-webapp-jakarta</artifactId> <artifactId>camunda-engine-rest-core-jakarta</artifactId>
                Camunda 7.24's Tasklist renders it; Camunda 7 processes; Camunda's starter; Camunda 7.24.0, Camunda 7.
                """)).isEqualTo("""
                import org.operaton.bpm.spring.boot.starter.OperatonBpmAutoConfiguration;
                import org.operaton.bpm.model.bpmn.instance.operaton.OperatonOut;
                task.getOperatonFormRef(); builder.operatonFormRef("x"); Groups.OPERATON_ADMIN; BpmnModelConstants.OPERATON_NS;
                operaton.bpm.admin-user.id=demo
                group operaton-admin, webapps at /operaton/app/tasklist/ and webjars/operaton/app
                <artifactId>operaton-bpm-spring-boot-starter-webapp</artifactId>
                <artifactId>operaton-webapp</artifactId> <artifactId>operaton-engine-rest-core</artifactId>
                Operaton 1.0's Tasklist renders it; Operaton processes; Operaton's starter; Camunda 7.24.0, Operaton.
                """);
    }

    @Test
    void keepsWhatOperatonDidNotRename() {
        assertThat(twin.map("""
                "It is time to migrate to Camunda 8"; neverTellsUsersToMigrateToCamunda8; migrate-to-Camunda-8
                Copyright Camunda Services GmbH; https://docs.camunda.io; Camunda 7 CE's banner
                import org.camunda.feel.FeelEngine; import org.camunda.community.Thing;
                import org.camunda.bpm.engine.impl.util.CollectionUtil;
                """)).isEqualTo("""
                "It is time to migrate to Camunda 8"; neverTellsUsersToMigrateToCamunda8; migrate-to-Camunda-8
                Copyright Camunda Services GmbH; https://docs.camunda.io; Camunda 7 CE's banner
                import org.camunda.feel.FeelEngine; import org.camunda.community.Thing;
                import org.operaton.commons.utils.CollectionUtil;
                """);
    }

    @Test
    void keepsALineMarkedSameOnOperaton() {
        assertThat(twin.map("""
                String engine = Groups.CAMUNDA_ADMIN;
                String former = "camunda-admin"; // same on Operaton
                """)).isEqualTo("""
                String engine = Groups.OPERATON_ADMIN;
                String former = "camunda-admin"; // same on Operaton
                """);
    }

    @Test
    void renamesTheTwinnedModulesAndNothingThatOnlyStartsLikeThem() {
        assertThat(twin.map("./mvnw -pl weerbaar-bpmn -am; weerbaar-bpmn/target/weerbaar-bpmn.jar; "
                + "source weerbaar-bpmn-tests; weerbaar-core; package nl.weerbaar.bpmn; weerbaar/bpmn/x.bpmn"))
                .isEqualTo("./mvnw -pl weerbaar-bpmn-operaton -am; weerbaar-bpmn-operaton/target/"
                        + "weerbaar-bpmn-operaton.jar; source weerbaar-bpmn-tests; weerbaar-core; package nl.weerbaar.bpmn;"
                        + " weerbaar/bpmn/x.bpmn");
    }

    @Test
    void mapsJsonValuesButKeepsTheKeysAndDropsTheEndOfLifeBanner() {
        assertThat(twin.mapJson("""
                {
                  "labels": {
                    "APP_VENDOR": "Camunda",
                    "BANNER_CE_EOL_TEXT": "Deze omgeving gebruikt Camunda 7 Community Edition.",
                    "PLGN_SKE_CAMUNDA_COCKPIT": "Camunda Cockpit",
                    "camunda-welcome": "/camunda-welcome"
                  }
                }
                """)).isEqualTo("""
                {
                  "labels": {
                    "APP_VENDOR": "Operaton",
                    "PLGN_SKE_CAMUNDA_COCKPIT": "Operaton Cockpit",
                    "camunda-welcome": "/operaton-welcome"
                  }
                }
                """);
    }

    @Test
    void generatesTheTwinsSourcesSharingModelsFormsAndBinariesAsTheyAre() throws IOException {
        write("weerbaar-bpmn/src/main/java/nl/weerbaar/bpmn/forms/CamundaForms.java",
                "package nl.weerbaar.bpmn.forms;\nimport org.camunda.bpm.engine.ProcessEngine;\nclass CamundaForms {}\n");
        write("weerbaar-bpmn/src/main/resources/weerbaar/bpmn/weerbaar-maatregel.bpmn",
                "<definitions xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\"/>\n");
        write("weerbaar-bpmn/src/main/resources/weerbaar/forms/intake.form", "{\"exporter\": \"Camunda\"}\n");
        write("weerbaar-bpmn/src/test/resources/application.properties", "camunda.bpm.history-level=full\n");
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', 'c', 'a', 'm', 'u', 'n', 'd', 'a', 0, (byte) 0xff};
        Files.createDirectories(root.resolve("weerbaar-bpmn/src/main/resources/META-INF/resources/webjars/camunda"));
        Files.write(root.resolve("weerbaar-bpmn/src/main/resources/META-INF/resources/webjars/camunda/logo.png"),
                image);

        twin.generateSources("weerbaar-bpmn-operaton");

        Path src = root.resolve("weerbaar-bpmn-operaton/src");
        assertThat(src.resolve("main/java/nl/weerbaar/bpmn/forms/OperatonForms.java")).hasContent(
                "package nl.weerbaar.bpmn.forms;\nimport org.operaton.bpm.engine.ProcessEngine;\nclass OperatonForms {}");
        assertThat(src.resolve("main/resources/weerbaar/bpmn/weerbaar-maatregel.bpmn"))
                .hasSameBinaryContentAs(root.resolve("weerbaar-bpmn/src/main/resources/weerbaar/bpmn/weerbaar-maatregel.bpmn"));
        assertThat(src.resolve("main/resources/weerbaar/forms/intake.form")).hasContent("{\"exporter\": \"Camunda\"}");
        assertThat(src.resolve("test/resources/application.properties")).hasContent("operaton.bpm.history-level=full");
        assertThat(src.resolve("main/resources/META-INF/resources/webjars/operaton/logo.png")).hasBinaryContent(image);
        assertThat(src.resolve("main/java/nl/weerbaar/bpmn/forms/CamundaForms.java")).doesNotExist();
    }

    @Test
    void removesWhatIsNoLongerGeneratedWithWhatTheBuildMadeOfIt() throws IOException {
        write("weerbaar-bpmn/src/main/java/nl/weerbaar/bpmn/Old.java", "package nl.weerbaar.bpmn;\nclass Old {}\n");
        write("weerbaar-bpmn/src/main/resources/weerbaar/old.properties", "a=b\n");
        write("weerbaar-bpmn/src/main/java/nl/weerbaar/bpmn/Kept.java", "package nl.weerbaar.bpmn;\nclass Kept {}\n");
        twin.generateSources("weerbaar-bpmn-operaton");
        write("weerbaar-bpmn-operaton/target/classes/nl/weerbaar/bpmn/Old.class", "");
        write("weerbaar-bpmn-operaton/target/classes/nl/weerbaar/bpmn/Old$Inner.class", "");
        write("weerbaar-bpmn-operaton/target/classes/nl/weerbaar/bpmn/Kept.class", "");
        write("weerbaar-bpmn-operaton/target/classes/weerbaar/old.properties", "a=b\n");
        Files.delete(root.resolve("weerbaar-bpmn/src/main/java/nl/weerbaar/bpmn/Old.java"));
        Files.delete(root.resolve("weerbaar-bpmn/src/main/resources/weerbaar/old.properties"));

        twin.generateSources("weerbaar-bpmn-operaton");

        Path module = root.resolve("weerbaar-bpmn-operaton");
        assertThat(module.resolve("src/main/java/nl/weerbaar/bpmn/Old.java")).doesNotExist();
        assertThat(module.resolve("src/main/resources")).doesNotExist();
        assertThat(module.resolve("target/classes/nl/weerbaar/bpmn/Old.class")).doesNotExist();
        assertThat(module.resolve("target/classes/nl/weerbaar/bpmn/Old$Inner.class")).doesNotExist();
        assertThat(module.resolve("target/classes/weerbaar/old.properties")).doesNotExist();
        assertThat(module.resolve("target/classes/nl/weerbaar/bpmn/Kept.class")).exists();
        assertThat(module.resolve("src/main/java/nl/weerbaar/bpmn/Kept.java")).exists();
    }

    @Test
    void refusesToOverwriteAGeneratedFileThatWasEditedByHand() throws IOException {
        write("weerbaar-bpmn/src/main/java/nl/weerbaar/bpmn/A.java", "package nl.weerbaar.bpmn;\nclass A {}\n");
        twin.generateSources("weerbaar-bpmn-operaton");
        write("weerbaar-bpmn-operaton/src/main/java/nl/weerbaar/bpmn/A.java", "package nl.weerbaar.bpmn;\nclass A { int b; }\n");

        assertThatThrownBy(() -> twin.generateSources("weerbaar-bpmn-operaton"))
                .hasMessage("weerbaar-bpmn-operaton/src/main/java/nl/weerbaar/bpmn/A.java was edited by hand; it is"
                        + " generated from weerbaar-bpmn/src/ on every build. Make the change there, then delete this"
                        + " file.");
        assertThat(root.resolve("weerbaar-bpmn-operaton/src/main/java/nl/weerbaar/bpmn/A.java"))
                .hasContent("package nl.weerbaar.bpmn;\nclass A { int b; }");
    }

    @Test
    void generatesTheTwinPomUnderTheOperatonParentWithDatabasesOfItsOwnWithoutTheSourceTreeProfiles() throws IOException {
        String pom = twin.twinPom("weerbaar-bpmn");

        assertThat(pom).contains("""
                  <parent>
                    <groupId>nl.weerbaar</groupId>
                    <artifactId>weerbaar-operaton-parent</artifactId>
                    <version>0.1.0-SNAPSHOT</version>
                    <relativePath>../weerbaar-operaton-parent</relativePath>
                  </parent>
                """, """
                  <artifactId>weerbaar-bpmn-operaton</artifactId>
                  <name>Weerbaar BPMN for Operaton</name>
                  <description>Processes for Operaton.</description>
                """, """
                      <groupId>org.operaton.bpm</groupId>
                      <artifactId>operaton-engine</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>org.operaton.bpm</groupId>
                      <artifactId>operaton-engine</artifactId>
                      <classifier>junit5</classifier>
                      <scope>test</scope>
                """, """
                    <database>${weerbaar.operaton.it.postgres.url}</database>
                    <weerbaar.it.database>postgres</weerbaar.it.database>
                """, "<!-- Generated from ../weerbaar-bpmn/pom.xml by tools/operaton/OperatonTwin.java")
                .doesNotContain("<profiles>", "camunda");
    }

    @Test
    void reportsAStaleTwinPomAndAnEngineModuleWithoutTwin() throws IOException {
        write("weerbaar-bpmn-operaton/pom.xml", twin.twinPom("weerbaar-bpmn").replace("<scope>test</scope>", ""));
        write("pom.xml", Files.readString(root.resolve("pom.xml")).replace("<module>weerbaar-core</module>",
                "<module>weerbaar-core</module>\n    <module>weerbaar-webapps-nl</module>"));
        write("weerbaar-webapps-nl/pom.xml", POM_START + """
                  <artifactId>weerbaar-webapps-nl</artifactId>
                  <dependencies>
                    <dependency>
                      <groupId>nl.weerbaar</groupId>
                      <artifactId>weerbaar-bpmn</artifactId>
                    </dependency>
                  </dependencies>
                </project>
                """);

        assertThat(twin.checkRepository()).satisfiesExactly(
                stale -> assertThat(stale).startsWith("weerbaar-bpmn-operaton/pom.xml is out of date with "
                        + "weerbaar-bpmn/pom.xml (line 30 is").endsWith("; regenerate it with: java "
                        + "tools/operaton/OperatonTwin.java . update-poms"),
                missing -> assertThat(missing).isEqualTo("weerbaar-webapps-nl uses the Camunda engine but has no "
                        + "Operaton twin: add <module>weerbaar-webapps-nl-operaton</module> to the root pom.xml and run"
                        + " java tools/operaton/OperatonTwin.java . update-poms"));

        twin.updatePoms();
        assertThat(twin.checkPom("weerbaar-bpmn-operaton")).isEmpty();
    }

    @Test
    void aModuleThatSaysWhyItNeedsNoTwinIsNotReportedButOneWithoutAReasonIs() throws IOException {
        write("weerbaar-bpmn-operaton/pom.xml", twin.twinPom("weerbaar-bpmn"));
        write("pom.xml", Files.readString(root.resolve("pom.xml")).replace("<module>weerbaar-core</module>",
                "<module>weerbaar-core</module>\n    <module>weerbaar-benchmark</module>\n"
                        + "    <module>weerbaar-careless</module>"));
        String user = """
                  <dependencies>
                    <dependency>
                      <groupId>nl.weerbaar</groupId>
                      <artifactId>weerbaar-bpmn</artifactId>
                    </dependency>
                  </dependencies>
                </project>
                """;
        write("weerbaar-benchmark/pom.xml", POM_START + """
                  <artifactId>weerbaar-benchmark</artifactId>
                  <properties>
                    <operaton.twin>none: it runs the packaged application of either engine</operaton.twin>
                  </properties>
                """ + user);
        write("weerbaar-careless/pom.xml", POM_START + """
                  <artifactId>weerbaar-careless</artifactId>
                  <properties>
                    <operaton.twin>none</operaton.twin>
                  </properties>
                """ + user);

        assertThat(twin.checkRepository()).containsExactly("weerbaar-careless uses the Camunda engine but has no "
                + "Operaton twin: add <module>weerbaar-careless-operaton</module> to the root pom.xml and run"
                + " java tools/operaton/OperatonTwin.java . update-poms");
    }

    @Test
    void aTargetThatIsNoTwinNorTheParentFailsNamingItAndTheTwins() {
        for (String target : new String[]{"weerbaar-bpmn-operatn", "weerbaar-bpmn"}) {
            assertThatThrownBy(() -> OperatonTwin.run(new String[]{root.toString(), target}))
                    .isInstanceOf(OperatonTwin.TwinException.class)
                    .hasMessageContaining("'" + target + "' is neither a twin module")
                    .hasMessageContaining("[weerbaar-bpmn-operaton]");
        }
        assertThatThrownBy(() -> OperatonTwin.run(new String[]{root.resolve("no-repository").toString(),
                "update-poms"})).isInstanceOf(OperatonTwin.TwinException.class)
                .hasMessageContaining("no pom.xml at").hasMessageContaining("the first argument is the repository root");
    }

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
