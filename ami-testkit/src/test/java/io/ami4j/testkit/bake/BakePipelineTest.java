package io.ami4j.testkit.bake;

import static io.ami4j.testkit.bake.BakeWorld.EAST;
import static io.ami4j.testkit.bake.BakeWorld.SOUTH;
import static io.ami4j.testkit.bake.BakeWorld.WEST;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.bake.BakeResource;
import io.ami4j.bake.BakeResult;
import io.ami4j.bake.BakeStage;
import io.ami4j.bake.BakeStageResult;
import io.ami4j.bake.BakeTags;
import io.ami4j.Pending;
import io.ami4j.ProgressEvent;
import io.ami4j.model.AccountId;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Image;
import io.ami4j.model.ImageState;
import io.ami4j.model.Instance;
import io.ami4j.model.KmsKey;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Snapshot;
import io.ami4j.testkit.Timing;
import io.ami4j.testkit.fault.FaultKind;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import io.ami4j.spi.Ec2Action;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A bake that succeeds, every stage of it, against the in-memory world on virtual time. */
class BakePipelineTest {
  private static final String ORG = "arn:aws:organizations::111122223333:organization/o-exampleorgid";
  private static final String OU = "arn:aws:organizations::111122223333:ou/o-exampleorgid/ou-ab12-cdefgh34";
  private static final java.time.Clock FIXED = java.time.Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"),
      java.time.ZoneOffset.UTC);
  private static final AccountId PARTNER = AccountId.of("222222222222");

  @Test
  void bakesCopiesSharesAndRetiresThenTerminatesTheBuilder() {
    try (BakeWorld w = new BakeWorld()) {
      Image base = w.al2023();
      List<ProgressEvent> events = new CopyOnWriteArrayList<>();
      Instant start = w.world.clock().instant();
      BakeResult r = w.amis.bake(base.id())
          .instanceType("t3.small").subnet("subnet-0abc1234").securityGroups("sg-0abc1234")
          .iamInstanceProfile("image-builder").userData(BakeWorld.SCRIPT)
          .blockDevice(BlockDeviceMapping.ebs("/dev/xvda", EbsBlockDevice.builder().volumeSize(20).build()))
          .named("web-{version}-{date}").version("1.4.2").description("web tier").tag("team", "web")
          .copyTo(WEST, KmsKey.alias("alias/ami-west")).copyTo(SOUTH)
          .shareWith(LaunchPermission.account(PARTNER), LaunchPermission.organization(ORG),
              LaunchPermission.organizationalUnit(OU)).shareSnapshots()
          .deprecateAfter(Duration.ofDays(90)).protect(false)
          .listener(events::add)
          .submit().await();

      assertThat(r.succeeded()).isTrue();
      assertThat(r.imageName()).isEqualTo("web-1.4.2-2026-11-27T0000");
      assertThat(r.stages()).extracting(BakeStageResult::outcome).containsOnly(BakeStageResult.Outcome.SUCCEEDED);
      // One event per stage start, in the pipeline's order.
      assertThat(events.stream().filter(e -> e.state().equals("started")).map(e -> BakeStage.of(e).orElseThrow())
          .collect(Collectors.toList())).containsExactly(BakeStage.values());

      Image image = w.world.image(EAST, r.image().orElseThrow().id()).orElseThrow();
      assertThat(image.state()).isEqualTo(ImageState.AVAILABLE);
      assertThat(image.name()).isEqualTo("web-1.4.2-2026-11-27T0000");
      assertThat(image.description()).contains("web tier");
      assertThat(image.sourceInstanceId()).isPresent();
      assertThat(image.tags()).containsEntry("team", "web").containsEntry(BakeTags.BAKE, r.bakeId())
          .containsEntry(BakeTags.BAKE_STATE, BakeTags.COMPLETE).containsEntry(BakeTags.BASE_IMAGE, base.id().value())
          .containsEntry(BakeTags.BASE_NAME, base.name()).containsEntry(BakeTags.VERSION, "1.4.2");
      assertThat(image.blockDeviceMappings().get(0).ebs().orElseThrow().volumeSize()).contains(20);
      assertThat(image.isDeregistrationProtected()).isTrue();
      assertThat(image.deprecationTime()).isPresent();
      assertThat(image.deprecationTime().get()).isAfter(start.plus(Duration.ofDays(89)));

      assertThat(r.copies()).containsOnlyKeys(WEST, SOUTH);
      Image west = w.world.image(WEST, r.copies().get(WEST).id()).orElseThrow();
      assertThat(west.state()).isEqualTo(ImageState.AVAILABLE);
      assertThat(west.tags()).containsEntry(BakeTags.BAKE, r.bakeId()).containsEntry(BakeTags.BAKE_STATE,
          BakeTags.COMPLETE);
      assertThat(west.isDeregistrationProtected()).isTrue();
      Snapshot westSnap = w.mySnapshots(WEST).get(0);
      // EC2 names the key by its ARN, whatever name the copy was asked with.
      assertThat(westSnap.kmsKey()).contains(w.world.provider()
          .describeKey(io.ami4j.spi.Call.in(WEST), KmsKey.alias("alias/ami-west")).arn());
      assertThat(westSnap.tags()).containsEntry(BakeTags.BAKE, r.bakeId()).containsEntry("team", "web");
      for (Snapshot s : w.mySnapshots(EAST)) {
        assertThat(s.tags()).containsEntry(BakeTags.BAKE, r.bakeId()).containsEntry("team", "web");
      }
      for (Image i : List.of(image, west, r.copies().get(SOUTH))) {
        assertThat(w.world.launchPermissions(i.id().equals(image.id()) ? EAST : i.id().equals(west.id()) ? WEST
            : SOUTH, i.id())).contains(LaunchPermission.account(PARTNER), LaunchPermission.organization(ORG),
                LaunchPermission.organizationalUnit(OU));
      }

      // The builder: launched once, tagged, then terminated as soon as the image was available.
      List<Instance> builders = w.world.allInstances(EAST);
      assertThat(builders).hasSize(1);
      Instance builder = builders.get(0);
      assertThat(builder.tags()).containsEntry(BakeTags.BAKE, r.bakeId());
      assertThat(builder.instanceType()).isEqualTo("t3.small");
      assertThat(builder.subnetId()).contains("subnet-0abc1234");
      BakeResource builderRes = BakeResource.of(BakeResource.Kind.INSTANCE, builder.id().value(), EAST);
      assertThat(r.stage(BakeStage.LAUNCH).made()).containsExactly(builderRes);
      assertThat(r.stage(BakeStage.CREATE_IMAGE).cleanedUp()).containsExactly(builderRes);
      assertThat(r.stage(BakeStage.CREATE_IMAGE).made())
          .contains(BakeResource.of(BakeResource.Kind.IMAGE, image.id().value(), EAST));
      assertThat(r.stage(BakeStage.COPY).made())
          .contains(BakeResource.of(BakeResource.Kind.IMAGE, west.id().value(), WEST));

      // Stage durations on the client clock: the user data ran its time, the copies theirs.
      assertThat(r.stage(BakeStage.CUSTOMIZE).duration()).isGreaterThanOrEqualTo(Duration.ofMinutes(4));
      assertThat(r.stage(BakeStage.CREATE_IMAGE).duration()).isGreaterThanOrEqualTo(Timing.defaults().createImage());
      assertThat(r.stage(BakeStage.COPY).duration()).isGreaterThanOrEqualTo(Timing.defaults().copyImage());
      assertThat(r.duration()).isGreaterThan(Duration.ofMinutes(25));

      w.assertNothingLeftBehind(r);
    }
  }

  @Test
  void stagesWithNothingToDoAreSkipped() {
    try (BakeWorld w = new BakeWorld()) {
      BakeResult r = w.bake().submit().await();

      assertThat(r.stage(BakeStage.COPY).outcome()).isEqualTo(BakeStageResult.Outcome.SKIPPED);
      assertThat(r.stage(BakeStage.SHARE).outcome()).isEqualTo(BakeStageResult.Outcome.SKIPPED);
      assertThat(r.stage(BakeStage.RETIRE_SETTINGS).outcome()).isEqualTo(BakeStageResult.Outcome.SUCCEEDED);
      Image image = w.world.image(EAST, r.image().orElseThrow().id()).orElseThrow();
      assertThat(image.tags()).containsEntry(BakeTags.BAKE_STATE, BakeTags.COMPLETE);
      assertThat(image.isDeregistrationProtected()).isFalse();
      assertThat(image.deprecationTime()).isEmpty();
      w.assertNothingLeftBehind(r);
    }
  }

  @Test
  void aLostRunInstancesAnswerLaunchesOneBuilderOnly() {
    FaultingProvider[] faulty = new FaultingProvider[1];
    try (BakeWorld w = new BakeWorld(Timing.defaults(), p -> {
      faulty[0] = FaultingProvider.wrap(p, FaultPlan.none(), FIXED);
      faulty[0].failNext(Ec2Action.RUN_INSTANCES, FaultKind.LOST_ANSWER);
      return faulty[0];
    })) {
      BakeResult r = w.bake().submit().await();

      // The retry carried the same client token: EC2 answered with the instance already made.
      assertThat(w.world.allInstances(EAST)).hasSize(1);
      assertThat(faulty[0].stats().injected(FaultKind.LOST_ANSWER)).isEqualTo(1);
      assertThat(faulty[0].stats().calls(Ec2Action.RUN_INSTANCES)).isEqualTo(2);
      assertThat(r.stage(BakeStage.LAUNCH).made()).hasSize(1);
      w.assertNothingLeftBehind(r);
    }
  }

  @Test
  void aQuickScriptThatStopsBeforeTheFirstPollStillCounts() {
    Timing quick = Timing.builder().userDataRunTime(Duration.ofSeconds(1)).instanceStopping(Duration.ofSeconds(1))
        .build();
    try (BakeWorld w = new BakeWorld(quick, p -> p)) {
      Pending<BakeResult> p = w.bake().submit();
      BakeResult r = p.await();

      assertThat(r.succeeded()).isTrue();
      assertThat(p.state()).isEqualTo(Pending.State.SUCCEEDED);
      w.assertNothingLeftBehind(r);
    }
  }
}
