package io.ami4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The testkit follows ami-core's value-class rule ({@code io.ami4j.ValueClassArchitectureTest}):
 * no hand-written {@code equals} outside the listed exceptions; values are Immutables values or
 * records.
 */
class ValueClassesTest {
  /**
   * {@code VirtualClock}: two clocks are equal when they read the same virtual time source (the
   * identity of the source, as {@code Clock.system*} compares its zone), which is not a value.
   */
  static final Set<String> HAND_WRITTEN_EQUALS_ALLOWED = Set.of("io.ami4j.testkit.time.VirtualClock");

  private static List<String> declaringEqualsByHand(JavaClasses classes) {
    return classes.stream()
        .filter(c -> !c.isAnnotatedWith("org.immutables.value.Generated"))
        .filter(c -> !c.getRawSuperclass().map(s -> s.isEquivalentTo(Record.class)).orElse(false))
        .filter(c -> c.getMethods().stream().anyMatch(m -> m.getName().equals("equals")
            && m.getRawParameterTypes().size() == 1 && m.getRawParameterTypes().get(0).isEquivalentTo(Object.class)))
        .map(JavaClass::getName)
        .toList();
  }

  @Test
  void onlyTheListedExceptionsWriteTheirOwnEquals() {
    JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.ami4j.testkit");
    assertThat(declaringEqualsByHand(production)).containsExactlyInAnyOrderElementsOf(HAND_WRITTEN_EQUALS_ALLOWED);
  }

  @Test
  void theCheckSeesAHandWrittenEqualsAndSkipsRecords() {
    JavaClasses fixtures = new ClassFileImporter().importClasses(HandWritten.class, AsRecord.class);
    assertThat(declaringEqualsByHand(fixtures)).containsExactly(HandWritten.class.getName());
  }

  /** Breaks the rule. */
  static final class HandWritten {
    final String value = "x";

    @Override
    public boolean equals(Object o) {
      return o instanceof HandWritten other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }
  }

  /** Keeps it: a record's equals is the language's. */
  record AsRecord(String value) {}
}
