package io.ami4j.testkit.fault;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public API of the time, fault and assertion packages mentions neither Bucket4j nor ami4j's
 * internal packages: those are implementation choices users must not come to depend on.
 */
class PublicSignaturesTest {

  @Test
  void publicSignaturesMentionNoBucket4jOrInternalType() {
    codeUnits().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .and().areDeclaredInClassesThat().resideInAnyPackage(
            "io.ami4j.testkit.time", "io.ami4j.testkit.fault", "io.ami4j.testkit.assertions")
        .should(mentionNoHiddenType())
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.ami4j.testkit"));
  }

  private static ArchCondition<JavaCodeUnit> mentionNoHiddenType() {
    return new ArchCondition<>("mention no Bucket4j or io.ami4j.internal type") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
        types.add(unit.getRawReturnType());
        for (JavaClass type : types) {
          String name = type.getName();
          if (name.startsWith("io.github.bucket4j") || name.startsWith("io.ami4j.internal")) {
            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " mentions " + name));
          }
        }
      }
    };
  }
}
