package io.ami4j.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.AmiClient;
import io.ami4j.AmiConflictException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.DeregistrationResult;
import io.ami4j.LaunchedInstance;
import io.ami4j.model.Architecture;
import io.ami4j.model.ImageId;
import io.ami4j.model.InstanceState;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.junit.AmiTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** README's "Idempotency" table, row by row, on the in-memory world: the same call made again. */
@AmiTest
class IdempotencyTest {
  private static final Region EAST = Region.of("us-east-1");

  private static ImageId register(AmiClient amis, FakeEc2 world, String name) {
    return amis.register().fromSnapshot(world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, EAST, 8)).named(name)
        .architecture(Architecture.X86_64).rootDevice("/dev/xvda").submit().await().id();
  }

  @Test
  void aSecondRegisterOfTheSameNameIsRefusedNamingTheHolder(AmiClient amis, FakeEc2 world) {
    ImageId first = register(amis, world, "web-1");

    AmiConflictException e = catchThrowableOfType(AmiConflictException.class, () -> register(amis, world, "web-1"));

    assertThat(e.errorCode()).isEqualTo("InvalidAMIName.Duplicate");
    assertThat(e.getMessage()).contains(first.value());
  }

  @Test
  void aSecondLaunchLaunchesAgain(AmiClient amis, FakeEc2 world) {
    ImageId image = register(amis, world, "web-2");

    List<LaunchedInstance> a = amis.launch(image).instanceType("t3.micro").submit().await();
    List<LaunchedInstance> b = amis.launch(image).instanceType("t3.micro").submit().await();

    assertThat(a.get(0).id()).isNotEqualTo(b.get(0).id());
    assertThat(world.allInstances(EAST)).filteredOn(i -> i.imageId().equals(image)
        && i.state() == InstanceState.RUNNING).hasSize(2);
  }

  @Test
  void aSecondDeregisterAnswersFromWhatTheBackendShowsThenNotFound(AmiClient amis, FakeEc2 world) {
    ImageId image = register(amis, world, "web-3");
    amis.deregister(image).submit().await();

    // EC2 still lists the image as deregistered for a while: the second call is settled from that.
    DeregistrationResult again = amis.deregister(image).submit().await();
    world.clock().advance(Duration.ofHours(2));
    AmiNotFoundException later = catchThrowableOfType(AmiNotFoundException.class,
        () -> amis.deregister(image).submit().await());

    assertThat(again.imageId()).isEqualTo(image);
    assertThat(world.mutations().byAction("DeregisterImage")).as("one DeregisterImage reached the world")
        .filteredOn(e -> e.resourceId().equals(image.value())).hasSize(1);
    assertThat(later.errorCode()).isEqualTo("InvalidAMIID.NotFound");
  }

  @Test
  void aSecondDeleteOfASnapshotIsNotFound(AmiClient amis, FakeEc2 world) {
    SnapshotId snap = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, EAST, 8);
    amis.snapshots().delete(snap).apply();

    AmiNotFoundException e = catchThrowableOfType(AmiNotFoundException.class, () -> amis.snapshots().delete(snap).apply());

    assertThat(e.errorCode()).isEqualTo("InvalidSnapshot.NotFound");
  }

  @Test
  void aSecondGrantChangesNothing(AmiClient amis, FakeEc2 world) {
    ImageId image = register(amis, world, "web-4");
    LaunchPermission partner = LaunchPermission.account("111122223333");

    assertThat(amis.sharing(image).grant(partner).apply().granted()).containsExactly(partner);
    assertThat(amis.sharing(image).grant(partner).apply().granted()).isEmpty();
    assertThat(world.launchPermissions(EAST, image)).containsExactly(partner);
  }

  @Test
  void tagsAppliedTwiceAreTheSameTags(AmiClient amis, FakeEc2 world) {
    ImageId image = register(amis, world, "web-5");
    amis.tags(image).add("env", "prod").apply();
    amis.tags(image).add("env", "prod").apply();
    assertThat(world.tagsOf(EAST, image.value())).containsExactly(java.util.Map.entry("env", "prod"));
  }
}
