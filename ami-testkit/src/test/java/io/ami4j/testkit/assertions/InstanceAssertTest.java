package io.ami4j.testkit.assertions;

import static io.ami4j.testkit.assertions.AmiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.InstanceState;
import io.ami4j.model.ProductCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstanceAssertTest {
  private static final ImageId IMAGE = ImageId.of("ami-0123456789abcdef0");
  private static final Instance WEB = Instance.builder()
      .id(InstanceId.of("i-0123456789abcdef0"))
      .imageId(IMAGE)
      .state(InstanceState.RUNNING)
      .instanceType("t3.micro")
      .launchTime(Instant.parse("2026-01-01T00:00:00Z"))
      .putTags("env", "prod")
      .addProductCodes(ProductCode.marketplace("abc123"))
      .build();

  @Test
  void passesOnAMatchingInstance() {
    assertThat(WEB).isRunning().hasState(InstanceState.RUNNING).wasLaunchedFrom(IMAGE)
        .hasTag("env", "prod").hasProductCode("abc123");
  }

  @Test
  void stateMismatch() {
    Instance pending = Instance.builder().from(WEB).state(InstanceState.PENDING).build();

    assertThatThrownBy(() -> assertThat(pending).isRunning())
        .hasMessage("Expected instance <i-0123456789abcdef0> to have state <running> but was <pending>");
    assertThatThrownBy(() -> assertThat(WEB).hasState(InstanceState.TERMINATED))
        .hasMessage("Expected instance <i-0123456789abcdef0> to have state <terminated> but was <running>");
  }

  @Test
  void imageMismatch() {
    assertThatThrownBy(() -> assertThat(WEB).wasLaunchedFrom(ImageId.of("ami-0123456789abcdef1")))
        .hasMessage("Expected instance <i-0123456789abcdef0> to have been launched from <ami-0123456789abcdef1> "
            + "but was launched from <ami-0123456789abcdef0>");
  }

  @Test
  void tagAndProductCodeMismatches() {
    assertThatThrownBy(() -> assertThat(WEB).hasTag("env", "dev"))
        .hasMessage("Expected instance <i-0123456789abcdef0> to have tag <env=dev> but was <env=prod>");
    assertThatThrownBy(() -> assertThat(WEB).hasTag("team", "a"))
        .hasMessageStartingWith("Expected instance <i-0123456789abcdef0> to have tag <team=a> but it has no tag <team>");
    assertThatThrownBy(() -> assertThat(WEB).hasProductCode("zzz"))
        .hasMessage("Expected instance <i-0123456789abcdef0> to have product code <zzz> but had <[abc123]>");
  }
}
