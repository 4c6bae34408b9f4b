package io.ami4j.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The testkit stands on ami-core alone: it never depends on the AWS provider (ami-aws depends on
 * the testkit for its tests, not the other way round) nor on the AWS SDK — its HTTP endpoint
 * speaks EC2's protocol itself.
 */
class ModuleBoundariesTest {
  private static final ArchRule NO_AWS_PROVIDER_OR_SDK = noClasses()
      .that().resideInAPackage("io.ami4j.testkit..")
      .should().dependOnClassesThat().resideInAnyPackage("io.ami4j.aws..", "software.amazon.awssdk..")
      .because("the testkit must work without ami-aws and the AWS SDK on the class path");

  @Test
  void theTestkitDependsNeitherOnAmiAwsNorOnTheSdk() {
    JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.ami4j.testkit");
    NO_AWS_PROVIDER_OR_SDK.check(main);
  }

  @Test
  void theRuleCatchesADependencyOnTheAwsProvider() {
    JavaClasses offender = new ClassFileImporter().importClasses(Offender.class);
    assertThatThrownBy(() -> NO_AWS_PROVIDER_OR_SDK.check(offender)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("io.ami4j.aws");
  }

  /** A class that names a type of ami-aws, as a violation would. */
  static final class Offender {
    String provider() {
      return io.ami4j.aws.fixture.AwsStandIn.class.getName();
    }
  }
}
