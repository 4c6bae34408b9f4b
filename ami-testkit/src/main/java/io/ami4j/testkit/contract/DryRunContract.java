package io.ami4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ami4j.model.BlockPublicAccessState;
import io.ami4j.model.Filter;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceState;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Owner;
import io.ami4j.model.RecycleBinImage;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VolumePermission;
import io.ami4j.spi.Call;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.PageRequest;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Dry runs: every mutating call made with {@link Call#asDryRun()} answers
 * {@link io.ami4j.AmiDryRunException} ({@code DryRunOperation}) when it would have succeeded, and
 * changes nothing, as describing the resources afterwards shows.
 */
public abstract class DryRunContract extends ContractSupport {
  /** For subclasses. */
  protected DryRunContract() {}

  private Call dryRun() {
    return call().asDryRun();
  }

  private List<Image> selfImagesNamed(io.ami4j.model.Region region, String name) {
    return items(imagePages(owner(), region,
        ImageQuery.builder().addOwners(Owner.SELF).name(name).build(), 100));
  }

  @Test
  @DisplayName("dry runs of CreateImage, RegisterImage and CopyImage make no image")
  void creatingCallsMakeNothing() {
    Instance instance = runningInstance();
    Image source = availableImage("dry-source");
    String created = uniqueName("dry-create");
    String registered = uniqueName("dry-register");
    String copied = uniqueName("dry-copy");

    assertDryRun(() -> owner().createImage(dryRun(), CreateImageRequest.builder()
        .instanceId(instance.id()).name(created).noReboot(true).build()));
    assertDryRun(() -> owner().registerImage(dryRun(), registration(registered, newSnapshot(8)).build()));
    assertDryRun(() -> owner().copyImage(otherRegionCall().asDryRun(), CopyImageRequest.builder()
        .sourceImageId(source.id()).sourceRegion(environment().region()).name(copied).build()));

    assertThat(selfImagesNamed(environment().region(), created)).isEmpty();
    assertThat(selfImagesNamed(environment().region(), registered)).isEmpty();
    assertThat(selfImagesNamed(environment().otherRegion(), copied)).isEmpty();
  }

  @Test
  @DisplayName("a dry run of DeregisterImage leaves the image and its snapshots")
  void deregisterChangesNothing() {
    Image image = availableImage("dry-dereg");

    assertDryRun(() -> owner().deregisterImage(dryRun(), image.id(), true));

    assertThat(image(image.id()).state()).isEqualTo(ImageState.AVAILABLE);
    assertThat(findSnapshot(owner(), environment().region(), image.snapshotIds().get(0))).isPresent();
  }

  @Test
  @DisplayName("dry runs of launch-permission and description changes leave them as they were")
  void attributeChangesChangeNothing() {
    Image image = availableImage("dry-attr");
    LaunchPermission grant = LaunchPermission.account(environment().otherAccount());

    assertDryRun(() -> owner().modifyLaunchPermissions(dryRun(), image.id(), List.of(grant), List.of()));
    assertThat(owner().describeLaunchPermissions(call(), image.id())).isEmpty();

    owner().modifyLaunchPermissions(call(), image.id(), List.of(grant), List.of());
    assertDryRun(() -> owner().modifyLaunchPermissions(dryRun(), image.id(), List.of(), List.of(grant)));
    assertDryRun(() -> owner().resetLaunchPermissions(dryRun(), image.id()));
    eventually().until("the image to be visible to the other account", () -> visibleTo(other(), image.id()),
        v -> v);
    assertDryRun(() -> other().cancelImageLaunchPermission(dryRun(), image.id()));
    assertThat(owner().describeLaunchPermissions(call(), image.id())).containsExactly(grant);

    assertDryRun(() -> owner().modifyImageDescription(dryRun(), image.id(), "changed"));
    assertThat(image(image.id()).description()).isEqualTo(image.description());
  }

  @Test
  @DisplayName("dry runs of deprecation, protection, disable and enable leave the image as it was")
  void retirementChangesChangeNothing() {
    Image image = availableImage("dry-retire");
    ImageId id = image.id();

    assertDryRun(() -> owner().enableImageDeprecation(dryRun(), id,
        environment().now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(30))));
    assertDryRun(() -> owner().enableDeregistrationProtection(dryRun(), id, false));
    assertDryRun(() -> owner().disableImage(dryRun(), id));
    Image unchanged = image(id);
    assertThat(unchanged.deprecationTime()).isEmpty();
    assertThat(unchanged.isDeregistrationProtected()).isFalse();
    assertThat(unchanged.state()).isEqualTo(ImageState.AVAILABLE);

    owner().enableImageDeprecation(call(), id,
        environment().now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(30)));
    owner().enableDeregistrationProtection(call(), id, false);
    assertDryRun(() -> owner().disableImageDeprecation(dryRun(), id));
    assertDryRun(() -> owner().disableDeregistrationProtection(dryRun(), id));
    Image stillRetiring = image(id);
    assertThat(stillRetiring.deprecationTime()).isPresent();
    assertThat(stillRetiring.isDeregistrationProtected()).isTrue();

    owner().disableDeregistrationProtection(call(), id);
    owner().disableImage(call(), id);
    ImageQuery disabled = ImageQuery.builder().addImageIds(id).includeDisabled(true).build();
    eventually().until("the image to be disabled",
        () -> owner().describeImages(call(), disabled, PageRequest.first()).items(),
        l -> l.size() == 1 && l.get(0).state() == ImageState.DISABLED);
    assertDryRun(() -> owner().enableImage(dryRun(), id));
    assertThat(owner().describeImages(call(), disabled, PageRequest.first()).items())
        .extracting(Image::state).containsExactly(ImageState.DISABLED);
  }

  @Test
  @DisplayName("a dry run of RestoreImageFromRecycleBin leaves the image in the bin")
  void restoreChangesNothing() {
    io.ami4j.model.Region bin = environment().recycleBinRegion().orElse(null);
    assumeTrue(bin != null, "the backend has no Recycle Bin");
    Call there = Call.in(bin);
    ImageId id = awaitImage(bin, registerImage(bin, uniqueName("dry-bin"), Map.of()), ImageState.AVAILABLE).id();
    owner().deregisterImage(there, id, false);
    eventually().until("the image to enter the Recycle Bin",
        () -> owner().listImagesInRecycleBin(there, List.of(id), PageRequest.first()).items(),
        l -> !l.isEmpty());

    assertDryRun(() -> owner().restoreImageFromRecycleBin(there.asDryRun(), id));

    assertThat(owner().listImagesInRecycleBin(there, List.of(id), PageRequest.first()).items())
        .extracting(RecycleBinImage::imageId).containsExactly(id);
    assertThat(findIfAny(owner(), bin, id).filter(i -> i.state() == ImageState.AVAILABLE))
        .as("the image, available again").isEmpty();
  }

  @Test
  @DisplayName("dry runs of the block-public-access switches leave the state as it was")
  @ResourceLock(ACCOUNT_SETTINGS)
  void blockPublicAccessChangesNothing() {
    BlockPublicAccessState before = owner().getImageBlockPublicAccessState(call());

    assertDryRun(() -> owner().enableImageBlockPublicAccess(dryRun()));
    assertDryRun(() -> owner().disableImageBlockPublicAccess(dryRun()));

    assertThat(owner().getImageBlockPublicAccessState(call())).isEqualTo(before);
  }

  @Test
  @DisplayName("dry runs of DeleteSnapshot and ModifySnapshotAttribute leave the snapshot as it was")
  void snapshotChangesChangeNothing() {
    SnapshotId snapshot = newSnapshot(8);

    assertDryRun(() -> owner().deleteSnapshot(dryRun(), snapshot));
    assertDryRun(() -> owner().modifyVolumePermissions(dryRun(), snapshot,
        List.of(VolumePermission.account(environment().otherAccount())), List.of()));

    assertThat(findSnapshot(owner(), environment().region(), snapshot)).isPresent();
    assertThat(owner().describeVolumePermissions(call(), snapshot)).isEmpty();
  }

  @Test
  @DisplayName("dry runs of RunInstances and TerminateInstances launch and end nothing")
  void instanceChangesChangeNothing() {
    String run = uniqueName("dry-run");
    assertDryRun(() -> owner().runInstances(dryRun(), launchOf(amazonLinux()).putTags("run", run).build()));
    assertThat(items(pages(r -> owner().describeInstances(call(),
        InstanceQuery.builder().addFilters(Filter.of("tag:run", run)).build(), r), 1000))).isEmpty();

    Instance instance = runningInstance();
    assertDryRun(() -> owner().terminateInstances(dryRun(), List.of(instance.id())));
    assertThat(describeInstances(List.of(instance.id()))).extracting(Instance::state)
        .containsExactly(InstanceState.RUNNING);
  }

  @Test
  @DisplayName("dry runs of CreateTags and DeleteTags leave the tags as they were")
  void tagChangesChangeNothing() {
    ImageId id = awaitAvailable(registerImage(uniqueName("dry-tags"), Map.of("keep", "me"))).id();

    assertDryRun(() -> owner().createTags(dryRun(), List.of(id), Map.of("added", "no")));
    assertDryRun(() -> owner().deleteTags(dryRun(), List.of(id), List.of("keep")));

    assertThat(image(id).tags()).containsEntry("keep", "me").doesNotContainKey("added");
  }
}
