package io.ami4j.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.AmazonLinux;
import io.ami4j.AmiClient;
import io.ami4j.AmiLaunchFailedException;
import io.ami4j.AmiPermissionDeniedException;
import io.ami4j.model.Architecture;
import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.InstanceState;
import io.ami4j.model.Region;
import io.ami4j.spi.Call;
import io.ami4j.spi.CallContext;
import io.ami4j.spi.CallInterceptor;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.testkit.FakeEc2;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A launch whose RunInstances succeeded but whose next step failed names the instances it started. */
class LaunchFailureTest {
  private static final Region EAST = Region.of("us-east-1");

  /** A principal allowed to run instances but not to describe them. */
  private static final CallInterceptor NO_DESCRIBE = new CallInterceptor() {
    @Override
    public void beforeCall(CallContext call) {
      if (call.action() == Ec2Action.DESCRIBE_INSTANCES) {
        throw new AmiPermissionDeniedException("UnauthorizedOperation",
            "You are not authorized to perform this operation (ec2:DescribeInstances)", "req-denied");
      }
    }
  };

  @Test
  void theFailureCarriesTheStartedInstancesSoThatTheCallerCanTerminateThem() {
    try (FakeEc2 world = FakeEc2.create();
         AmiClient denied = world.clientBuilder().interceptor(NO_DESCRIBE).build();
         AmiClient admin = world.clientBuilder().build()) {
      ImageId base = admin.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64).id();

      AmiLaunchFailedException e = catchThrowableOfType(AmiLaunchFailedException.class,
          () -> denied.launch(base).count(2).submit().await());

      List<InstanceId> live = world.allInstances(EAST).stream().filter(i -> i.state().isLive()).map(Instance::id)
          .collect(Collectors.toList());
      assertThat(live).hasSize(2);
      assertThat(e.instanceIds()).containsExactlyInAnyOrderElementsOf(live);
      assertThat(e.getMessage()).contains(live.get(0).value(), live.get(1).value());
      assertThat(e.getCause()).isInstanceOf(AmiPermissionDeniedException.class);
      assertThat(e.errorCode()).isEqualTo("UnauthorizedOperation");
      assertThat(e.retryable()).isFalse();

      admin.instances().terminate(e.instanceIds().toArray(new InstanceId[0])).apply();
      world.clock().advance(Duration.ofMinutes(5));
      assertThat(world.allInstances(EAST)).allSatisfy(i -> assertThat(i.state()).isEqualTo(InstanceState.TERMINATED));
    }
  }
}
