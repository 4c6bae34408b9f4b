package io.ami4j.spi;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.ImageId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** RunInstances launches 1 to 1,000 instances of a well-formed instance type. */
class RunInstancesRequestPropertiesTest {
  private static RunInstancesRequest.Builder run() {
    return RunInstancesRequest.builder().imageId(ImageId.of("ami-0123456789abcdef0")).instanceType("t3.micro");
  }

  @Property
  void oneToAThousandInstancesAreAccepted(@ForAll @IntRange(min = 1, max = 1000) int count) {
    assertThat(run().count(count).build().count()).isEqualTo(count);
  }

  @Property
  void anyOtherCountIsRejected(@ForAll("badCount") int count) {
    assertRejected(() -> run().count(count).build(), "count", "between 1 and 1000");
  }

  @Provide
  Arbitrary<Integer> badCount() {
    return Arbitraries.oneOf(Arbitraries.integers().lessOrEqual(0), Arbitraries.integers().greaterOrEqual(1001));
  }

  @Example
  void oneInstanceByDefault() {
    assertThat(run().build().count()).isEqualTo(1);
  }

  @Example
  void instanceTypesAndUserDataAreChecked() {
    assertThat(run().instanceType("m7g.16xlarge").build().instanceType()).isEqualTo("m7g.16xlarge");
    assertThat(run().instanceType("u-6tb1.metal").build().instanceType()).isEqualTo("u-6tb1.metal");
    assertRejected(() -> run().instanceType("T3.micro").build(), "instanceType", "t3.micro");
    assertRejected(() -> run().instanceType("t3").build(), "instanceType", "t3.micro");
    assertThat(run().userData("x".repeat(16 * 1024)).build().userData()).isPresent();
    assertRejected(() -> run().userData("x".repeat(16 * 1024 + 1)).build(), "userData", "16 KiB");
    assertRejected(() -> run().clientToken("c".repeat(65)).build(), "clientToken", "1 to 64");
  }
}
