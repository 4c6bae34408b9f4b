package io.ami4j.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiValidationException;
import io.ami4j.bake.BakeResource;
import io.ami4j.bake.BakeResult;
import io.ami4j.bake.BakeStage;
import io.ami4j.bake.BakeStageResult;
import io.ami4j.BulkTagResult;
import io.ami4j.cleanup.CleanupReason;
import io.ami4j.cleanup.CleanupResult;
import io.ami4j.DeleteSnapshotResult;
import io.ami4j.DeregistrationResult;
import io.ami4j.DryRunResult;
import io.ami4j.LaunchedInstance;
import io.ami4j.ProgressEvent;
import io.ami4j.RetireResult;
import io.ami4j.SharingResult;
import io.ami4j.bake.StaleImage;
import io.ami4j.bake.SweepResult;
import io.ami4j.TagResult;
import io.ami4j.TerminateResult;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.InstanceState;
import io.ami4j.model.KmsKey;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotDeletion;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotOutcome;
import io.ami4j.spi.Ec2Action;
import io.ami4j.testkit.FakeEc2;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every result a user receives from ami4j can be built by the user, outside ami4j's packages, so
 * that code on top of ami4j can be tested with ami4j stubbed: a public static {@code builder()},
 * values compared by content.
 */
class ResultsUsersCanBuildTest {
  private static final Region EAST = Region.of("us-east-1");
  private static final ImageId IMAGE = ImageId.of("ami-0123456789abcdef0");
  private static final SnapshotId SNAP_1 = SnapshotId.of("snap-0123456789abcdef1");
  private static final SnapshotId SNAP_2 = SnapshotId.of("snap-0123456789abcdef2");
  private static final SnapshotId SNAP_3 = SnapshotId.of("snap-0123456789abcdef3");
  private static final SnapshotId SNAP_4 = SnapshotId.of("snap-0123456789abcdef4");
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  static Stream<Class<?>> results() {
    return Stream.of(DeregistrationResult.class, SharingResult.class, CleanupResult.class,
        CleanupResult.ImageResult.class, CleanupResult.SnapshotResult.class, BulkTagResult.class, SweepResult.class,
        BakeResult.class, BakeStageResult.class, BakeResource.class, DryRunResult.class, StaleImage.class,
        LaunchedInstance.class, ProgressEvent.class, RetireResult.class, TagResult.class,
        DeleteSnapshotResult.class, TerminateResult.class);
  }

  @ParameterizedTest
  @MethodSource("results")
  void everyResultIsAnAbstractValueWithAPublicStaticBuilder(Class<?> type) throws Exception {
    Method builder = type.getMethod("builder");
    assertThat(Modifier.isStatic(builder.getModifiers())).isTrue();
    assertThat(builder.getReturnType().getName()).doesNotContain("Immutable");
    assertThat(Modifier.isPublic(builder.getReturnType().getModifiers())).isTrue();
    assertThat(Modifier.isAbstract(type.getModifiers())).as("the implementation stays generated").isTrue();
    Object b = builder.invoke(null);
    assertThat(b.getClass().getMethod("build").getReturnType()).isEqualTo(type);
  }

  @Test
  void deregistrationReport() {
    DeregistrationResult r = DeregistrationResult.builder().imageId(IMAGE)
        .addSnapshots(SnapshotDeletion.of(SNAP_1, SnapshotOutcome.SUCCESS),
            SnapshotDeletion.of(SNAP_2, SnapshotOutcome.SKIPPED),
            SnapshotDeletion.of(SNAP_3, SnapshotOutcome.MISSING_PERMISSIONS),
            SnapshotDeletion.builder().snapshotId(SNAP_4).outcome(SnapshotOutcome.UNKNOWN)
                .putUnknownValues("outcome", "not deleted: still exists").build())
        .build();

    assertThat(r.deleted()).containsExactly(SNAP_1);
    assertThat(r.skipped()).containsExactly(SNAP_2);
    assertThat(r.failed()).containsExactly(SNAP_3);
    assertThat(r.unknown()).containsExactly(SNAP_4);
    assertThat(r.kept()).isEmpty();
    assertThat(r.complete()).isFalse();
    assertThat(DeregistrationResult.builder().imageId(IMAGE).addKept(SNAP_1).build().complete()).isTrue();
    assertThat(r).isEqualTo(DeregistrationResult.builder().from(r).build());
  }

  @Test
  void sharingAndBulkTagResults() {
    SharingResult s = SharingResult.builder().imageId(IMAGE).addGranted(LaunchPermission.account("123456789012"))
        .modifyCalls(1).addSnapshotsChanged(SNAP_1).addKmsKeysToShare(KmsKey.alias("alias/ami")).build();
    assertThat(s.granted()).containsExactly(LaunchPermission.account("123456789012"));
    assertThat(s.revoked()).isEmpty();
    assertThat(s.kmsKeysToShare()).containsExactly(KmsKey.alias("alias/ami"));
    assertThat(s.notes()).isEmpty();

    BulkTagResult t = BulkTagResult.builder().addResources(IMAGE, SNAP_1).tagCalls(2).build();
    assertThat(t.resources()).containsExactly(IMAGE, SNAP_1);
    assertThat(t.describeCalls()).isZero();
  }

  @Test
  void retireAndTagResults() {
    RetireResult r = RetireResult.builder().image(IMAGE).addActions(Ec2Action.DISABLE_IMAGE).build();
    assertThat(r.actions()).containsExactly(Ec2Action.DISABLE_IMAGE);
    assertThat(TagResult.builder().addResources(IMAGE, SNAP_1).build().resources()).containsExactly(IMAGE, SNAP_1);
    assertThatThrownBy(() -> RetireResult.builder().build()).hasMessageContaining("image");
  }

  @Test
  void dryRunResultKeepsItsRule() {
    assertThat(DryRunResult.builder().allowed(true).reason("would succeed").build())
        .isEqualTo(DryRunResult.allowed("would succeed"));
    assertThat(DryRunResult.refused("UnauthorizedOperation", "no").errorCode()).contains("UnauthorizedOperation");
    assertThatThrownBy(() -> DryRunResult.builder().allowed(false).reason("no").build())
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("errorCode")
        .hasMessageContaining("must be given for a refusal");
  }

  @Test
  void cleanupReport() {
    CleanupResult r = CleanupResult.builder().started(T0).finished(T0.plusSeconds(90))
        .addImages(CleanupResult.ImageResult.builder().account(FakeEc2.DEFAULT_ACCOUNT).region(EAST).imageId(IMAGE)
            .name("web-1").outcome(CleanupResult.ImageOutcome.DEREGISTERED).reason(CleanupReason.MATCHES_POLICY)
            .addSnapshots(CleanupResult.SnapshotResult.of(SNAP_1, CleanupResult.SnapshotOutcome.DELETED, ""),
                CleanupResult.SnapshotResult.builder().snapshotId(SNAP_2)
                    .outcome(CleanupResult.SnapshotOutcome.FAILED).detail("missing-permissions").build())
            .build())
        .build();

    assertThat(r.deregistered()).hasSize(1);
    assertThat(r.snapshotsDeleted()).containsExactly(SNAP_1);
    assertThat(r.complete()).isFalse();
    assertThat(r.duration()).isEqualTo(Duration.ofSeconds(90));
    assertThat(r.summary()).contains("1 deregistered").contains("1 failed");
    assertThat(r.toJson()).contains("\"imageId\"").contains(IMAGE.value());
    assertThatThrownBy(() -> CleanupResult.builder().started(T0).finished(T0.minusSeconds(1)).build())
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("finished");
  }

  @Test
  void bakeResultsAndSweepReport() {
    BakeResource made = BakeResource.of(BakeResource.Kind.IMAGE, IMAGE.value(), EAST);
    BakeStageResult stage = BakeStageResult.builder().stage(BakeStage.LAUNCH)
        .outcome(BakeStageResult.Outcome.SUCCEEDED).started(T0).duration(Duration.ofMinutes(3)).addMade(made).build();
    BakeResult r = BakeResult.builder().bakeId("bake-1").imageName("web-1").baseImage(IMAGE).addStages(stage)
        .failed(BakeStage.CUSTOMIZE, "boom").leftBehind(made, "protected").build();

    assertThat(r.succeeded()).isFalse();
    assertThat(r.failure()).contains("boom");
    assertThat(r.made()).containsExactly(made);
    assertThat(r.leftBehind()).containsEntry(made, "protected");
    assertThat(r.duration()).isEqualTo(Duration.ofMinutes(3));
    assertThat(r.stage(BakeStage.LAUNCH)).isEqualTo(stage);

    SweepResult s = SweepResult.builder().addRemoved(made)
        .putFailures(BakeResource.of(BakeResource.Kind.SNAPSHOT, SNAP_1.value(), EAST), "in use").build();
    assertThat(s.removed(BakeResource.Kind.IMAGE)).containsExactly(made);
    assertThat(s.failures()).hasSize(1);
  }

  @Test
  void staleImageLaunchedInstanceAndProgressEvent() {
    try (FakeEc2 world = FakeEc2.create()) {
      List<Image> catalog = world.allImages(EAST);
      Image mine = catalog.get(0);
      Image newer = catalog.get(1);
      StaleImage s = StaleImage.builder().image(mine).baseImage(IMAGE).baseName("al2023").newerBase(newer).build();
      assertThat(s).isEqualTo(StaleImage.of(mine, IMAGE, "al2023", newer));
    }

    Instance i = Instance.builder().id(InstanceId.of("i-0123456789abcdef0")).imageId(IMAGE)
        .state(InstanceState.RUNNING).instanceType("t3.micro").launchTime(T0).privateIpAddress("10.0.0.5")
        .keyName("ops").putTags("role", "web").build();
    LaunchedInstance l = LaunchedInstance.builder().instance(i).loginUser("ec2-user")
        .protocol(LaunchedInstance.Protocol.SSH).build();
    assertThat(l.id()).isEqualTo(InstanceId.of("i-0123456789abcdef0"));
    assertThat(l.state()).isEqualTo(InstanceState.RUNNING);
    assertThat(l.imageId()).isEqualTo(IMAGE);
    assertThat(l.instanceType()).isEqualTo("t3.micro");
    assertThat(l.launchTime()).isEqualTo(T0);
    assertThat(l.privateIpAddress()).contains("10.0.0.5");
    assertThat(l.publicIpAddress()).isEmpty();
    assertThat(l.tags()).containsEntry("role", "web");
    assertThat(l.host()).contains("10.0.0.5");
    assertThat(l.connectionHint()).isEqualTo("ssh -i ops.pem ec2-user@10.0.0.5");
    assertThat(l).isEqualTo(LaunchedInstance.of(i, "ec2-user", LaunchedInstance.Protocol.SSH));
    TerminateResult t = TerminateResult.builder().addInstances(i).build();
    assertThat(t.ids()).containsExactly(InstanceId.of("i-0123456789abcdef0"));

    ProgressEvent e = ProgressEvent.builder().operation("CopyImage").resource(IMAGE.value()).state("available")
        .elapsed(Duration.ofMinutes(20)).message("done").build();
    assertThat(e).isEqualTo(ProgressEvent.of("CopyImage", IMAGE.value(), "available", Duration.ofMinutes(20), "done"));
  }
}
