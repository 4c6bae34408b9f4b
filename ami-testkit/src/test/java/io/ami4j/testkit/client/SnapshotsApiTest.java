package io.ami4j.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.AmiClient;
import io.ami4j.AmiConflictException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiValidationException;
import io.ami4j.DryRunResult;
import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.ImageId;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotState;
import io.ami4j.spi.Ec2Action;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.fault.FaultKind;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import io.ami4j.testkit.junit.AmiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code amis.snapshots()}: get, query, tags and delete on the in-memory world. */
@AmiTest
class SnapshotsApiTest {
  private static final Region EAST = Region.of("us-east-1");
  private static final Region WEST = Region.of("us-west-2");
  private static final AccountId OTHER = AccountId.of("222222222222");
  private static final SnapshotId ABSENT = SnapshotId.of("snap-0123456789abcdef0");

  private static SnapshotId mine(FakeEc2 world) {
    return world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, EAST, 8);
  }

  private static ImageId imageOn(AmiClient amis, SnapshotId snap, String name) {
    return amis.register().fromSnapshot(snap).named(name).architecture(Architecture.X86_64).rootDevice("/dev/xvda")
        .submit().await().id();
  }

  /** A client whose every remote call is counted, on the same world. */
  private static FaultingProvider counted(FakeEc2 world) {
    return FaultingProvider.wrap(world.provider(), FaultPlan.none(), world.clock());
  }

  // ---- get ----------------------------------------------------------------------------------

  @Test
  void getAnswersTheSnapshotWithItsTags(AmiClient amis, FakeEc2 world) {
    SnapshotId id = mine(world);
    amis.tags(id).add("env", "prod").apply();

    Snapshot s = amis.snapshots().get(id);

    assertThat(s.id()).isEqualTo(id);
    assertThat(s.ownerId()).isEqualTo(FakeEc2.DEFAULT_ACCOUNT);
    assertThat(s.volumeSize()).isEqualTo(8);
    assertThat(s.state()).isEqualTo(SnapshotState.COMPLETED);
    assertThat(s.tags()).containsEntry("env", "prod");
  }

  @Test
  void getOfAMissingSnapshotOrOneInAnotherRegionIsNotFound(AmiClient amis, FakeEc2 world) {
    SnapshotId id = mine(world);

    AmiNotFoundException absent = catchThrowableOfType(AmiNotFoundException.class, () -> amis.snapshots().get(ABSENT));
    AmiNotFoundException elsewhere = catchThrowableOfType(AmiNotFoundException.class,
        () -> amis.snapshots().in(WEST).get(id));

    assertThat(absent.errorCode()).isEqualTo("InvalidSnapshot.NotFound");
    assertThat(elsewhere.errorCode()).isEqualTo("InvalidSnapshot.NotFound");
    assertThat(amis.snapshots().in(EAST).get(id).id()).isEqualTo(id);
  }

  // ---- query --------------------------------------------------------------------------------

  @Test
  void queryByOwnerTagsAndStateListsOnlyWhatMatches(AmiClient amis, FakeEc2 world) {
    SnapshotId prod = mine(world);
    SnapshotId dev = mine(world);
    SnapshotId theirs = world.createSnapshot(OTHER, EAST, 8);
    amis.snapshots().tags(prod).add("env", "prod").apply();
    amis.snapshots().tags(dev).add("env", "dev").apply();

    assertThat(amis.snapshots().query().ownedBy(Owner.SELF).list()).extracting(Snapshot::id)
        .containsExactlyInAnyOrder(prod, dev).doesNotContain(theirs);
    assertThat(amis.snapshots().query().ownedBy(Owner.SELF).tagged("env", "prod").list()).extracting(Snapshot::id)
        .containsExactly(prod);
    assertThat(amis.snapshots().query().ownedBy(Owner.SELF).tagged("env", "prod", "dev").list()).hasSize(2);
    assertThat(amis.snapshots().query().ownedBy(Owner.SELF).withTagKey("env").state(SnapshotState.COMPLETED).list())
        .hasSize(2);
    assertThat(amis.snapshots().query().ownedBy(Owner.SELF).state(SnapshotState.ERROR).list()).isEmpty();
    assertThat(amis.snapshots().query().ids(prod).list()).extracting(Snapshot::id).containsExactly(prod);
    assertThat(amis.snapshots().query().ownedBy(Owner.SELF).filter("volume-size", "8").list()).hasSize(2);
    assertThatThrownBy(() -> amis.snapshots().query().ids(ABSENT).list()).isInstanceOf(AmiNotFoundException.class)
        .hasMessageContaining(ABSENT.value());
  }

  @Test
  void queryReadsEveryPageThroughTheOnePagingLoop(FakeEc2 world) {
    FaultingProvider ec2 = counted(world);
    List<SnapshotId> made = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      made.add(mine(world));
    }
    try (AmiClient amis = world.clientBuilder().provider(ec2).build()) {
      List<Snapshot> all = amis.snapshots().query().ownedBy(Owner.SELF).pageSize(5).list();

      assertThat(all).extracting(Snapshot::id).containsExactlyInAnyOrderElementsOf(made);
      assertThat(ec2.stats().calls(Ec2Action.DESCRIBE_SNAPSHOTS)).isEqualTo(3);
      // Lazily: the first snapshot needs the first page only.
      assertThat(amis.snapshots().query().ownedBy(Owner.SELF).pageSize(5).stream().findFirst()).isPresent();
      assertThat(ec2.stats().calls(Ec2Action.DESCRIBE_SNAPSHOTS)).isEqualTo(4);
    }
  }

  // ---- tags ---------------------------------------------------------------------------------

  @Test
  void tagsAddAndRemoveLikeAnImagesTags(AmiClient amis, FakeEc2 world) {
    SnapshotId id = mine(world);

    amis.snapshots().tags(id).add("env", "prod").add(Map.of("team", "web", "tmp", "x")).apply();
    amis.snapshots().tags(id).remove("tmp").apply();

    assertThat(amis.snapshots().get(id).tags()).containsOnly(Map.entry("env", "prod"), Map.entry("team", "web"));
    assertThat(world.tagsOf(EAST, id.value())).containsOnlyKeys("env", "team");
    assertThat(amis.snapshots().tags(id).add("a", "b").dryRun().allowed()).isTrue();
    assertThat(world.tagsOf(EAST, id.value())).doesNotContainKey("a");
  }

  @Test
  void tagsOfAMissingSnapshotAreRefusedByEc2(AmiClient amis) {
    assertThatThrownBy(() -> amis.snapshots().tags(ABSENT).add("env", "prod").apply())
        .isInstanceOf(AmiNotFoundException.class).hasMessageContaining(ABSENT.value());
  }

  // ---- delete -------------------------------------------------------------------------------

  @Test
  void deleteRemovesTheSnapshot(AmiClient amis, FakeEc2 world) {
    SnapshotId id = mine(world);

    assertThat(amis.snapshots().delete(id).apply().snapshot()).isEqualTo(id);

    assertThat(world.allSnapshots(EAST)).noneMatch(s -> s.id().equals(id));
    assertThatThrownBy(() -> amis.snapshots().get(id)).isInstanceOf(AmiNotFoundException.class);
  }

  @Test
  void deleteOfAMissingSnapshotIsNotFound(AmiClient amis) {
    AmiNotFoundException e = catchThrowableOfType(AmiNotFoundException.class,
        () -> amis.snapshots().delete(ABSENT).apply());
    assertThat(e.errorCode()).isEqualTo("InvalidSnapshot.NotFound");
  }

  @Test
  void deleteOfASnapshotAnImageStillUsesIsRefusedAndKeepsIt(AmiClient amis, FakeEc2 world) {
    SnapshotId root = mine(world);
    ImageId image = imageOn(amis, root, "uses-root");

    AmiConflictException e = catchThrowableOfType(AmiConflictException.class,
        () -> amis.snapshots().delete(root).apply());
    DryRunResult dry = amis.snapshots().delete(root).dryRun();

    assertThat(e.errorCode()).isEqualTo("InvalidSnapshot.InUse");
    assertThat(e.getMessage()).contains(image.value());
    assertThat(dry.allowed()).isFalse();
    assertThat(dry.errorCode()).contains("InvalidSnapshot.InUse");
    assertThat(world.allSnapshots(EAST)).anyMatch(s -> s.id().equals(root));

    amis.deregister(image).submit().await();
    amis.snapshots().delete(root).apply();
    assertThat(world.allSnapshots(EAST)).noneMatch(s -> s.id().equals(root));
  }

  @Test
  void aDryRunDeleteIsAllowedAndDeletesNothing(AmiClient amis, FakeEc2 world) {
    SnapshotId id = mine(world);
    int mark = world.mutations().size();

    DryRunResult r = amis.snapshots().delete(id).dryRun();

    assertThat(r.allowed()).as("%s", r).isTrue();
    assertThat(world.mutations().since(mark)).isEmpty();
    assertThat(world.allSnapshots(EAST)).anyMatch(s -> s.id().equals(id));
  }

  @Test
  void aDeleteWhoseAnswerWasLostSucceedsOnItsRetry(FakeEc2 world) {
    FaultingProvider ec2 = counted(world);
    SnapshotId id = mine(world);
    ec2.failNext(Ec2Action.DELETE_SNAPSHOT, FaultKind.LOST_ANSWER);
    try (AmiClient amis = world.clientBuilder().provider(ec2).build()) {
      assertThat(amis.snapshots().delete(id).apply().snapshot()).isEqualTo(id);
    }
    assertThat(ec2.stats().calls(Ec2Action.DELETE_SNAPSHOT)).isEqualTo(2);
    assertThat(world.allSnapshots(EAST)).noneMatch(s -> s.id().equals(id));
  }

  @Test
  void deleteOfAnotherAccountsSnapshotIsRefused(AmiClient amis, FakeEc2 world) {
    SnapshotId theirs = world.createSnapshot(OTHER, EAST, 8);
    assertThatThrownBy(() -> amis.snapshots().delete(theirs).apply()).isInstanceOf(io.ami4j.AmiException.class)
        .hasMessageContaining(theirs.value());
    assertThat(world.allSnapshots(EAST)).anyMatch(s -> s.id().equals(theirs));
  }

  // ---- validation before any call ------------------------------------------------------------

  @Test
  void badInputIsRefusedNamingFieldAndRuleBeforeAnyCall(FakeEc2 world) {
    FaultingProvider ec2 = counted(world);
    SnapshotId id = mine(world);
    try (AmiClient amis = world.clientBuilder().provider(ec2).build()) {
      List<Object[]> cases = List.of(
          bad("snapshotId", "must be given", () -> amis.snapshots().get(null)),
          bad("snapshotId", "snap-", () -> amis.snapshots().get(SnapshotId.of("snap-xyz"))),
          bad("snapshotId", "must be given", () -> amis.snapshots().delete(null)),
          bad("region", "must be given", () -> amis.snapshots().in(null)),
          bad("pageSize", "5", () -> amis.snapshots().query().pageSize(4)),
          bad("pageSize", "1000", () -> amis.snapshots().query().pageSize(1001)),
          bad("owner", "must be given", () -> amis.snapshots().query().ownedBy((Owner) null)),
          bad("tag key", "aws:", () -> amis.snapshots().query().tagged("aws:cloudformation", "x")),
          bad("tag:env", "at least one value", () -> amis.snapshots().query().tagged("env")),
          bad("state", "UNKNOWN", () -> amis.snapshots().query().state(SnapshotState.UNKNOWN)),
          bad("tags", "at least one tag", () -> amis.snapshots().tags(id).apply()),
          bad("tag key", "aws:", () -> amis.snapshots().tags(id).add("aws:x", "y")),
          bad("tag value", "256", () -> amis.snapshots().tags(id).add("k", "v".repeat(257))));
      assertThat(cases).hasSize(13);
    }
    assertThat(ec2.stats().totalCalls()).isZero();
  }

  private static Object[] bad(String field, String ruleWords, Runnable call) {
    AmiValidationException e = catchThrowableOfType(AmiValidationException.class, call::run);
    assertThat(e).as("%s: %s", field, ruleWords).isNotNull();
    assertThat(e.getMessage()).as("the message names the field").contains(field);
    assertThat(e.getMessage()).as("the message names the rule").contains(ruleWords);
    return new Object[] {field, ruleWords};
  }
}
