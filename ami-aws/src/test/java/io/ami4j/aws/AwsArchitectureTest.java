package io.ami4j.aws;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Guards ami-aws's public API: SDK types appear only as configuration taken by the builder,
 * never as a result, and never the SDK's service models; the mapping stays internal.
 */
class AwsArchitectureTest {
  private static final String SDK = "software.amazon.awssdk.";
  /** SDK packages whose types a user configures the provider with. */
  private static final List<String> CONFIGURATION = List.of(
      "software.amazon.awssdk.auth.", "software.amazon.awssdk.identity.", "software.amazon.awssdk.http.",
      "software.amazon.awssdk.core.client.config.", "software.amazon.awssdk.regions.");

  private static final JavaClasses AMI_AWS = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.ami4j.aws");

  @Test
  void noPublicMethodReturnsAnSdkType() {
    codeUnits().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .and().areDeclaredInClassesThat().resideInAPackage("io.ami4j.aws")
        .should(involveOnly("return", false, t -> !t.startsWith(SDK)))
        .check(AMI_AWS);
  }

  @Test
  void onlyTheBuilderTakesSdkTypesAndOnlyConfigurationOnes() {
    codeUnits().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .and().areDeclaredInClassesThat().resideInAPackage("io.ami4j.aws")
        .and().areDeclaredInClassesThat().doNotHaveSimpleName("AwsProviderBuilder")
        .should(involveOnly("parameter", true, t -> !t.startsWith(SDK)))
        .check(AMI_AWS);
    codeUnits().that().arePublic().and().areDeclaredIn(AwsProviderBuilder.class)
        .should(involveOnly("parameter", true,
            t -> !t.startsWith(SDK) || CONFIGURATION.stream().anyMatch(t::startsWith)))
        .check(AMI_AWS);
  }

  @Test
  void thePublicPackageNeverTouchesTheSdksServiceModels() {
    noClasses().that().resideInAPackage("io.ami4j.aws")
        .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk.services..model..")
        .check(AMI_AWS);
  }

  @Test
  void noPublicSignatureMentionsAnInternalType() {
    codeUnits().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .and().areDeclaredInClassesThat().resideInAPackage("io.ami4j.aws")
        .should(involveOnly("return", false, t -> !t.contains(".internal.")))
        .andShould(involveOnly("parameter", true, t -> !t.contains(".internal.")))
        .check(AMI_AWS);
  }

  @Test
  void onlyTheProviderTheBuilderAndTheFactoryArePublicTypes() {
    classes().that().resideInAPackage("io.ami4j.aws").and().arePublic().and().areTopLevelClasses()
        .should().haveSimpleNameStartingWith("AwsAmiProvider")
        .orShould().haveSimpleName("AwsProviderBuilder")
        .orShould().haveSimpleName("AwsProviderFactory")
        .check(AMI_AWS);
  }

  /**
   * Every raw type involved in a code unit's return type (with {@code parameters=false}) or
   * parameter types (with {@code parameters=true}), generics included, satisfies {@code allowed}.
   */
  private static ArchCondition<JavaCodeUnit> involveOnly(String what, boolean parameters, Predicate<String> allowed) {
    return new ArchCondition<>("involve only allowed types in its " + what + " types") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        if (unit.getModifiers().contains(JavaModifier.SYNTHETIC) || unit.getModifiers().contains(JavaModifier.BRIDGE)) {
          return;
        }
        Set<JavaClass> involved = new HashSet<>();
        if (parameters) {
          unit.getParameterTypes().forEach(p -> involved.addAll(p.getAllInvolvedRawTypes()));
        } else {
          involved.addAll(unit.getReturnType().getAllInvolvedRawTypes());
        }
        for (JavaClass type : involved) {
          if (!allowed.test(type.getName())) {
            events.add(SimpleConditionEvent.violated(unit,
                unit.getFullName() + " has " + type.getName() + " in its " + what + " types"));
          }
        }
      }
    };
  }
}
