package io.ami4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * No package cycles in ami-core: the engine's packages ({@code io.ami4j.internal.*}) form a
 * layered whole, the model and the SPI sit below them, and the engine runs its operations itself,
 * never through the public {@link AmiClient}.
 *
 * <p>The root package {@code io.ami4j} is the public facade: its specs call into the engine, and
 * the engine throws and reports the public exceptions and results defined there (the types users
 * catch and read). That one pair, facade ↔ engine, is the cycle the rules allow; every other one,
 * model and SPI included, is refused.
 */
class CyclesArchitectureTest {
  private static final JavaClasses PRODUCTION = ArchClasses.production();

  /** ami-core's own root package. */
  private static final String ROOT = "io.ami4j";
  /** A copy of the layout under the test fixtures, with a cycle of each kind. */
  private static final String FIXTURE_ROOT = "io.ami4j.archfixture.cycles";

  /**
   * Each engine package ({@code ROOT.internal.*}) is a slice: none depends on itself through another.
   *
   * @param root the root package
   * @return the rule
   */
  static ArchRule engineFreeOfCycles(String root) {
    return slices().matching(root + ".internal.(*)..").namingSlices("internal.$1").should().beFreeOfCycles();
  }

  /**
   * The model, the SPI and each engine package are slices: no cycle among them. The model and the
   * SPI use the engine's leaf packages (validation rules, the Immutables style) and nothing else of
   * it, so the engine is not taken as one block here: that would read "model uses validate, the
   * engine uses the model" as a cycle, which no package of the engine closes.
   *
   * @param root the root package
   * @return the rule
   */
  static ArchRule layersFreeOfCycles(String root) {
    return slices().assignedFrom(new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass c) {
        String p = c.getPackageName();
        for (String layer : new String[] {"model", "spi"}) {
          String q = root + "." + layer;
          if (p.equals(q) || p.startsWith(q + ".")) {
            return SliceIdentifier.of(layer);
          }
        }
        if (p.startsWith(root + ".internal.")) {
          return SliceIdentifier.of("internal." + p.substring((root + ".internal.").length()).split("\\.")[0]);
        }
        return SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "model, spi and each " + root + ".internal.* package";
      }
    }).should().beFreeOfCycles();
  }

  /**
   * The engine runs its own operations: it never goes through the public client.
   *
   * @param root the root package
   * @return the rule
   */
  static ArchRule engineWithoutClient(String root) {
    return noClasses().that().resideInAPackage(root + ".internal..").should().dependOnClassesThat()
        .areAssignableTo(AmiClient.class)
        .because("the engine's operations live in internal; AmiClient is the users' entry point only");
  }

  @Test
  void theEnginePackagesAreFreeOfCycles() {
    engineFreeOfCycles(ROOT).check(PRODUCTION);
  }

  @Test
  void modelSpiAndEngineAreFreeOfCycles() {
    layersFreeOfCycles(ROOT).check(PRODUCTION);
  }

  @Test
  void theEngineNeverUsesTheClient() {
    engineWithoutClient(ROOT).check(PRODUCTION);
  }

  @Test
  void eachRuleFailsOnTheFixture() {
    JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE_ROOT);

    EvaluationResult engine = engineFreeOfCycles(FIXTURE_ROOT).evaluate(fixture);
    assertThat(engine.hasViolation()).isTrue();
    assertThat(String.join("\n", engine.getFailureReport().getDetails())).contains("internal.a", "internal.b");

    EvaluationResult layers = layersFreeOfCycles(FIXTURE_ROOT).evaluate(fixture);
    assertThat(layers.hasViolation()).isTrue();
    assertThat(String.join("\n", layers.getFailureReport().getDetails())).contains("model", "internal.a");

    EvaluationResult client = engineWithoutClient(FIXTURE_ROOT).evaluate(fixture);
    assertThat(client.hasViolation()).isTrue();
    assertThat(String.join("\n", client.getFailureReport().getDetails())).contains("Alpha", "AmiClient");
  }
}
