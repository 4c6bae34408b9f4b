package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.BlockPublicAccessState;
import io.ami4j.model.DeregisterImageAnswer;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageReference;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.KmsKeyDescription;
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

/**
 * The SPI over the world: one account's view. Each method is one EC2 (or SSM) action, answered
 * from the world's state under its lock; the groups of actions live in their own classes.
 */
public final class FakeAmiProvider implements AmiProvider {
  /** The provider id, as {@code FakeProviderFactory} reports it. */
  public static final String ID = "fake";

  private final AccountId account;
  private final ImageQueries queries;
  private final ImageLifecycle lifecycle;
  private final Sharing sharing;
  private final Retirement retirement;
  private final Snapshots snapshots;
  private final Instances instances;
  private final Tagging tagging;
  private final Parameters parameters;
  private final Keys keys;

  /**
   * The view of {@code account}.
   *
   * @param world the world
   * @param account the account it serves
   */
  public FakeAmiProvider(World world, AccountId account) {
    this.account = account;
    this.queries = new ImageQueries(world, account);
    this.lifecycle = new ImageLifecycle(world, account);
    this.sharing = new Sharing(world, account);
    this.retirement = new Retirement(world, account);
    this.snapshots = new Snapshots(world, account);
    this.instances = new Instances(world, account);
    this.tagging = new Tagging(world, account);
    this.parameters = new Parameters(world, account);
    this.keys = new Keys(world, account);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public AccountId callerAccount(Call call) {
    return account;
  }

  @Override
  public Page<Image> describeImages(Call call, ImageQuery query, PageRequest page) {
    return queries.describe(call, query, page);
  }

  @Override
  public ImageId createImage(Call call, CreateImageRequest request) {
    return lifecycle.create(call, request);
  }

  @Override
  public ImageId registerImage(Call call, RegisterImageRequest request) {
    return lifecycle.register(call, request);
  }

  @Override
  public ImageId copyImage(Call call, CopyImageRequest request) {
    return lifecycle.copy(call, request);
  }

  @Override
  public DeregisterImageAnswer deregisterImage(Call call, ImageId imageId, boolean deleteSnapshots) {
    return lifecycle.deregister(call, imageId, deleteSnapshots);
  }

  @Override
  public List<LaunchPermission> describeLaunchPermissions(Call call, ImageId imageId) {
    return sharing.describe(call, imageId);
  }

  @Override
  public void modifyLaunchPermissions(Call call, ImageId imageId, List<LaunchPermission> add,
      List<LaunchPermission> remove) {
    sharing.modify(call, imageId, add, remove);
  }

  @Override
  public void resetLaunchPermissions(Call call, ImageId imageId) {
    sharing.reset(call, imageId);
  }

  @Override
  public void cancelImageLaunchPermission(Call call, ImageId imageId) {
    sharing.cancel(call, imageId);
  }

  @Override
  public void modifyImageDescription(Call call, ImageId imageId, String description) {
    retirement.describe(call, imageId, description);
  }

  @Override
  public void enableImageDeprecation(Call call, ImageId imageId, Instant at) {
    retirement.deprecate(call, imageId, at);
  }

  @Override
  public void disableImageDeprecation(Call call, ImageId imageId) {
    retirement.undeprecate(call, imageId);
  }

  @Override
  public void enableDeregistrationProtection(Call call, ImageId imageId, boolean withCooldown) {
    retirement.protect(call, imageId, withCooldown);
  }

  @Override
  public void disableDeregistrationProtection(Call call, ImageId imageId) {
    retirement.unprotect(call, imageId);
  }

  @Override
  public void disableImage(Call call, ImageId imageId) {
    retirement.disable(call, imageId);
  }

  @Override
  public void enableImage(Call call, ImageId imageId) {
    retirement.enable(call, imageId);
  }

  @Override
  public Page<RecycleBinImage> listImagesInRecycleBin(Call call, List<ImageId> imageIds, PageRequest page) {
    return retirement.listBin(call, imageIds, page);
  }

  @Override
  public void restoreImageFromRecycleBin(Call call, ImageId imageId) {
    retirement.restore(call, imageId);
  }

  @Override
  public Page<ImageReference> describeImageReferences(Call call, List<ImageId> imageIds, PageRequest page) {
    return instances.references(call, imageIds, page);
  }

  @Override
  public BlockPublicAccessState getImageBlockPublicAccessState(Call call) {
    return sharing.blockPublicAccess(call);
  }

  @Override
  public void enableImageBlockPublicAccess(Call call) {
    sharing.setBlockPublicAccess(call, true);
  }

  @Override
  public void disableImageBlockPublicAccess(Call call) {
    sharing.setBlockPublicAccess(call, false);
  }

  @Override
  public Page<Snapshot> describeSnapshots(Call call, SnapshotQuery query, PageRequest page) {
    return snapshots.describe(call, query, page);
  }

  @Override
  public void deleteSnapshot(Call call, SnapshotId snapshotId) {
    snapshots.delete(call, snapshotId);
  }

  @Override
  public List<VolumePermission> describeVolumePermissions(Call call, SnapshotId snapshotId) {
    return sharing.describeVolumePermissions(call, snapshotId);
  }

  @Override
  public void modifyVolumePermissions(Call call, SnapshotId snapshotId, List<VolumePermission> add,
      List<VolumePermission> remove) {
    sharing.modifyVolumePermissions(call, snapshotId, add, remove);
  }

  @Override
  public List<Instance> runInstances(Call call, RunInstancesRequest request) {
    return instances.run(call, request);
  }

  @Override
  public Page<Instance> describeInstances(Call call, InstanceQuery query, PageRequest page) {
    return instances.describe(call, query, page);
  }

  @Override
  public void terminateInstances(Call call, List<InstanceId> instanceIds) {
    instances.terminate(call, instanceIds);
  }

  @Override
  public void createTags(Call call, List<? extends ResourceId> resources, Map<String, String> tags) {
    tagging.create(call, resources, tags);
  }

  @Override
  public void deleteTags(Call call, List<? extends ResourceId> resources, Collection<String> keys) {
    tagging.delete(call, resources, keys);
  }

  @Override
  public KmsKeyDescription describeKey(Call call, KmsKey key) {
    return keys.describe(call, key);
  }

  @Override
  public Optional<SsmParameter> getParameter(Call call, String name) {
    return parameters.get(call, name);
  }

  @Override
  public Page<SsmParameter> getParametersByPath(Call call, String path, PageRequest page) {
    return parameters.byPath(call, path, page);
  }

  /** Nothing to release: the world lives as long as its {@code FakeEc2}. */
  @Override
  public void close() {}

  @Override
  public String toString() {
    return "FakeAmiProvider[" + account + "]";
  }
}
