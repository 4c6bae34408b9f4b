package io.ami4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * Only the engine uses Resilience4j and Bucket4j. (That no public signature shows them is
 * {@link ArchitectureTest}'s rule.)
 */
class EngineApiArchitectureTest {
  private static final JavaClasses CORE = ArchClasses.production();

  @Test
  void onlyTheEngineUsesResilience4jAndBucket4j() {
    noClasses().that().resideOutsideOfPackages("io.ami4j.internal.call..", "io.ami4j.internal.retry..",
        "io.ami4j.internal.throttle..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.resilience4j..", "io.github.bucket4j..")
        .check(CORE);
  }
}
