package io.ami4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiDryRunException;
import io.ami4j.AmiException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiPermissionDeniedException;
import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VolumePermission;
import io.ami4j.spi.Call;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.Ec2Errors;
import io.ami4j.spi.RunInstancesRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DryRunTest extends WorldFixture {
  private final Call dry = east.asDryRun();

  private void assertDryRunChangesNothing(ThrowingCallable call) {
    int mark = world.mutations().size();
    int images = world.allImages(US_EAST_1).size() + world.allImages(EU_WEST_1).size();
    int snapshots = world.allSnapshots(US_EAST_1).size();
    int instances = world.allInstances(US_EAST_1).size();
    assertThatThrownBy(call).isInstanceOf(AmiDryRunException.class)
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo(Ec2Errors.DRY_RUN_OPERATION));
    assertThat(world.mutations().since(mark)).isEmpty();
    assertThat(world.allImages(US_EAST_1).size() + world.allImages(EU_WEST_1).size()).isEqualTo(images);
    assertThat(world.allSnapshots(US_EAST_1)).hasSize(snapshots);
    assertThat(world.allInstances(US_EAST_1)).hasSize(instances);
  }

  @Test
  void everyMutatingCallStopsBeforeActing() {
    ImageId id = ownImage("web-1");
    Instance i = current(runningInstance());
    SnapshotId snap = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, US_EAST_1, 8);
    assertDryRunChangesNothing(() -> ec2.createImage(dry, CreateImageRequest.builder().instanceId(i.id()).name("dry-1").build()));
    assertDryRunChangesNothing(() -> ec2.copyImage(west.asDryRun(), CopyImageRequest.builder().sourceImageId(id)
        .sourceRegion(US_EAST_1).name("dry-copy").build()));
    assertDryRunChangesNothing(() -> ec2.deregisterImage(dry, id, true));
    assertDryRunChangesNothing(() -> ec2.modifyLaunchPermissions(dry, id, List.of(LaunchPermission.account(ACCOUNT_B)), List.of()));
    assertDryRunChangesNothing(() -> ec2.resetLaunchPermissions(dry, id));
    assertDryRunChangesNothing(() -> ec2.enableImageDeprecation(dry, id, world.clock().instant().plus(Duration.ofDays(1))));
    assertDryRunChangesNothing(() -> ec2.enableDeregistrationProtection(dry, id, true));
    assertDryRunChangesNothing(() -> ec2.disableImage(dry, id));
    assertDryRunChangesNothing(() -> ec2.modifyImageDescription(dry, id, "dry"));
    assertDryRunChangesNothing(() -> ec2.runInstances(dry, RunInstancesRequest.builder().imageId(id).instanceType("t3.micro").build()));
    assertDryRunChangesNothing(() -> ec2.terminateInstances(dry, List.of(i.id())));
    assertDryRunChangesNothing(() -> ec2.createTags(dry, List.of(id, snap, i.id()), Map.of("k", "v")));
    assertDryRunChangesNothing(() -> ec2.deleteTags(dry, List.of(id), List.of("k")));
    assertDryRunChangesNothing(() -> ec2.deleteSnapshot(dry, snap));
    assertDryRunChangesNothing(() -> ec2.modifyVolumePermissions(dry, snap, List.of(VolumePermission.account(ACCOUNT_B)), List.of()));
    assertDryRunChangesNothing(() -> ec2.enableImageBlockPublicAccess(dry));
    assertDryRunChangesNothing(() -> ec2.registerImage(dry, io.ami4j.spi.RegisterImageRequest.builder().name("dry-reg")
        .rootDeviceName("/dev/xvda").addBlockDeviceMappings(io.ami4j.model.BlockDeviceMapping.ebs("/dev/xvda",
            io.ami4j.model.EbsBlockDevice.builder().snapshotId(snap).build())).build()));
    ec2.modifyLaunchPermissions(east, id, List.of(LaunchPermission.account(ACCOUNT_B)), List.of());
    assertDryRunChangesNothing(() -> world.provider(ACCOUNT_B).cancelImageLaunchPermission(dry, id));
    assertThat(world.launchPermissions(US_EAST_1, id)).containsExactly(LaunchPermission.account(ACCOUNT_B));
    assertThat(describe(id).deprecationTime()).isEmpty();
    assertThat(current(i).state()).isEqualTo(i.state());
  }

  @Test
  void aDryRunThatWouldFailRaisesThatError() {
    ImageId id = ownImage("web-1");
    int mark = world.mutations().size();
    assertThatThrownBy(() -> world.provider(ACCOUNT_B).deregisterImage(dry, id, false))
        .isInstanceOf(AmiNotFoundException.class);
    ec2.modifyLaunchPermissions(east, id, List.of(LaunchPermission.account(ACCOUNT_B)), List.of());
    int afterShare = world.mutations().size();
    assertThatThrownBy(() -> world.provider(ACCOUNT_B).deregisterImage(dry, id, false))
        .isInstanceOf(AmiPermissionDeniedException.class);
    assertThatThrownBy(() -> ec2.createImage(dry, CreateImageRequest.builder()
        .instanceId(io.ami4j.model.InstanceId.of("i-0123456789abcdef0")).name("x-1").build()))
        .isInstanceOf(AmiNotFoundException.class);
    assertThat(world.mutations().since(afterShare)).isEmpty();
    assertThat(world.mutations().since(mark)).hasSize(1);
  }

  @Test
  void mutationLogRecordsWhoDidWhatWhen() {
    int mark = world.mutations().size();
    ImageId id = ownImage("web-1");
    List<io.ami4j.testkit.MutationLog.Entry> entries = world.mutations().since(mark);
    assertThat(entries).extracting(io.ami4j.testkit.MutationLog.Entry::action)
        .containsExactly("RunInstances", "CreateImage");
    io.ami4j.testkit.MutationLog.Entry create = entries.get(1);
    assertThat(create.resourceId()).isEqualTo(id.value());
    assertThat(create.account()).isEqualTo(FakeEc2.DEFAULT_ACCOUNT);
    assertThat(create.region()).isEqualTo(US_EAST_1);
    assertThat(create.time()).isEqualTo(world.clock().instant().minus(world.timing().createImage()));
    assertThatThrownBy(() -> world.mutations().since(world.mutations().size() + 1)).isInstanceOf(IllegalArgumentException.class);
  }

  private Instance current(Instance i) {
    return world.allInstances(US_EAST_1).stream().filter(x -> x.id().equals(i.id())).findFirst().orElseThrow();
  }
}
