package io.ami4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.ami4j.archfixture.LeakyApi;
import io.ami4j.archfixture.ProviderImpl;
import io.ami4j.archfixture.RetrySupplier;
import io.ami4j.archfixture.UsesSdk;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of ami-core: no AWS SDK, no engine type (internal packages, resilience4j,
 * bucket4j) in the public API, no {@code *Impl} outside internal packages. Each rule is also
 * run against a fixture that breaks it, so a rule that could never fail would be noticed.
 */
class ArchitectureTest {
  private static final String[] ENGINE_PACKAGES = {
      "io.ami4j..internal..", "io.github.resilience4j..", "io.github.bucket4j.."};

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production = ArchClasses.production();
  }

  // ---- the rules -----------------------------------------------------------------------------

  static final ArchRule NO_AWS_SDK = noClasses().that().resideInAPackage("io.ami4j..")
      .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
      .because("ami-core must work without the AWS SDK; only the ami-aws provider uses it");

  static final ArchRule NO_ENGINE_TYPES_IN_PUBLIC_API = classes()
      .that(arePublicApi())
      .should(new ExposeNoEngineTypes())
      .because("users must be able to rely on the public API while the engine changes");

  static final ArchRule NO_IMPL_IN_PUBLIC_API = noClasses()
      .that(arePublicApi())
      .should().haveSimpleNameEndingWith("Impl")
      .because("implementations belong in io.ami4j..internal.., the public API names what things are");

  /** Public classes (nested ones only inside public classes) of io.ami4j.. outside internal packages. */
  static DescribedPredicate<JavaClass> arePublicApi() {
    return DescribedPredicate.describe("are public API of io.ami4j (outside ..internal..)",
        c -> c.getPackageName().startsWith("io.ami4j")
            && !isInternalPackage(c.getPackageName())
            && !c.getSimpleName().startsWith("Immutable")
            && isReachable(c));
  }

  private static boolean isInternalPackage(String packageName) {
    return packageName.equals("io.ami4j.internal") || packageName.contains(".internal.")
        || packageName.endsWith(".internal");
  }

  private static boolean isReachable(JavaClass c) {
    if (!c.getModifiers().contains(JavaModifier.PUBLIC) || c.getModifiers().contains(JavaModifier.SYNTHETIC)) {
      return false;
    }
    return c.getEnclosingClass().map(ArchitectureTest::isReachable).orElse(true);
  }

  private static boolean isEngineType(JavaClass raw) {
    JavaClass base = raw.isArray() ? raw.getBaseComponentType() : raw;
    String pkg = base.getPackageName();
    return (pkg.startsWith("io.ami4j") && isInternalPackage(pkg))
        || pkg.startsWith("io.github.resilience4j") || pkg.startsWith("io.github.bucket4j");
  }

  /**
   * Inspects the full generic signature of every public or protected field, method and
   * constructor, and the class's own generic supertypes and type parameters.
   */
  static final class ExposeNoEngineTypes extends ArchCondition<JavaClass> {
    ExposeNoEngineTypes() {
      super("expose no type of " + String.join(", ", ENGINE_PACKAGES)
          + " in a public or protected signature (parameters, return types, fields, type arguments, bounds)");
    }

    @Override
    public void check(JavaClass c, ConditionEvents events) {
      List<JavaType> classLevel = new ArrayList<>(c.getInterfaces());
      c.getSuperclass().ifPresent(classLevel::add);
      classLevel.addAll(c.getTypeParameters());
      report(c.getFullName() + " (class signature)", classLevel, c, events);

      for (JavaMember member : c.getMembers()) {
        Set<JavaModifier> modifiers = member.getModifiers();
        if (modifiers.contains(JavaModifier.SYNTHETIC) || modifiers.contains(JavaModifier.BRIDGE)) {
          continue;
        }
        if (!modifiers.contains(JavaModifier.PUBLIC) && !modifiers.contains(JavaModifier.PROTECTED)) {
          continue;
        }
        report(member.getFullName(), signatureOf(member), member, events);
      }
    }

    private static List<JavaType> signatureOf(JavaMember member) {
      List<JavaType> types = new ArrayList<>();
      if (member instanceof JavaField field) {
        types.add(field.getType());
      } else if (member instanceof JavaCodeUnit unit) {
        types.addAll(unit.getParameterTypes());
        types.add(unit.getReturnType());
        types.addAll(unit.getTypeParameters());
        types.addAll(unit.getExceptionTypes());
      }
      return types;
    }

    private static void report(String where, List<? extends JavaType> types, Object owner, ConditionEvents events) {
      Set<String> leaked = new TreeSet<>();
      for (JavaType type : types) {
        for (JavaClass raw : type.getAllInvolvedRawTypes()) {
          if (isEngineType(raw)) {
            leaked.add(raw.getName());
          }
        }
      }
      if (!leaked.isEmpty()) {
        events.add(SimpleConditionEvent.violated(owner, where + " exposes " + String.join(", ", leaked)));
      }
    }
  }

  // ---- the rules hold for ami-core -----------------------------------------------------------

  @Test
  void coreDoesNotDependOnTheAwsSdk() {
    NO_AWS_SDK.check(production);
  }

  @Test
  void thePublicApiExposesNoEngineTypes() {
    NO_ENGINE_TYPES_IN_PUBLIC_API.check(production);
  }

  @Test
  void noImplClassesInThePublicApi() {
    NO_IMPL_IN_PUBLIC_API.check(production);
  }

  @Test
  void thePublicApiRuleSeesTheWholeModel() {
    // guards against a predicate that silently selects nothing
    assertThat(production.stream().filter(arePublicApi()::test).map(JavaClass::getName))
        .contains("io.ami4j.model.Image", "io.ami4j.model.Image$Builder", "io.ami4j.spi.AmiProvider",
            "io.ami4j.AmiException", "io.ami4j.spi.RateLimits$Limit")
        .doesNotContain("io.ami4j.model.ImmutableImage", "io.ami4j.internal.validate.Check");
  }

  // ---- each rule fails on a class that breaks it ---------------------------------------------

  private static List<String> violations(ArchRule rule, Class<?>... fixtures) {
    return ArchClasses.violations(rule, fixtures);
  }

  @Test
  void theSdkRuleFailsOnADependencyOnTheSdk() {
    assertThat(violations(NO_AWS_SDK, UsesSdk.class))
        .anyMatch(v -> v.contains("UsesSdk") && v.contains("software.amazon.awssdk.archfixture.SdkStandIn"));
  }

  @Test
  void theSignatureRuleFindsEveryLeakAndNothingElse() {
    List<String> details = violations(NO_ENGINE_TYPES_IN_PUBLIC_API, LeakyApi.class);
    assertThat(details).hasSize(9);
    assertThat(String.join("\n", details)).contains(
        "publicFieldOfRetryConfig exposes io.github.resilience4j.retry.RetryConfig",
        "protectedFieldOfListOfBucket exposes io.github.bucket4j.Bucket",
        "LeakyApi.<init>(io.ami4j.internal.value.AmiStyle) exposes io.ami4j.internal.value.AmiStyle",
        "returnsRetry() exposes io.github.resilience4j.retry.Retry",
        "takesRules(io.ami4j.internal.validate.Rules) exposes io.ami4j.internal.validate.Rules",
        "returnsMapOfOptionalOfBucket() exposes io.github.bucket4j.Bucket",
        "takesWildcard(java.util.List) exposes io.github.resilience4j.retry.Retry",
        "typeParameterBoundedByBucket() exposes io.github.bucket4j.Bucket",
        "returnsArrayOfRules() exposes io.ami4j.internal.validate.Rules");
    assertThat(String.join("\n", details)).doesNotContain("privateFieldIsFine", "privateMethodIsFine",
        "packagePrivateMethodIsFine", "returnsOnlyJdkTypes", "LeakyApi.<init>()");
  }

  @Test
  void theSignatureRuleFindsATypeArgumentOfAnInterface() {
    assertThat(String.join("\n", violations(NO_ENGINE_TYPES_IN_PUBLIC_API, RetrySupplier.class)))
        .contains("RetrySupplier (class signature) exposes io.github.resilience4j.retry.Retry",
            "RetrySupplier.get() exposes io.github.resilience4j.retry.Retry");
  }

  @Test
  void theSignatureRuleIgnoresClassesThatAreNotPublicApi() throws ClassNotFoundException {
    JavaClasses hidden = new ClassFileImporter().importClasses(
        Class.forName("io.ami4j.archfixture.HiddenLeaks"), Class.forName("io.ami4j.archfixture.HiddenLeaks$Nested"));
    assertThat(hidden.stream().filter(arePublicApi()::test)).isEmpty();
  }

  @Test
  void theImplRuleFailsOnAPublicImplClass() {
    assertThat(violations(NO_IMPL_IN_PUBLIC_API, ProviderImpl.class)).anyMatch(v -> v.contains("ProviderImpl"));
  }
}
