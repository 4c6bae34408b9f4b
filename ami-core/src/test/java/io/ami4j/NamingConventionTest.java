package io.ami4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.ami4j.archfixture.naming.BadNames;
import io.ami4j.archfixture.naming.BadNamesReport;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The naming rules of the public API, as the AWS SDK's naming-convention test keeps its own: a
 * verb that waits ends in {@code submit()} and answers a {@link Pending}; one that answers at once
 * ends in {@code apply()} and answers a {@code *Result}; a dry run answers a {@link DryRunResult};
 * results are {@code *Result}, never {@code *Report}; a snapshot option is named by the verb done
 * to the snapshots; static factories are {@code of} for values and {@code builder} for builders.
 * Each rule is also run against {@code archfixture.naming}, which breaks it.
 */
class NamingConventionTest {
  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production = ArchClasses.production();
  }

  // ---- the rules -----------------------------------------------------------------------------

  static final ArchRule NO_REPORTS = noClasses().that(ArchitectureTest.arePublicApi())
      .should().haveSimpleNameEndingWith("Report")
      .because("every result is named *Result");

  static final ArchRule SUBMIT_ANSWERS_PENDING = methods().that(areVerbs()).and().haveName("submit")
      .should(returnTypeNamed("io.ami4j.Pending"))
      .because("anything that waits returns Pending from submit()");

  static final ArchRule PENDING_COMES_FROM_SUBMIT = methods().that(areVerbs())
      .and(returnRaw("io.ami4j.Pending")).and().areNotDeclaredIn(Pending.class)
      .should().haveName("submit")
      .because("anything that waits returns Pending from submit()");

  static final ArchRule APPLY_ANSWERS_A_RESULT = methods().that(areVerbs()).and().haveName("apply")
      .should(returnTypeMatching(Pattern.compile(".*Result"), "a type named *Result"))
      .because("anything immediate returns a typed *Result from apply()");

  static final ArchRule DRY_RUN_ANSWERS_DRY_RUN_RESULT = methods().that(areVerbs())
      .and().haveNameStartingWith("dryRun")
      .should(returnTypeNamed(DryRunResult.class.getName()))
      .because("a dry run answers whether the call would be allowed");

  static final ArchRule ONE_NAME_FOR_A_DRY_RUN = methods().that(areVerbs())
      .and().haveNameStartingWith("dryRun")
      .should().haveName("dryRun")
      .because("a verb's dry run is its spec's dryRun(), as its real run is the spec's apply() or submit()");

  static final ArchRule NO_OTHER_ENDINGS_OR_SNAPSHOT_NAMES = noMethods().that(arePublicApiMethods())
      .should().haveNameMatching("execute|executeAsync|includeSnapshots|.*Too")
      .because("verbs end in submit() or apply(), and a snapshot option is named by its verb"
          + " (tagSnapshots, shareSnapshots, deleteSnapshots)");

  static final ArchRule BUILDERS_COME_FROM_BUILDER = methods().that(arePublicApiMethods()).and().areStatic()
      .and(returnTypeSimpleNameMatching(Pattern.compile("(.*\\$)?Builder")))
      .should().haveName("builder")
      .because("a static factory of a builder is named builder()");

  static final ArchRule NO_OTHER_FACTORY_NAMES = noMethods().that(arePublicApiMethods())
      .and(DescribedPredicate.describe("are not an enum's valueOf",
          (JavaMethod m) -> !(m.getOwner().isEnum() && m.getName().equals("valueOf"))))
      .should().haveNameMatching("newBuilder|valueOf|getInstance|newInstance")
      .because("factories are of(…) for values and builder() for builders");

  static final List<ArchRule> ALL = List.of(NO_REPORTS, SUBMIT_ANSWERS_PENDING, PENDING_COMES_FROM_SUBMIT,
      APPLY_ANSWERS_A_RESULT, DRY_RUN_ANSWERS_DRY_RUN_RESULT, ONE_NAME_FOR_A_DRY_RUN, NO_OTHER_ENDINGS_OR_SNAPSHOT_NAMES,
      BUILDERS_COME_FROM_BUILDER, NO_OTHER_FACTORY_NAMES);

  /** Public methods, not synthetic or bridges, of the public API's classes. */
  static DescribedPredicate<JavaMethod> arePublicApiMethods() {
    DescribedPredicate<JavaClass> api = ArchitectureTest.arePublicApi();
    return DescribedPredicate.describe("are public methods of the public API", m ->
        api.test(m.getOwner()) && m.getModifiers().contains(JavaModifier.PUBLIC)
            && !m.getModifiers().contains(JavaModifier.SYNTHETIC) && !m.getModifiers().contains(JavaModifier.BRIDGE));
  }

  /**
   * The fluent API's methods: the public API outside the SPI, whose {@code Call.dryRun()} is a
   * flag of the call, not a verb.
   */
  static DescribedPredicate<JavaMethod> areVerbs() {
    DescribedPredicate<JavaMethod> api = arePublicApiMethods();
    return DescribedPredicate.describe("are public methods of the fluent API (outside io.ami4j.spi)",
        m -> api.test(m) && !m.getOwner().getPackageName().startsWith("io.ami4j.spi"));
  }

  private static DescribedPredicate<JavaMethod> returnRaw(String typeName) {
    return DescribedPredicate.describe("return " + typeName, m -> m.getRawReturnType().getName().equals(typeName));
  }

  private static DescribedPredicate<JavaMethod> returnTypeSimpleNameMatching(Pattern name) {
    return DescribedPredicate.describe("return a type named " + name,
        m -> name.matcher(m.getRawReturnType().getName().replaceAll(".*\\.", "")).matches());
  }

  private static ArchCondition<JavaMethod> returnTypeNamed(String typeName) {
    return returnTypeMatching(Pattern.compile(Pattern.quote(typeName.replaceAll(".*\\.", ""))), typeName);
  }

  private static ArchCondition<JavaMethod> returnTypeMatching(Pattern simpleName, String what) {
    return new ArchCondition<>("return " + what) {
      @Override
      public void check(JavaMethod m, ConditionEvents events) {
        String returned = m.getRawReturnType().getSimpleName();
        boolean ok = simpleName.matcher(returned).matches();
        events.add(new SimpleConditionEvent(m, ok, m.getFullName() + " returns " + m.getRawReturnType().getName()));
      }
    };
  }

  // ---- the rules hold for ami-core -----------------------------------------------------------

  @Test
  void theRulesHoldForTheApi() {
    for (ArchRule rule : ALL) {
      rule.check(production);
    }
  }

  @Test
  void theRulesSeeTheVerbs() {
    // guards against a predicate that silently selects nothing
    assertThat(production.stream().flatMap(c -> c.getMethods().stream()).filter(arePublicApiMethods()::test)
        .map(JavaMethod::getFullName))
        .contains("io.ami4j.CreateImageSpec.submit()", "io.ami4j.TagSpec.apply()", "io.ami4j.SharingSpec.dryRun()",
            "io.ami4j.cleanup.CleanupPlan.submit()", "io.ami4j.AmiClient.builder()",
            "io.ami4j.TerminateSpec.apply()", "io.ami4j.bake.SweepSpec.dryRun()");
  }

  // ---- each rule fails on a class that breaks it ---------------------------------------------

  private static String violations(ArchRule rule, Class<?>... fixtures) {
    return String.join("\n", ArchClasses.violations(rule, fixtures));
  }

  @Test
  void aReportIsRefused() {
    assertThat(violations(NO_REPORTS, BadNamesReport.class)).contains("BadNamesReport");
  }

  @Test
  void submitMustAnswerPendingAndPendingMustComeFromSubmit() {
    assertThat(violations(SUBMIT_ANSWERS_PENDING, BadNames.class)).contains("BadNames.submit()")
        .doesNotContain("BadNames.start()");
    assertThat(violations(PENDING_COMES_FROM_SUBMIT, BadNames.class)).contains("BadNames.start()")
        .doesNotContain("BadNames.submit()");
  }

  @Test
  void applyMustAnswerAResult() {
    assertThat(violations(APPLY_ANSWERS_A_RESULT, BadNames.class)).contains("BadNames.apply()");
  }

  @Test
  void aDryRunMustAnswerADryRunResult() {
    assertThat(violations(DRY_RUN_ANSWERS_DRY_RUN_RESULT, BadNames.class)).contains("BadNames.dryRunReset()")
        .doesNotContain("BadNames.dryRun()");
  }

  @Test
  void aDryRunIsNamedDryRun() {
    assertThat(violations(ONE_NAME_FOR_A_DRY_RUN, BadNames.class)).contains("BadNames.dryRunTerminate()")
        .doesNotContain("BadNames.dryRun()");
  }

  @Test
  void oldEndingsAndSnapshotNamesAreRefused() {
    assertThat(violations(NO_OTHER_ENDINGS_OR_SNAPSHOT_NAMES, BadNames.class)).contains(
        "BadNames.execute()", "BadNames.executeAsync()", "BadNames.includeSnapshots()", "BadNames.tagSnapshotsToo()");
  }

  @Test
  void aBuilderComesFromBuilder() {
    assertThat(violations(BUILDERS_COME_FROM_BUILDER, BadNames.class, BadNames.Builder.class))
        .contains("BadNames.create()").doesNotContain("BadNames.builder()");
  }

  @Test
  void otherFactoryNamesAreRefused() {
    assertThat(violations(NO_OTHER_FACTORY_NAMES, BadNames.class, BadNames.Kind.class))
        .contains("BadNames.newBuilder()", "BadNames.valueOf(java.lang.String)", "BadNames.getInstance()")
        .doesNotContain("Kind.valueOf");
  }
}
