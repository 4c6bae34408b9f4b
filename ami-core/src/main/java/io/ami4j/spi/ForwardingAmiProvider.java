package io.ami4j.spi;

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
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A provider that passes every call on to another: the base of decorators that change a few
 * calls (counting, recording, answering some calls themselves) and forward the rest.
 *
 * <pre>{@code
 * AmiProvider counting = new ForwardingAmiProvider(real) {
 *   @Override
 *   public Page<Image> describeImages(Call call, ImageQuery query, PageRequest page) {
 *     describeCalls.incrementAndGet();
 *     return super.describeImages(call, query, page);
 *   }
 * };
 * }</pre>
 */
public abstract class ForwardingAmiProvider implements AmiProvider {
  private final AmiProvider delegate;

  /**
   * Forwards to {@code delegate}.
   *
   * @param delegate the provider every call goes to
   */
  protected ForwardingAmiProvider(AmiProvider delegate) {
    this.delegate = java.util.Objects.requireNonNull(delegate, "delegate");
  }

  /** The provider calls are forwarded to. */
  protected AmiProvider delegate() {
    return delegate;
  }

  @Override
  public String id() {
    return delegate.id();
  }

  @Override
  public AccountId callerAccount(Call call) {
    return delegate.callerAccount(call);
  }

  @Override
  public Page<Image> describeImages(Call call, ImageQuery query, PageRequest page) {
    return delegate.describeImages(call, query, page);
  }

  @Override
  public ImageId createImage(Call call, CreateImageRequest request) {
    return delegate.createImage(call, request);
  }

  @Override
  public ImageId registerImage(Call call, RegisterImageRequest request) {
    return delegate.registerImage(call, request);
  }

  @Override
  public ImageId copyImage(Call call, CopyImageRequest request) {
    return delegate.copyImage(call, request);
  }

  @Override
  public DeregistrationResult deregisterImage(Call call, ImageId imageId, boolean deleteSnapshots) {
    return delegate.deregisterImage(call, imageId, deleteSnapshots);
  }

  @Override
  public List<LaunchPermission> describeLaunchPermissions(Call call, ImageId imageId) {
    return delegate.describeLaunchPermissions(call, imageId);
  }

  @Override
  public void modifyLaunchPermissions(Call call, ImageId imageId, List<LaunchPermission> add, List<LaunchPermission> remove) {
    delegate.modifyLaunchPermissions(call, imageId, add, remove);
  }

  @Override
  public void resetLaunchPermissions(Call call, ImageId imageId) {
    delegate.resetLaunchPermissions(call, imageId);
  }

  @Override
  public void cancelImageLaunchPermission(Call call, ImageId imageId) {
    delegate.cancelImageLaunchPermission(call, imageId);
  }

  @Override
  public void modifyImageDescription(Call call, ImageId imageId, String description) {
    delegate.modifyImageDescription(call, imageId, description);
  }

  @Override
  public void enableImageDeprecation(Call call, ImageId imageId, Instant at) {
    delegate.enableImageDeprecation(call, imageId, at);
  }

  @Override
  public void disableImageDeprecation(Call call, ImageId imageId) {
    delegate.disableImageDeprecation(call, imageId);
  }

  @Override
  public void enableDeregistrationProtection(Call call, ImageId imageId, boolean withCooldown) {
    delegate.enableDeregistrationProtection(call, imageId, withCooldown);
  }

  @Override
  public void disableDeregistrationProtection(Call call, ImageId imageId) {
    delegate.disableDeregistrationProtection(call, imageId);
  }

  @Override
  public void disableImage(Call call, ImageId imageId) {
    delegate.disableImage(call, imageId);
  }

  @Override
  public void enableImage(Call call, ImageId imageId) {
    delegate.enableImage(call, imageId);
  }

  @Override
  public Page<RecycleBinImage> listImagesInRecycleBin(Call call, List<ImageId> imageIds, PageRequest page) {
    return delegate.listImagesInRecycleBin(call, imageIds, page);
  }

  @Override
  public void restoreImageFromRecycleBin(Call call, ImageId imageId) {
    delegate.restoreImageFromRecycleBin(call, imageId);
  }

  @Override
  public Page<ImageReference> describeImageReferences(Call call, List<ImageId> imageIds, PageRequest page) {
    return delegate.describeImageReferences(call, imageIds, page);
  }

  @Override
  public BlockPublicAccessState getImageBlockPublicAccessState(Call call) {
    return delegate.getImageBlockPublicAccessState(call);
  }

  @Override
  public void enableImageBlockPublicAccess(Call call) {
    delegate.enableImageBlockPublicAccess(call);
  }

  @Override
  public void disableImageBlockPublicAccess(Call call) {
    delegate.disableImageBlockPublicAccess(call);
  }

  @Override
  public Page<Snapshot> describeSnapshots(Call call, SnapshotQuery query, PageRequest page) {
    return delegate.describeSnapshots(call, query, page);
  }

  @Override
  public void deleteSnapshot(Call call, SnapshotId snapshotId) {
    delegate.deleteSnapshot(call, snapshotId);
  }

  @Override
  public List<VolumePermission> describeVolumePermissions(Call call, SnapshotId snapshotId) {
    return delegate.describeVolumePermissions(call, snapshotId);
  }

  @Override
  public void modifyVolumePermissions(Call call, SnapshotId snapshotId, List<VolumePermission> add, List<VolumePermission> remove) {
    delegate.modifyVolumePermissions(call, snapshotId, add, remove);
  }

  @Override
  public List<Instance> runInstances(Call call, RunInstancesRequest request) {
    return delegate.runInstances(call, request);
  }

  @Override
  public Page<Instance> describeInstances(Call call, InstanceQuery query, PageRequest page) {
    return delegate.describeInstances(call, query, page);
  }

  @Override
  public void terminateInstances(Call call, List<InstanceId> instanceIds) {
    delegate.terminateInstances(call, instanceIds);
  }

  @Override
  public void createTags(Call call, List<? extends ResourceId> resources, Map<String, String> tags) {
    delegate.createTags(call, resources, tags);
  }

  @Override
  public void deleteTags(Call call, List<? extends ResourceId> resources, Collection<String> keys) {
    delegate.deleteTags(call, resources, keys);
  }

  @Override
  public KmsKeyDescription describeKey(Call call, KmsKey key) {
    return delegate.describeKey(call, key);
  }

  @Override
  public Optional<SsmParameter> getParameter(Call call, String name) {
    return delegate.getParameter(call, name);
  }

  @Override
  public Page<SsmParameter> getParametersByPath(Call call, String path, PageRequest page) {
    return delegate.getParametersByPath(call, path, page);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
