package io.ami4j.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.model.Region;
import io.ami4j.testkit.fault.FaultKind;
import io.ami4j.testkit.fault.FaultPlan;
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
  void faultOptionsBecomeAFaultPlan() {
    ServerOptions none = ServerOptions.parse();
    assertThat(none.faulty()).isFalse();

    ServerOptions o = ServerOptions.parse("--fault-rate", "0.2", "--throttle", "--refill-factor", "50",
        "--consistency-lag", "3s", "--seed", "9");
    assertThat(o.faulty()).isTrue();
    FaultPlan plan = FakeEc2ServerMain.faults(o);
    assertThat(plan.probability(FaultKind.INTERNAL_ERROR)).isEqualTo(0.1);
    assertThat(plan.probability(FaultKind.UNAVAILABLE)).isEqualTo(0.1);
    assertThat(plan.throttling()).isPresent();
    assertThat(plan.consistencyLagMax()).isEqualTo(Duration.ofSeconds(3));
    assertThat(plan.seed()).isEqualTo(9);

    assertThatThrownBy(() -> ServerOptions.parse("--fault-rate", "1.5")).hasMessageContaining("--fault-rate");
    assertThatThrownBy(() -> ServerOptions.parse("--refill-factor", "0")).hasMessageContaining("--refill-factor");
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
        "--instance-shutting-down", "--fault-rate", "--throttle", "--refill-factor", "--consistency-lag", "--help"}) {
      assertThat(usage).contains(option);
    }
    assertThat(ServerOptions.parse("--help").help).isTrue();
  }
}
