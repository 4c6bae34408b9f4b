package io.ami4j.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmazonLinux;
import io.ami4j.AmiClient;
import io.ami4j.AmiThrottledException;
import io.ami4j.DryRunResult;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.Region;
import io.ami4j.spi.Ec2Action;
import io.ami4j.testkit.CallRecorder;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.fault.FaultKind;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import io.ami4j.testkit.junit.AmiTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A client's interceptors see every attempt of every call, with its number, and dry runs as dry runs. */
@AmiTest
class ClientInterceptorTest {
  private static final Region EAST = Region.of("us-east-1");

  @Test
  void anInterceptorSeesEachAttemptOfACallThatWasRetried(FakeEc2 world) {
    FaultingProvider faulty = FaultingProvider.wrap(world.provider(), FaultPlan.none(), world.clock())
        .failNext(Ec2Action.GET_PARAMETER, FaultKind.THROTTLING, FaultKind.INTERNAL_ERROR);
    CallRecorder calls = new CallRecorder();
    try (AmiClient amis = world.clientBuilder().provider(faulty).interceptor(calls).build()) {
      amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64);
    }

    List<CallRecorder.Recorded> parameter = calls.calls(Ec2Action.GET_PARAMETER);
    assertThat(parameter).extracting(r -> r.context().attempt()).containsExactly(1, 2, 3);
    assertThat(parameter.get(0).failure()).containsInstanceOf(AmiThrottledException.class);
    assertThat(parameter.get(1).failure().orElseThrow()).hasMessageContaining("internal error");
    assertThat(parameter.get(2).answered()).isTrue();
    assertThat(parameter).allSatisfy(r -> assertThat(r.context().region()).isEqualTo(EAST));
    assertThat(calls.actions()).containsExactly(Ec2Action.GET_PARAMETER, Ec2Action.GET_PARAMETER,
        Ec2Action.GET_PARAMETER, Ec2Action.DESCRIBE_IMAGES);
    assertThat(calls.changes()).isEmpty();
  }

  @Test
  void aDryRunSendsNoChangeThroughTheChain(FakeEc2 world) {
    CallRecorder calls = new CallRecorder();
    try (AmiClient amis = world.clientBuilder().interceptor(calls).build()) {
      Image base = amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64);
      DryRunResult launch = amis.launch(base.id()).instanceType("t3.micro").dryRun();
      assertThat(launch.allowed()).as("%s", launch).isTrue();
    }

    assertThat(calls.calls(Ec2Action.RUN_INSTANCES)).isNotEmpty()
        .allSatisfy(r -> assertThat(r.context().dryRun()).isTrue());
    assertThat(calls.changes()).isEmpty();
  }

  @Test
  void aRealCallIsAChange(FakeEc2 world) {
    CallRecorder calls = new CallRecorder();
    try (AmiClient amis = world.clientBuilder().interceptor(calls).build()) {
      Image base = amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64);
      amis.launch(base.id()).instanceType("t3.micro").submit().await();
    }

    assertThat(calls.changes()).extracting(CallRecorder.Recorded::action).containsExactly(Ec2Action.RUN_INSTANCES);
    assertThat(calls.changes().get(0).answer()).isPresent();
  }
}
