package io.ami4j.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmiClient;
import io.ami4j.DryRunResult;
import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.InstanceId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.junit.AmiTest;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every mutating verb has a dry run that asks EC2 and changes nothing: the world's mutation log
 * stays as it was, and a refusal carries EC2's (or ami4j's) reason.
 */
@AmiTest
class DryRunEverywhereTest {
  private static final Region EAST = Region.of("us-east-1");
  private static final AccountId PARTNER = AccountId.of("111122223333");

  /** An image of the client's account, with its instance, in a world of its own. */
  private record Setup(AmiClient amis, FakeEc2 world, Image image, InstanceId instance) {}

  private static Setup setup(AmiClient amis, FakeEc2 world) {
    SnapshotId snap = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, EAST, 8);
    Image image = amis.register().fromSnapshot(snap).named("dry-run-everywhere")
        .architecture(Architecture.X86_64).rootDevice("/dev/xvda").submit().await();
    InstanceId instance = amis.launch(image.id()).instanceType("t3.micro").submit().await().get(0).instance().id();
    return new Setup(amis, world, image, instance);
  }

  static Stream<Arguments> verbs() {
    return Stream.of(
        verb("tagImages().dryRun()", (s, id) -> s.amis().tagImages(List.of(id)).add("env", "prod")
            .tagSnapshots().dryRun()),
        verb("tagImages().remove().dryRun()", (s, id) -> s.amis().tagImages(List.of(id)).remove("env").dryRun()),
        verb("instances().terminate().dryRun()", (s, id) -> s.amis().instances().terminate(s.instance()).dryRun()),
        verb("sharing().makePublic().dryRun()", (s, id) -> s.amis().sharing(id).makePublic().dryRun()),
        verb("sharing().reset().dryRun()", (s, id) -> s.amis().sharing(id).shareSnapshots().reset().dryRun()),
        verb("bakes().sweep().dryRun()", (s, id) -> s.amis().bakes().sweep(Duration.ZERO).dryRun()),
        verb("bake().dryRun()", (s, id) -> s.amis().bake(id).userData("#!/bin/sh\nshutdown -h now\n")
            .named("dry-bake-{date}").dryRun()));
  }

  private static Arguments verb(String name, BiFunction<Setup, ImageId, DryRunResult> run) {
    return Arguments.of(name, run);
  }

  @ParameterizedTest(name = "{0} is allowed and changes nothing")
  @MethodSource("verbs")
  void aDryRunIsAllowedAndChangesNothing(String name, BiFunction<Setup, ImageId, DryRunResult> run,
      AmiClient amis, FakeEc2 world) {
    Setup s = setup(amis, world);
    int mark = world.mutations().size();

    DryRunResult r = run.apply(s, s.image().id());

    assertThat(r.allowed()).as("%s: %s", name, r).isTrue();
    assertThat(world.mutations().since(mark)).as("changes made by %s", name).isEmpty();
  }

  @Test
  void terminatingAnotherAccountsInstanceIsRefusedWithEc2sCode(AmiClient amis, FakeEc2 world) {
    Setup s = setup(amis, world);
    int mark = world.mutations().size();
    DryRunResult r = world.clientBuilder(PARTNER).build().instances().terminate(s.instance()).dryRun();
    assertThat(r.allowed()).isFalse();
    assertThat(r.errorCode()).contains("InvalidInstanceID.NotFound");
    assertThat(world.mutations().since(mark)).isEmpty();
  }

  @Test
  void makingPublicUnderBlockPublicAccessIsRefusedWithTheReason(AmiClient amis, FakeEc2 world) {
    Setup s = setup(amis, world);
    world.provider().enableImageBlockPublicAccess(io.ami4j.spi.Call.in(EAST));
    int mark = world.mutations().size();
    DryRunResult r = amis.sharing(s.image().id()).makePublic().dryRun();
    assertThat(r.allowed()).isFalse();
    assertThat(r.errorCode()).contains("ami4j.BlockPublicAccess");
    assertThat(r.reason()).contains("DisableImageBlockPublicAccess");
    assertThat(world.mutations().since(mark)).isEmpty();
    assertThat(world.launchPermissions(EAST, s.image().id())).isEmpty();
  }

  @Test
  void aSweepDryRunNamesWhatItWouldRemoveAndRemovesNothing(AmiClient amis, FakeEc2 world) {
    world.provider().createTags(io.ami4j.spi.Call.in(EAST), List.of(setup(amis, world).instance()),
        java.util.Map.of(io.ami4j.bake.BakeTags.BAKE, "bake-crashed"));
    world.clock().advance(Duration.ofHours(2));
    int mark = world.mutations().size();
    DryRunResult r = amis.bakes().sweep(Duration.ofHours(1)).dryRun();
    assertThat(r.allowed()).isTrue();
    assertThat(r.reason()).contains("terminate");
    assertThat(world.mutations().since(mark)).isEmpty();
  }
}
