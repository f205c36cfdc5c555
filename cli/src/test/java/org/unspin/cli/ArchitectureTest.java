// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Enforces the dependency direction stated in ARCHITECTURE.md. */
class ArchitectureTest {

  /** Each module's package and the modules it may use. Modules not listed here (apps) may use everything. */
  private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

  static {
    ALLOWED.put("text", Set.of());
    ALLOWED.put("fetch", Set.of());
    ALLOWED.put("thesaurus", Set.of("text", "fetch"));
    ALLOWED.put("lm", Set.of("text", "fetch"));
    ALLOWED.put("lexicon", Set.of("text", "fetch", "thesaurus", "lm"));
    // the simulation must not see the learned tables it is measured against
    ALLOWED.put("spin", Set.of("text", "fetch", "thesaurus"));
    ALLOWED.put("eval", Set.of("text"));
    ALLOWED.put("decode", Set.of("text", "fetch", "thesaurus", "lm", "lexicon"));
    ALLOWED.put("detect", Set.of("text", "fetch", "thesaurus", "lm", "lexicon", "decode"));
    ALLOWED.put("neural", Set.of("text", "fetch", "thesaurus", "lm", "lexicon", "decode"));
    ALLOWED.put("trace", Set.of("text", "fetch"));
    // the HTTP layer knows requests and documents, not the Unspinner: the cli hands it a service
    ALLOWED.put("server", Set.of("text"));
  }

  private static final List<String> APPS = List.of("cli", "spark", "bench");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.unspin");
  }

  @Test
  void modulesDependOnlyOnModulesBelowThem() {
    for (Map.Entry<String, Set<String>> e : ALLOWED.entrySet()) {
      List<String> forbidden = new ArrayList<>();
      for (String other : ALLOWED.keySet()) {
        if (!other.equals(e.getKey()) && !e.getValue().contains(other)) {
          forbidden.add("org.unspin." + other + "..");
        }
      }
      for (String app : APPS) {
        forbidden.add("org.unspin." + app + "..");
      }
      noClasses().that().resideInAPackage("org.unspin." + e.getKey() + "..")
          .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
          .orShould().dependOnClassesThat().resideInAPackage("org.unspin")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void theFacadeDoesNotDependOnAppsNorOnWhatItDoesNotWrap() {
    List<String> forbidden = new ArrayList<>(List.of("org.unspin.trace..", "org.unspin.spin..", "org.unspin.eval..",
        "org.unspin.neural..", "org.unspin.server.."));
    for (String app : APPS) {
      forbidden.add("org.unspin." + app + "..");
    }
    noClasses().that().resideInAPackage("org.unspin")
        .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void onlyTheCliUsesPicocli() {
    noClasses().that().resideOutsideOfPackage("org.unspin.cli..")
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .check(classes);
  }

  @Test
  void nothingBelowTheAppsUsesHttpServersSparkJsonLibrariesOrLoggingBackends() {
    noClasses().that().resideOutsideOfPackages("org.unspin.cli..", "org.unspin.server..", "org.unspin.spark..",
            "org.unspin.bench..")
        .should().dependOnClassesThat().resideInAnyPackage("com.sun.net.httpserver..", "org.apache.spark..",
            "com.fasterxml.jackson..", "tools.jackson..", "com.google.gson..", "org.slf4j..",
            "ch.qos.logback..", "org.apache.logging.log4j..")
        .check(classes);
  }

  @Test
  void onlyTheCliExitsTheProcess() {
    noClasses().that().doNotHaveFullyQualifiedName(Main.class.getName())
        .should().callMethod(System.class, "exit", int.class)
        .check(classes);
  }
}
