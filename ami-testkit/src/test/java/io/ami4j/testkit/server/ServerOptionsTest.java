package io.ami4j.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.model.Region;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {

  @Test
  void defaultsSuitAStandAloneServer() {
    ServerOptions o = ServerOptions.parse();
    assertThat(o.host).isEqualTo("127.0.0.1");
    assertThat(o.port).isEqualTo(8787);
    assertThat(o.createImagePending).isLessThanOrEqualTo(Duration.ofSeconds(5));
    assertThat(o.copyImagePending).isLessThanOrEqualTo(Duration.ofSeconds(10));
    assertThat(o.catalog).isTrue();
  }

  @Test
  void readsBothSpellingsOfValues() {
    ServerOptions o = ServerOptions.parse("--port", "0", "--host=0.0.0.0", "--seed", "7",
        "--regions", "eu-west-1, ap-south-1", "--copy-image-pending=1m", "--instance-pending", "PT0.5S", "--no-catalog");
    assertThat(o.port).isZero();
    assertThat(o.host).isEqualTo("0.0.0.0");
    assertThat(o.seed).isEqualTo(7);
    assertThat(o.regions).containsExactly(Region.of("eu-west-1"), Region.of("ap-south-1"));
    assertThat(o.copyImagePending).isEqualTo(Duration.ofMinutes(1));
    assertThat(o.instancePending).isEqualTo(Duration.ofMillis(500));
    assertThat(o.catalog).isFalse();
  }

  @Test
  void pendingSetsEveryImageDuration() {
    ServerOptions o = ServerOptions.parse("--pending", "250ms");
    assertThat(o.createImagePending).isEqualTo(Duration.ofMillis(250));
    assertThat(o.registerImagePending).isEqualTo(Duration.ofMillis(250));
    assertThat(o.copyImagePending).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void mistakesNameTheOption() {
    assertThatThrownBy(() -> ServerOptions.parse("--port", "70000")).hasMessageContaining("--port");
    assertThatThrownBy(() -> ServerOptions.parse("--pending", "soon")).hasMessageContaining("--pending")
        .hasMessageContaining("3s");
    assertThatThrownBy(() -> ServerOptions.parse("--colour", "red")).hasMessageContaining("unknown option --colour");
    assertThatThrownBy(() -> ServerOptions.parse("--verbose")).hasMessageContaining("unknown option --verbose");
    assertThatThrownBy(() -> ServerOptions.parse("--port")).hasMessageContaining("--port needs a value");
  }

  @Test
  void helpDocumentsEveryOption() {
    String usage = ServerOptions.usage();
    for (String option : new String[] {"--host", "--port", "--seed", "--regions", "--no-catalog", "--pending",
        "--create-image-pending", "--register-image-pending", "--copy-image-pending", "--instance-pending",
        "--instance-shutting-down", "--help"}) {
      assertThat(usage).contains(option);
    }
    assertThat(ServerOptions.parse("--help").help).isTrue();
  }
}
