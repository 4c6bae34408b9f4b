package io.ami4j.spi;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.gen.Cases;
import io.ami4j.gen.ReportSeed;
import io.ami4j.model.ImageId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RunInstances launches 1 to 1,000 instances of a well-formed instance type. */
@ExtendWith(ReportSeed.class)
class RunInstancesRequestPropertiesTest {
  private static RunInstancesRequest.Builder run() {
    return RunInstancesRequest.builder().imageId(ImageId.of("ami-0123456789abcdef0")).instanceType("t3.micro");
  }

  static Stream<Arguments> countsInside() {
    return Cases.of(g -> g.between(1, 1000));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 999, 1000})
  @MethodSource("countsInside")
  void oneToAThousandInstancesAreAccepted(int count) {
    assertThat(run().count(count).build().count()).isEqualTo(count);
  }

  static Stream<Arguments> badCounts() {
    return Cases.of(g -> g.bool() ? g.between(Integer.MIN_VALUE, 0) : g.between(1001, Integer.MAX_VALUE));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1001, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
  @MethodSource("badCounts")
  void anyOtherCountIsRejected(int count) {
    assertRejected(() -> run().count(count).build(), "count", "between 1 and 1000");
  }

  @Test
  void oneInstanceByDefault() {
    assertThat(run().build().count()).isEqualTo(1);
  }

  @Test
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
