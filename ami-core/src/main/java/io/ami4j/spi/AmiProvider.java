package io.ami4j.spi;

import io.ami4j.model.AccountId;
import io.ami4j.model.BlockPublicAccessState;
import io.ami4j.model.DeregistrationResult;
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
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A backend that serves one account: real EC2 and SSM ({@code ami-aws}), or the in-memory world
 * ({@code ami-testkit}).
 *
 * <p>The contract: <b>each method is exactly one remote call</b> (the EC2 or SSM action named in
 * its Javadoc), carries its region in the {@link Call}, maps the backend's answer onto ami4j's
 * model and its errors onto ami4j's exceptions through {@link Ec2Errors} — and does nothing else:
 * no waiting, no retries, no caching, no pagination loops. The engine in ami-core owns all of
 * those. A {@link Call#dryRun() dry run} of a mutating method throws
 * {@link io.ami4j.AmiDryRunException} when the call would have succeeded.
 *
 * <p>Implementations are thread-safe.
 */
public interface AmiProvider extends AutoCloseable {

  /** The provider's id, as its {@link AmiProviderFactory} reports it ({@code aws}, {@code fake}). */
  String id();

  /**
   * The account this provider serves (STS GetCallerIdentity).
   *
   * @param call the call's region
   * @return the account
   */
  AccountId callerAccount(Call call);

  // ---- images -------------------------------------------------------------------------------

  /** DescribeImages: one page. */
  Page<Image> describeImages(Call call, ImageQuery query, PageRequest page);

  /** CreateImage: from an EBS-backed instance; the image starts {@code pending}. */
  ImageId createImage(Call call, CreateImageRequest request);

  /** RegisterImage: from a root snapshot or an instance-store manifest. */
  ImageId registerImage(Call call, RegisterImageRequest request);

  /** CopyImage, called in the destination region ({@code call.region()}). */
  ImageId copyImage(Call call, CopyImageRequest request);

  /** DeregisterImage, optionally with {@code DeleteAssociatedSnapshots}. */
  DeregistrationResult deregisterImage(Call call, ImageId imageId, boolean deleteSnapshots);

  /** DescribeImageAttribute {@code launchPermission}. */
  List<LaunchPermission> describeLaunchPermissions(Call call, ImageId imageId);

  /** ModifyImageAttribute {@code launchPermission}: many entries to add and remove in one call. */
  void modifyLaunchPermissions(Call call, ImageId imageId, List<LaunchPermission> add,
      List<LaunchPermission> remove);

  /** ResetImageAttribute {@code launchPermission}: removes every grant. */
  void resetLaunchPermissions(Call call, ImageId imageId);

  /** CancelImageLaunchPermission: a recipient removes itself from an image shared with it. */
  void cancelImageLaunchPermission(Call call, ImageId imageId);

  /** ModifyImageAttribute {@code description}. */
  void modifyImageDescription(Call call, ImageId imageId, String description);

  /** EnableImageDeprecation at a time (rounded by EC2 to the minute). */
  void enableImageDeprecation(Call call, ImageId imageId, Instant at);

  /** DisableImageDeprecation. */
  void disableImageDeprecation(Call call, ImageId imageId);

  /** EnableImageDeregistrationProtection, optionally {@code WithCooldown} (24 hours). */
  void enableDeregistrationProtection(Call call, ImageId imageId, boolean withCooldown);

  /** DisableImageDeregistrationProtection. */
  void disableDeregistrationProtection(Call call, ImageId imageId);

  /** DisableImage: {@code available → disabled}; removes every launch permission. */
  void disableImage(Call call, ImageId imageId);

  /** EnableImage: {@code disabled → available}. */
  void enableImage(Call call, ImageId imageId);

  /** ListImagesInRecycleBin: one page (empty ids: all). */
  Page<RecycleBinImage> listImagesInRecycleBin(Call call, List<ImageId> imageIds, PageRequest page);

  /** RestoreImageFromRecycleBin. */
  void restoreImageFromRecycleBin(Call call, ImageId imageId);

  /** DescribeImageReferences: instances, launch templates and more that use the images; one page. */
  Page<ImageReference> describeImageReferences(Call call, List<ImageId> imageIds, PageRequest page);

  /** GetImageBlockPublicAccessState. */
  BlockPublicAccessState getImageBlockPublicAccessState(Call call);

  /** EnableImageBlockPublicAccess ({@code block-new-sharing}). */
  void enableImageBlockPublicAccess(Call call);

  /** DisableImageBlockPublicAccess. */
  void disableImageBlockPublicAccess(Call call);

  // ---- snapshots ----------------------------------------------------------------------------

  /** DescribeSnapshots: one page. */
  Page<Snapshot> describeSnapshots(Call call, SnapshotQuery query, PageRequest page);

  /** DeleteSnapshot. */
  void deleteSnapshot(Call call, SnapshotId snapshotId);

  /** DescribeSnapshotAttribute {@code createVolumePermission}. */
  List<VolumePermission> describeVolumePermissions(Call call, SnapshotId snapshotId);

  /** ModifySnapshotAttribute {@code createVolumePermission}. */
  void modifyVolumePermissions(Call call, SnapshotId snapshotId, List<VolumePermission> add,
      List<VolumePermission> remove);

  // ---- instances ----------------------------------------------------------------------------

  /** RunInstances: the instances start {@code pending}. */
  List<Instance> runInstances(Call call, RunInstancesRequest request);

  /** DescribeInstances: one page. */
  Page<Instance> describeInstances(Call call, InstanceQuery query, PageRequest page);

  /** TerminateInstances. */
  void terminateInstances(Call call, List<InstanceId> instanceIds);

  // ---- tags ---------------------------------------------------------------------------------

  /** CreateTags: adds or overwrites tags on images, snapshots or instances. */
  void createTags(Call call, List<? extends ResourceId> resources, Map<String, String> tags);

  /** DeleteTags: removes tags by key. */
  void deleteTags(Call call, List<? extends ResourceId> resources, Collection<String> keys);

  // ---- KMS ----------------------------------------------------------------------------------

  /**
   * KMS DescribeKey: the key's id, ARN and manager. Decides by the key itself whether AWS manages
   * it (the account's default EBS key answers {@code KeyManager} {@code AWS}, whatever name a
   * snapshot gives it).
   *
   * @param call the call's region (the key's, for an alias or key id)
   * @param key a key id, alias, or key or alias ARN
   * @return the key's description
   * @throws io.ami4j.AmiNotFoundException when KMS knows no such key ({@code NotFoundException})
   */
  KmsKeyDescription describeKey(Call call, KmsKey key);

  // ---- SSM public parameters ----------------------------------------------------------------

  /** SSM GetParameter; empty when the parameter does not exist. */
  Optional<SsmParameter> getParameter(Call call, String name);

  /** SSM GetParametersByPath (recursive): one page. */
  Page<SsmParameter> getParametersByPath(Call call, String path, PageRequest page);

  /** Releases the provider's clients and threads; throws nothing. */
  @Override
  void close();
}
