package io.ami4j.spi;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.LaunchChecks;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.ImageId;
import io.ami4j.model.Tags;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** RunInstances: launch instances from an image. */
@Value.Immutable
public abstract class RunInstancesRequest {
  private static final Pattern INSTANCE_TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9]+");

  /** The image. */
  public abstract ImageId imageId();

  /** The instance type, e.g. {@code t3.micro}. */
  public abstract String instanceType();

  /** How many to launch. */
  @Value.Default
  public int count() {
    return 1;
  }

  /** The subnet. */
  public abstract Optional<String> subnetId();

  /** Security group ids. */
  public abstract List<String> securityGroupIds();

  /** The key pair's name. */
  public abstract Optional<String> keyName();

  /** User data as plain text (the provider encodes it as EC2 wants). */
  public abstract Optional<String> userData();

  /** The IAM instance profile's name or ARN. */
  public abstract Optional<String> iamInstanceProfile();

  /** Block device mappings. */
  public abstract List<BlockDeviceMapping> blockDeviceMappings();

  /** Tags for the instances. */
  public abstract Map<String, String> tags();

  /** The idempotency token. */
  public abstract Optional<String> clientToken();

  @Value.Check
  protected void check() {
    io.ami4j.model.VolumeLimits.checkRatios(blockDeviceMappings());
    Check.matches("instanceType", instanceType(), INSTANCE_TYPE, "must be an instance type such as t3.micro");
    Check.inRange("count", count(), 1, 1000);
    Tags.check(tags());
    userData().ifPresent(LaunchChecks::userData);
    subnetId().ifPresent(LaunchChecks::subnetId);
    securityGroupIds().forEach(LaunchChecks::securityGroupId);
    keyName().ifPresent(LaunchChecks::keyName);
    iamInstanceProfile().ifPresent(LaunchChecks::iamInstanceProfile);
    clientToken().ifPresent(t -> Check.that(!t.isEmpty() && t.length() <= 64, "clientToken", t,
        "must be 1 to 64 characters"));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RunInstancesRequest}. */
  public static final class Builder extends ImmutableRunInstancesRequest.Builder {}
}
