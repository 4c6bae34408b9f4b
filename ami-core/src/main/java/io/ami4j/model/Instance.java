package io.ami4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** An EC2 instance, as DescribeInstances reports it. */
@Value.Immutable
public abstract class Instance {
  /** The instance id. */
  public abstract InstanceId id();

  /** The image it was launched from. */
  public abstract ImageId imageId();

  /** The state. */
  public abstract InstanceState state();

  /** The instance type, e.g. {@code t3.micro}. */
  public abstract String instanceType();

  /** When it was launched. */
  public abstract Instant launchTime();

  /** The architecture. */
  public abstract Optional<Architecture> architecture();

  /** {@code windows} for Windows instances. */
  public abstract Optional<String> platform();

  /** Where the root device lives. */
  public abstract Optional<RootDeviceType> rootDeviceType();

  /** The private IPv4 address. */
  public abstract Optional<String> privateIpAddress();

  /** The private DNS name. */
  public abstract Optional<String> privateDnsName();

  /** The public IPv4 address, when it has one. */
  public abstract Optional<String> publicIpAddress();

  /** The public DNS name, when it has one. */
  public abstract Optional<String> publicDnsName();

  /** The key pair's name. */
  public abstract Optional<String> keyName();

  /** The subnet. */
  public abstract Optional<String> subnetId();

  /** Security group ids. */
  public abstract List<String> securityGroupIds();

  /** Product codes inherited from a paid image. */
  public abstract List<ProductCode> productCodes();

  /** Why it is in its state (e.g. a user-initiated shutdown). */
  public abstract Optional<StateReason> stateReason();

  /** The tags. */
  public abstract Map<String, String> tags();

  /**
   * EC2's text of the fields whose value this release of ami4j does not know, keyed by the
   * field's name (e.g. {@code rootDeviceType → standard}). Such a field holds {@code UNKNOWN}
   * when it is required and is empty when it is optional; nothing EC2 answered is lost.
   */
  public abstract Map<String, String> unknownValues();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Instance}. */
  public static final class Builder extends ImmutableInstance.Builder {}
}
