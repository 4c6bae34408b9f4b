package io.ami4j.testkit.junit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.ami4j.testkit.fault.AssertingOffender;
import io.ami4j.testkit.http.FakeEc2ServerExtension;
import org.junit.jupiter.api.Test;

/**
 * JUnit and AssertJ are optional dependencies of ami-testkit: only the JUnit extensions, the
 * assertions and the contract suite may use them, so that FakeEc2, its provider, the virtual clock,
 * the fault injection and the HTTP endpoint run without them (FakeEc2WithoutJUnitTest in the
 * examples module runs them so).
 */
class OptionalTestLibrariesTest {
  private static final ArchRule ONLY_THE_TEST_PARTS_USE_THEM = noClasses()
      .that().resideInAPackage("io.ami4j.testkit..")
      .and().resideOutsideOfPackages("io.ami4j.testkit.junit..", "io.ami4j.testkit.assertions..",
          "io.ami4j.testkit.contract..")
      .and().doNotBelongToAnyOf(FakeEc2ServerExtension.class)
      .should().dependOnClassesThat().resideInAnyPackage("org.junit..", "org.assertj..", "org.opentest4j..")
      .because("ami-testkit declares JUnit and AssertJ optional: FakeEc2 must run without them");

  @Test
  void onlyTheExtensionsAssertionsAndContractSuiteUseJUnitOrAssertJ() {
    JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.ami4j.testkit");
    ONLY_THE_TEST_PARTS_USE_THEM.check(main);
  }

  @Test
  void theRuleCatchesAWorldThatAsserts() {
    JavaClasses offender = new ClassFileImporter().importClasses(AssertingOffender.class);
    assertThatThrownBy(() -> ONLY_THE_TEST_PARTS_USE_THEM.check(offender)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("org.assertj");
  }
}
