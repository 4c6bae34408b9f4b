package io.ami4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;

/** What ami-core's architecture tests check: its main classes, imported once, and fixtures. */
final class ArchClasses {
  private static JavaClasses production;

  private ArchClasses() {}

  /** ami-core's main classes (tests left out), imported once for every architecture test. */
  static synchronized JavaClasses production() {
    if (production == null) {
      production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.ami4j");
    }
    return production;
  }

  /**
   * The violations {@code rule} reports on fixtures that break it; fails when it reports none.
   *
   * @param rule the rule
   * @param fixtures classes made to break it
   * @return the report's lines
   */
  static List<String> violations(ArchRule rule, Class<?>... fixtures) {
    EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(fixtures));
    assertThat(result.hasViolation()).as("%s must report %s", rule.getDescription(), List.of(fixtures)).isTrue();
    return result.getFailureReport().getDetails();
  }
}
