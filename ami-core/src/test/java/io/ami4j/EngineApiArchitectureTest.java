package io.ami4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fluent API shows no engine, Resilience4j or Bucket4j type; only the engine uses those libraries. */
class EngineApiArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.ami4j");

  private static boolean hidden(JavaClass c) {
    String n = c.getName();
    return n.startsWith("io.ami4j.internal.") || n.startsWith("io.github.resilience4j.")
        || n.startsWith("io.github.bucket4j.");
  }

  private static final ArchCondition<JavaClass> EXPOSE_NO_HIDDEN_TYPE =
      new ArchCondition<>("expose no internal, Resilience4j or Bucket4j type in a public signature") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
          List<JavaCodeUnit> units = new ArrayList<>(type.getMethods());
          units.addAll(type.getConstructors());
          for (JavaCodeUnit u : units) {
            if (!u.getModifiers().contains(JavaModifier.PUBLIC)) {
              continue;
            }
            List<JavaClass> used = new ArrayList<>(u.getRawParameterTypes());
            used.add(u.getRawReturnType());
            for (JavaClass t : used) {
              if (hidden(t)) {
                events.add(SimpleConditionEvent.violated(u, u.getFullName() + " exposes " + t.getName()));
              }
            }
          }
          type.getFields().stream().filter(f -> f.getModifiers().contains(JavaModifier.PUBLIC))
              .filter(f -> hidden(f.getRawType()))
              .forEach(f -> events.add(SimpleConditionEvent.violated(f, f.getFullName() + " exposes " + f.getRawType())));
        }
      };

  @Test
  void theFluentApiExposesNoEngineOrLibraryType() {
    classes().that().resideInAPackage("io.ami4j").and().arePublic().should(EXPOSE_NO_HIDDEN_TYPE).check(CORE);
  }

  @Test
  void onlyTheEngineUsesResilience4jAndBucket4j() {
    noClasses().that().resideOutsideOfPackages("io.ami4j.internal.call..", "io.ami4j.internal.retry..",
        "io.ami4j.internal.throttle..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.resilience4j..", "io.github.bucket4j..")
        .check(CORE);
  }
}
