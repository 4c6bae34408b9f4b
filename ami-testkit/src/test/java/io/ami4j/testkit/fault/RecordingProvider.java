package io.ami4j.testkit.fault;

import io.ami4j.model.KeyManager;
import io.ami4j.model.KmsKeyDescription;
import io.ami4j.model.KmsKey;
import io.ami4j.model.AccountId;
import io.ami4j.model.BlockPublicAccessState;
import io.ami4j.model.DeregistrationResult;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageReference;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.RecycleBinImage;
import io.ami4j.model.ResourceId;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SsmParameter;
import io.ami4j.model.VolumePermission;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RegisterImageRequest;
import io.ami4j.spi.RunInstancesRequest;
import io.ami4j.spi.SnapshotQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A provider that records the name of every method called and answers simple values. */
final class RecordingProvider implements AmiProvider {
  final List<String> calls = new CopyOnWriteArrayList<>();
  private final AtomicInteger images = new AtomicInteger();
  boolean closed;

  long count(String method) {
    return calls.stream().filter(method::equals).count();
  }

  private ImageId newImage() {
    return ImageId.of(String.format("ami-%017x", images.incrementAndGet()));
  }

  @Override
  public String id() {
    return "recording";
  }

  @Override
  public AccountId callerAccount(Call call) {
    calls.add("callerAccount");
    return AccountId.of("123456789012");
  }

  @Override
  public Page<Image> describeImages(Call call, ImageQuery query, PageRequest page) {
    calls.add("describeImages");
    return Page.last(List.of());
  }

  @Override
  public ImageId createImage(Call call, CreateImageRequest request) {
    calls.add("createImage");
    return newImage();
  }

  @Override
  public ImageId registerImage(Call call, RegisterImageRequest request) {
    calls.add("registerImage");
    return newImage();
  }

  @Override
  public ImageId copyImage(Call call, CopyImageRequest request) {
    calls.add("copyImage");
    return newImage();
  }

  @Override
  public DeregistrationResult deregisterImage(Call call, ImageId imageId, boolean deleteSnapshots) {
    calls.add("deregisterImage");
    return DeregistrationResult.of(imageId, List.of());
  }

  @Override
  public List<LaunchPermission> describeLaunchPermissions(Call call, ImageId imageId) {
    calls.add("describeLaunchPermissions");
    return List.of();
  }

  @Override
  public void modifyLaunchPermissions(Call call, ImageId imageId, List<LaunchPermission> add,
      List<LaunchPermission> remove) {
    calls.add("modifyLaunchPermissions");
  }

  @Override
  public void resetLaunchPermissions(Call call, ImageId imageId) {
    calls.add("resetLaunchPermissions");
  }

  @Override
  public void cancelImageLaunchPermission(Call call, ImageId imageId) {
    calls.add("cancelImageLaunchPermission");
  }

  @Override
  public void modifyImageDescription(Call call, ImageId imageId, String description) {
    calls.add("modifyImageDescription");
  }

  @Override
  public void enableImageDeprecation(Call call, ImageId imageId, Instant at) {
    calls.add("enableImageDeprecation");
  }

  @Override
  public void disableImageDeprecation(Call call, ImageId imageId) {
    calls.add("disableImageDeprecation");
  }

  @Override
  public void enableDeregistrationProtection(Call call, ImageId imageId, boolean withCooldown) {
    calls.add("enableDeregistrationProtection");
  }

  @Override
  public void disableDeregistrationProtection(Call call, ImageId imageId) {
    calls.add("disableDeregistrationProtection");
  }

  @Override
  public void disableImage(Call call, ImageId imageId) {
    calls.add("disableImage");
  }

  @Override
  public void enableImage(Call call, ImageId imageId) {
    calls.add("enableImage");
  }

  @Override
  public Page<RecycleBinImage> listImagesInRecycleBin(Call call, List<ImageId> imageIds, PageRequest page) {
    calls.add("listImagesInRecycleBin");
    return Page.last(List.of());
  }

  @Override
  public void restoreImageFromRecycleBin(Call call, ImageId imageId) {
    calls.add("restoreImageFromRecycleBin");
  }

  @Override
  public Page<ImageReference> describeImageReferences(Call call, List<ImageId> imageIds, PageRequest page) {
    calls.add("describeImageReferences");
    return Page.last(List.of());
  }

  @Override
  public BlockPublicAccessState getImageBlockPublicAccessState(Call call) {
    calls.add("getImageBlockPublicAccessState");
    return BlockPublicAccessState.UNBLOCKED;
  }

  @Override
  public void enableImageBlockPublicAccess(Call call) {
    calls.add("enableImageBlockPublicAccess");
  }

  @Override
  public void disableImageBlockPublicAccess(Call call) {
    calls.add("disableImageBlockPublicAccess");
  }

  @Override
  public Page<Snapshot> describeSnapshots(Call call, SnapshotQuery query, PageRequest page) {
    calls.add("describeSnapshots");
    return Page.last(List.of());
  }

  @Override
  public void deleteSnapshot(Call call, SnapshotId snapshotId) {
    calls.add("deleteSnapshot");
  }

  @Override
  public List<VolumePermission> describeVolumePermissions(Call call, SnapshotId snapshotId) {
    calls.add("describeVolumePermissions");
    return List.of();
  }

  @Override
  public void modifyVolumePermissions(Call call, SnapshotId snapshotId, List<VolumePermission> add,
      List<VolumePermission> remove) {
    calls.add("modifyVolumePermissions");
  }

  @Override
  public List<Instance> runInstances(Call call, RunInstancesRequest request) {
    calls.add("runInstances");
    return List.of();
  }

  @Override
  public Page<Instance> describeInstances(Call call, InstanceQuery query, PageRequest page) {
    calls.add("describeInstances");
    return Page.last(List.of());
  }

  @Override
  public void terminateInstances(Call call, List<InstanceId> instanceIds) {
    calls.add("terminateInstances");
  }

  @Override
  public void createTags(Call call, List<? extends ResourceId> resources, Map<String, String> tags) {
    calls.add("createTags");
  }

  @Override
  public void deleteTags(Call call, List<? extends ResourceId> resources, Collection<String> keys) {
    calls.add("deleteTags");
  }

  @Override
  public KmsKeyDescription describeKey(Call call, KmsKey key) {
    calls.add("describeKey");
    return KmsKeyDescription.of("1234abcd-12ab-34cd-56ef-1234567890ab",
        KmsKey.of("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
        KeyManager.CUSTOMER, "Enabled");
  }

  @Override
  public Optional<SsmParameter> getParameter(Call call, String name) {
    calls.add("getParameter");
    return Optional.empty();
  }

  @Override
  public Page<SsmParameter> getParametersByPath(Call call, String path, PageRequest page) {
    calls.add("getParametersByPath");
    return Page.last(List.of());
  }

  @Override
  public void close() {
    closed = true;
  }
}
