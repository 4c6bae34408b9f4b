package io.ami4j.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiBackendException;
import io.ami4j.AmiClient;
import io.ami4j.DryRunResult;
import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.ImageId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.spi.Ec2Action;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.fault.FaultKind;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * A dry run that cannot reach EC2 — every attempt answered 500 or 503 — fails with that outage; it
 * never answers "refused", which would read as a permission problem. A refusal EC2 did answer is
 * still a refusal.
 */
class DryRunOutageTest {
  private static final Region EAST = Region.of("us-east-1");

  /**
   * Registers an image of the caller's, then asks a dry run through a client whose every attempt
   * of {@code failing} (three, as the client tries) meets an outage.
   */
  private static DryRunResult dryRunDuringOutage(Ec2Action failing, BiFunction<AmiClient, ImageId, DryRunResult> dry) {
    try (FakeEc2 world = FakeEc2.create()) {
      ImageId image;
      try (AmiClient setup = world.clientBuilder().build()) {
        image = setup.register().fromSnapshot(world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, EAST, 8))
            .named("dry-outage").architecture(Architecture.X86_64).rootDevice("/dev/xvda").submit().await().id();
      }
      FaultingProvider faulty = FaultingProvider.wrap(world.provider(), FaultPlan.none(), world.clock());
      if (failing != null) {
        faulty.failNext(failing, FaultKind.UNAVAILABLE, FaultKind.INTERNAL_ERROR, FaultKind.UNAVAILABLE);
      }
      try (AmiClient amis = world.clientBuilder().provider(faulty).retryPolicy(r -> r.maxAttempts(3).seed(3))
          .build()) {
        return dry.apply(amis, image);
      }
    }
  }

  @Test
  void aDryRunOfTheMutatingCallItselfThrowsTheOutage() {
    assertThatThrownBy(() -> dryRunDuringOutage(Ec2Action.RUN_INSTANCES, (amis, id) -> amis.launch(id).dryRun()))
        .isInstanceOf(AmiBackendException.class);
  }

  @Test
  void aDeregistrationDryRunWhoseOwnCheckCannotDescribeTheImageThrowsTheOutage() {
    assertThatThrownBy(() -> dryRunDuringOutage(Ec2Action.DESCRIBE_IMAGES,
        (amis, id) -> amis.deregister(id).dryRun())).isInstanceOf(AmiBackendException.class);
  }

  @Test
  void aSharingDryRunThatCannotReadTheCurrentPermissionsThrowsTheOutage() {
    assertThatThrownBy(() -> dryRunDuringOutage(Ec2Action.DESCRIBE_IMAGE_ATTRIBUTE,
        (amis, id) -> amis.sharing(id).grant(LaunchPermission.account(AccountId.of("222222222222"))).dryRun()))
        .isInstanceOf(AmiBackendException.class);
  }

  @Test
  void withoutAnOutageTheSameDryRunsAnswer() {
    assertThat(dryRunDuringOutage(null, (amis, id) -> amis.launch(id).dryRun()).allowed()).isTrue();
    assertThat(dryRunDuringOutage(null, (amis, id) -> amis.deregister(id).dryRun()).allowed()).isTrue();
    DryRunResult missing = dryRunDuringOutage(null, (amis, id) -> amis.launch(ImageId.of("ami-0123456789abcdef0"))
        .dryRun());
    assertThat(missing.allowed()).isFalse();
    assertThat(missing.errorCode()).contains("InvalidAMIID.NotFound");
  }
}
