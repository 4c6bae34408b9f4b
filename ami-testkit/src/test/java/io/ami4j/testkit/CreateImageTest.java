package io.ami4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiConflictException;
import io.ami4j.AmiException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiStateException;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotState;
import io.ami4j.model.StateReason;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.RegisterImageRequest;
import io.ami4j.spi.RunInstancesRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateImageTest extends WorldFixture {
  @Test
  void imageFromAnEbsInstanceIsPendingThenAvailableWithNewTaggedSnapshots() {
    Instance i = runningInstance();
    ImageId id = ec2.createImage(east, CreateImageRequest.builder().instanceId(i.id()).name("web-2026-11-27")
        .description("golden web").noReboot(true).putImageTags("env", "prod").putSnapshotTags("backup", "yes")
        .addBlockDeviceMappings(BlockDeviceMapping.ebs("/dev/sdf", EbsBlockDevice.builder().volumeSize(20).build()))
        .build());
    Image pending = describe(id);
    assertThat(pending.state()).isEqualTo(ImageState.PENDING);
    assertThat(pending.sourceInstanceId()).contains(i.id());
    assertThat(pending.tags()).containsEntry("env", "prod");
    assertThat(pending.snapshotIds()).hasSize(2);
    for (SnapshotId sid : pending.snapshotIds()) {
      Snapshot s = world.allSnapshots(US_EAST_1).stream().filter(x -> x.id().equals(sid)).findFirst().orElseThrow();
      assertThat(s.description()).contains("Created by CreateImage(" + i.id() + ") for " + id);
      assertThat(s.ownerId()).isEqualTo(FakeEc2.DEFAULT_ACCOUNT);
      assertThat(s.state()).isEqualTo(SnapshotState.PENDING);
      assertThat(world.tagsOf(US_EAST_1, sid.value())).containsEntry("backup", "yes");
    }
    assertThat(pending.snapshotIds()).doesNotContainAnyElementsOf(describe(al2023()).snapshotIds());

    world.clock().advance(world.timing().createImage().minusSeconds(1));
    assertThat(describe(id).state()).isEqualTo(ImageState.PENDING);
    world.clock().advance(Duration.ofSeconds(1));
    Image available = describe(id);
    assertThat(available.state()).isEqualTo(ImageState.AVAILABLE);
    assertThat(available.description()).contains("golden web");
    assertThat(available.imdsSupport()).isEqualTo(describe(al2023()).imdsSupport());
    assertThat(world.allSnapshots(US_EAST_1)).filteredOn(s -> available.snapshotIds().contains(s.id()))
        .extracting(Snapshot::state).containsOnly(SnapshotState.COMPLETED);
    assertThat(world.mutations().byAction("CreateImage")).hasSize(1);
  }

  @Test
  void mappingsResizeKeepOrDropTheInstancesVolumes() {
    Instance i = ec2.runInstances(east, RunInstancesRequest.builder().imageId(al2023()).instanceType("t3.micro")
        .addBlockDeviceMappings(BlockDeviceMapping.ebs("/dev/xvda", EbsBlockDevice.builder().volumeSize(30).build()),
            BlockDeviceMapping.ebs("/dev/sdf", EbsBlockDevice.builder().volumeSize(100).encrypted(true).build()))
        .build()).get(0);
    world.clock().advance(world.timing().instancePending());
    ImageId id = ec2.createImage(east, CreateImageRequest.builder().instanceId(i.id()).name("resized")
        .addBlockDeviceMappings(BlockDeviceMapping.noDevice("/dev/sdf")).build());
    Image image = describe(id);
    assertThat(image.blockDeviceMappings()).singleElement().satisfies(m -> {
      assertThat(m.deviceName()).isEqualTo("/dev/xvda");
      assertThat(m.ebs().orElseThrow().volumeSize()).contains(30);
      assertThat(m.ebs().orElseThrow().volumeType()).contains(io.ami4j.model.VolumeType.GP3);
    });
    assertThatThrownBy(() -> ec2.runInstances(east, RunInstancesRequest.builder().imageId(al2023()).instanceType("t3.micro")
        .addBlockDeviceMappings(BlockDeviceMapping.ebs("/dev/xvda", EbsBlockDevice.builder().volumeSize(4).build())).build()))
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("InvalidBlockDeviceMapping"));
  }

  @Test
  void namesAreUniquePerAccountAndRegion() {
    ImageId first = ownImage("web-1");
    Instance i = runningInstance();
    assertThatThrownBy(() -> ec2.createImage(east, CreateImageRequest.builder().instanceId(i.id()).name("web-1").build()))
        .isInstanceOf(AmiConflictException.class).hasMessageContaining(first.value())
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("InvalidAMIName.Duplicate"));
    // Another account may use the same name.
    var b = world.provider(ACCOUNT_B);
    Instance theirs = b.runInstances(east, RunInstancesRequest.builder().imageId(al2023()).instanceType("t3.micro").build()).get(0);
    world.clock().advance(Duration.ofMinutes(1));
    assertThat(b.createImage(east, CreateImageRequest.builder().instanceId(theirs.id()).name("web-1").build())).isNotNull();
  }

  @Test
  void unknownOrForeignInstanceIsNotFound() {
    assertThatThrownBy(() -> ec2.createImage(east, CreateImageRequest.builder()
        .instanceId(InstanceId.of("i-0123456789abcdef0")).name("x-image").build()))
        .isInstanceOf(AmiNotFoundException.class)
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("InvalidInstanceID.NotFound"));
    Instance i = runningInstance();
    assertThatThrownBy(() -> world.provider(ACCOUNT_B).createImage(east, CreateImageRequest.builder()
        .instanceId(i.id()).name("x-image").build())).isInstanceOf(AmiNotFoundException.class);
  }

  @Test
  void pendingOrTerminatedInstanceIsRefused() {
    Instance i = ec2.runInstances(east, RunInstancesRequest.builder().imageId(al2023()).instanceType("t3.micro")
        .build()).get(0);
    assertThatThrownBy(() -> ec2.createImage(east, CreateImageRequest.builder().instanceId(i.id()).name("early").build()))
        .isInstanceOf(AmiStateException.class)
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("IncorrectInstanceState"));
  }

  @Test
  void instanceStoreRootIsRefused() {
    ImageId s3 = ec2.registerImage(east, RegisterImageRequest.builder().name("legacy-instance-store")
        .imageLocation("my-bucket/legacy/image.manifest.xml").build());
    world.clock().advance(world.timing().registerImage());
    Instance i = ec2.runInstances(east, RunInstancesRequest.builder().imageId(s3).instanceType("m1.small").build()).get(0);
    world.clock().advance(world.timing().instancePending());
    assertThatThrownBy(() -> ec2.createImage(east, CreateImageRequest.builder().instanceId(i.id()).name("rebake").build()))
        .isInstanceOf(AmiException.class).hasMessageContaining("instance-store")
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("UnsupportedOperation"));
  }

  @Test
  void scriptedFailureEndsFailedWithItsReason() {
    world.failNextImage(StateReason.of("Client.InternalError", "Client.InternalError: snapshot failed"));
    ImageId failed = ownImage("doomed-1");
    Image image = describe(failed);
    assertThat(image.state()).isEqualTo(ImageState.FAILED);
    assertThat(image.stateReason()).contains(StateReason.of("Client.InternalError", "Client.InternalError: snapshot failed"));
    assertThat(describe(ownImage("fine-1")).state()).isEqualTo(ImageState.AVAILABLE);

    world.failImagesNamed("bad-*", StateReason.of("Server.InternalError", "Server.InternalError: boom"));
    assertThat(describe(ownImage("bad-2")).state()).isEqualTo(ImageState.FAILED);
    assertThat(describe(ownImage("good-2")).stateReason()).isEmpty();
  }

  @Test
  void imagesLaunchedFromCarryTheirSource() {
    ImageId golden = ownImage("golden-1");
    List<Instance> launched = ec2.runInstances(east, RunInstancesRequest.builder().imageId(golden)
        .instanceType("t3.micro").count(2).build());
    assertThat(launched).extracting(Instance::imageId).containsOnly(golden);
  }
}
