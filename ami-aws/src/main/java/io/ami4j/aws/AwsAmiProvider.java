package io.ami4j.aws;

import io.ami4j.aws.internal.client.AssumedRole;
import io.ami4j.aws.internal.client.AwsClients;
import io.ami4j.aws.internal.client.ClientSettings;
import io.ami4j.aws.internal.ops.IdentityOperations;
import io.ami4j.aws.internal.ops.ImageOperations;
import io.ami4j.aws.internal.ops.InstanceOperations;
import io.ami4j.aws.internal.ops.KeyOperations;
import io.ami4j.aws.internal.ops.ParameterOperations;
import io.ami4j.aws.internal.ops.RetirementOperations;
import io.ami4j.aws.internal.ops.SharingOperations;
import io.ami4j.aws.internal.ops.SnapshotOperations;
import io.ami4j.aws.internal.ops.TagOperations;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The ami4j provider for real AWS: every SPI method is one call of the AWS SDK for Java v2
 * ({@code Ec2Client}, {@code SsmClient}, {@code StsClient}, {@code KmsClient}) in the call's region.
 *
 * <p>One SDK client per service and region is made on first use and closed by {@link #close()}.
 * The SDK's own retries are off: ami4j's engine owns retries, pacing and waiting, so a throttled
 * or failed call surfaces at once as a retryable {@link io.ami4j.AmiThrottledException} or
 * {@link io.ami4j.AmiBackendException}. Listings return one page per call.
 *
 * <pre>{@code
 * AwsAmiProvider aws = AwsAmiProvider.create();                  // default credentials chain
 * AwsAmiProvider local = AwsAmiProvider.builder()                 // LocalStack, the fake's endpoint …
 *     .endpointOverride(URI.create("http://localhost:4566"))
 *     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
 *     .build();
 * AwsAmiProvider member = aws.assumeRole("arn:aws:iam::111122223333:role/AmiAdmin", "ami4j");
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class AwsAmiProvider implements AmiProvider {
  /** The provider id: {@code aws}. */
  public static final String ID = "aws";

  private static final Logger LOG = LoggerFactory.getLogger(AwsAmiProvider.class);

  private final AwsProviderSettings settings;
  private final ClientSettings clientSettings;
  private final List<SdkAutoCloseable> owned;
  private final AwsClients clients;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final IdentityOperations identity;
  private final ImageOperations images;
  private final SharingOperations sharing;
  private final RetirementOperations retirement;
  private final SnapshotOperations snapshots;
  private final InstanceOperations instances;
  private final TagOperations tags;
  private final ParameterOperations parameters;
  private final KeyOperations keys;

  private AwsAmiProvider(AwsProviderSettings settings) {
    this.settings = settings;
    this.owned = new ArrayList<>();
    SdkHttpClient http = settings.httpClient().orElse(null);
    if (http == null && settings.httpClientBuilder().isPresent()) {
      http = settings.httpClientBuilder().get().build();
      owned.add(http);
    }
    ClientSettings base = new ClientSettings(
        settings.credentialsProvider().orElseGet(() -> {
          DefaultCredentialsProvider chain = DefaultCredentialsProvider.builder().build();
          owned.add(chain);
          return chain;
        }),
        settings.endpointOverride().orElse(null), settings.ec2EndpointOverride().orElse(null), http,
        settings.apiCallTimeout().orElse(null), settings.apiCallAttemptTimeout().orElse(null));
    if (settings.roleArn().isPresent()) {
      AssumedRole role = AssumedRole.of(base, settings.stsRegion(), settings.roleArn().get(),
          settings.sessionName().get());
      owned.add(role);
      base = base.withCredentials(role.credentials());
    }
    this.clientSettings = base;
    this.clients = new AwsClients(clientSettings);
    this.identity = new IdentityOperations(clients);
    this.images = new ImageOperations(clients);
    this.sharing = new SharingOperations(clients);
    this.retirement = new RetirementOperations(clients);
    this.snapshots = new SnapshotOperations(clients);
    this.instances = new InstanceOperations(clients);
    this.tags = new TagOperations(clients);
    this.parameters = new ParameterOperations(clients);
    this.keys = new KeyOperations(clients);
  }

  /**
   * A provider with the defaults: the SDK's default credentials chain, AWS's endpoints, the
   * SDK's default HTTP client.
   *
   * @return the provider
   */
  public static AwsAmiProvider create() {
    return builder().build();
  }

  /**
   * A builder, for credentials, endpoint, HTTP client, timeouts or an assumed role.
   *
   * @return a new builder
   */
  public static AwsProviderBuilder builder() {
    return new AwsProviderBuilder();
  }

  static AwsAmiProvider build(AwsProviderSettings settings) {
    return new AwsAmiProvider(settings);
  }

  /**
   * A provider for another account, with a role assumed through STS by this provider's
   * credentials, and this provider's endpoint, HTTP client and timeouts. For work across the
   * accounts of an organization: one provider per member account. It has clients of its own;
   * close it too (before this one, whose credentials it uses to refresh its own).
   *
   * <pre>{@code
   * try (AwsAmiProvider member = aws.assumeRole("arn:aws:iam::111122223333:role/AmiAdmin", "ami4j-cleanup")) {
   *   member.describeImages(Call.in(region), ImageQuery.builder().addOwners(Owner.SELF).build(), PageRequest.first());
   * }
   * }</pre>
   *
   * @param roleArn the role, e.g. {@code arn:aws:iam::111122223333:role/AmiAdmin}
   * @param sessionName 2 to 64 characters, shown in the other account's CloudTrail
   * @return the new provider
   * @throws io.ami4j.AmiValidationException when the ARN or session name is malformed
   */
  public AwsAmiProvider assumeRole(String roleArn, String sessionName) {
    return new AwsAmiProvider(settings.assumingFrom(clientSettings.credentials(), roleArn, sessionName));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public AccountId callerAccount(Call call) {
    return identity.callerAccount(call);
  }

  @Override
  public Page<Image> describeImages(Call call, ImageQuery query, PageRequest page) {
    return images.describeImages(call, query, page);
  }

  @Override
  public ImageId createImage(Call call, CreateImageRequest request) {
    return images.createImage(call, request);
  }

  @Override
  public ImageId registerImage(Call call, RegisterImageRequest request) {
    return images.registerImage(call, request);
  }

  @Override
  public ImageId copyImage(Call call, CopyImageRequest request) {
    return images.copyImage(call, request);
  }

  @Override
  public DeregisterImageAnswer deregisterImage(Call call, ImageId imageId, boolean deleteSnapshots) {
    return images.deregisterImage(call, imageId, deleteSnapshots);
  }

  @Override
  public List<LaunchPermission> describeLaunchPermissions(Call call, ImageId imageId) {
    return sharing.describeLaunchPermissions(call, imageId);
  }

  @Override
  public void modifyLaunchPermissions(Call call, ImageId imageId, List<LaunchPermission> add,
      List<LaunchPermission> remove) {
    sharing.modifyLaunchPermissions(call, imageId, add, remove);
  }

  @Override
  public void resetLaunchPermissions(Call call, ImageId imageId) {
    sharing.resetLaunchPermissions(call, imageId);
  }

  @Override
  public void cancelImageLaunchPermission(Call call, ImageId imageId) {
    sharing.cancelImageLaunchPermission(call, imageId);
  }

  @Override
  public void modifyImageDescription(Call call, ImageId imageId, String description) {
    sharing.modifyImageDescription(call, imageId, description);
  }

  @Override
  public void enableImageDeprecation(Call call, ImageId imageId, Instant at) {
    retirement.enableImageDeprecation(call, imageId, at);
  }

  @Override
  public void disableImageDeprecation(Call call, ImageId imageId) {
    retirement.disableImageDeprecation(call, imageId);
  }

  @Override
  public void enableDeregistrationProtection(Call call, ImageId imageId, boolean withCooldown) {
    retirement.enableDeregistrationProtection(call, imageId, withCooldown);
  }

  @Override
  public void disableDeregistrationProtection(Call call, ImageId imageId) {
    retirement.disableDeregistrationProtection(call, imageId);
  }

  @Override
  public void disableImage(Call call, ImageId imageId) {
    retirement.disableImage(call, imageId);
  }

  @Override
  public void enableImage(Call call, ImageId imageId) {
    retirement.enableImage(call, imageId);
  }

  @Override
  public Page<RecycleBinImage> listImagesInRecycleBin(Call call, List<ImageId> imageIds, PageRequest page) {
    return retirement.listImagesInRecycleBin(call, imageIds, page);
  }

  @Override
  public void restoreImageFromRecycleBin(Call call, ImageId imageId) {
    retirement.restoreImageFromRecycleBin(call, imageId);
  }

  @Override
  public Page<ImageReference> describeImageReferences(Call call, List<ImageId> imageIds, PageRequest page) {
    return retirement.describeImageReferences(call, imageIds, page);
  }

  @Override
  public BlockPublicAccessState getImageBlockPublicAccessState(Call call) {
    return sharing.getImageBlockPublicAccessState(call);
  }

  @Override
  public void enableImageBlockPublicAccess(Call call) {
    sharing.enableImageBlockPublicAccess(call);
  }

  @Override
  public void disableImageBlockPublicAccess(Call call) {
    sharing.disableImageBlockPublicAccess(call);
  }

  @Override
  public Page<Snapshot> describeSnapshots(Call call, SnapshotQuery query, PageRequest page) {
    return snapshots.describeSnapshots(call, query, page);
  }

  @Override
  public void deleteSnapshot(Call call, SnapshotId snapshotId) {
    snapshots.deleteSnapshot(call, snapshotId);
  }

  @Override
  public List<VolumePermission> describeVolumePermissions(Call call, SnapshotId snapshotId) {
    return snapshots.describeVolumePermissions(call, snapshotId);
  }

  @Override
  public void modifyVolumePermissions(Call call, SnapshotId snapshotId, List<VolumePermission> add,
      List<VolumePermission> remove) {
    snapshots.modifyVolumePermissions(call, snapshotId, add, remove);
  }

  @Override
  public List<Instance> runInstances(Call call, RunInstancesRequest request) {
    return instances.runInstances(call, request);
  }

  @Override
  public Page<Instance> describeInstances(Call call, InstanceQuery query, PageRequest page) {
    return instances.describeInstances(call, query, page);
  }

  @Override
  public void terminateInstances(Call call, List<InstanceId> instanceIds) {
    instances.terminateInstances(call, instanceIds);
  }

  @Override
  public void createTags(Call call, List<? extends ResourceId> resources, Map<String, String> tags) {
    this.tags.createTags(call, resources, tags);
  }

  @Override
  public void deleteTags(Call call, List<? extends ResourceId> resources, Collection<String> keys) {
    this.tags.deleteTags(call, resources, keys);
  }

  @Override
  public KmsKeyDescription describeKey(Call call, KmsKey key) {
    return keys.describeKey(call, key);
  }

  @Override
  public Optional<SsmParameter> getParameter(Call call, String name) {
    return parameters.getParameter(call, name);
  }

  @Override
  public Page<SsmParameter> getParametersByPath(Call call, String path, PageRequest page) {
    return parameters.getParametersByPath(call, path, page);
  }

  /** Closes every SDK client this provider made, and the credentials and HTTP client it made; idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    clients.close();
    for (SdkAutoCloseable c : owned) {
      try {
        c.close();
      } catch (RuntimeException e) {
        LOG.warn("Closing {} failed", c.getClass().getSimpleName(), e);
      }
    }
  }

  @Override
  public String toString() {
    return "AwsAmiProvider[" + settings + "]";
  }
}
