package io.ami4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The testkit's exported packages never show an internal type in a public signature. */
class PublicApiTest {
  @Test
  void publicSignaturesMentionNoInternalType() {
    JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.ami4j.testkit");
    List<String> leaks = new ArrayList<>();
    for (JavaClass c : classes) {
      if (c.getPackageName().contains(".internal") || !c.getModifiers().contains(JavaModifier.PUBLIC)) {
        continue;
      }
      for (JavaMember m : c.getMembers()) {
        if (!m.getModifiers().contains(JavaModifier.PUBLIC)) {
          continue;
        }
        List<JavaClass> types = new ArrayList<>();
        if (m instanceof JavaMethod method) {
          types.add(method.getRawReturnType());
        }
        if (m instanceof com.tngtech.archunit.core.domain.JavaCodeUnit unit) {
          types.addAll(unit.getRawParameterTypes());
        }
        if (m instanceof com.tngtech.archunit.core.domain.JavaField field) {
          types.add(field.getRawType());
        }
        for (JavaClass t : types) {
          String name = t.getName();
          if (name.contains(".internal.") || name.startsWith("io.github.bucket4j") || name.contains("Immutable")) {
            leaks.add(m.getFullName() + " mentions " + name);
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
    assertThat(classes.contain(FakeEc2.class)).isTrue();
  }
}
