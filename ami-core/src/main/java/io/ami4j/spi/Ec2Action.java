package io.ami4j.spi;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every remote action ami4j calls, with its name on the wire and the token bucket that paces it
 * (EC2 throttles per account, region and action; see {@link RateLimits}).
 */
public enum Ec2Action {
  /** STS GetCallerIdentity. */
  GET_CALLER_IDENTITY("GetCallerIdentity", Bucket.IDENTITY),
  /** DescribeImages. */
  DESCRIBE_IMAGES("DescribeImages", Bucket.DESCRIBE),
  /** CreateImage. */
  CREATE_IMAGE("CreateImage", Bucket.MUTATING),
  /** RegisterImage. */
  REGISTER_IMAGE("RegisterImage", Bucket.MUTATING),
  /** CopyImage. */
  COPY_IMAGE("CopyImage", Bucket.COPY_IMAGE),
  /** DeregisterImage (with or without its snapshots: one call). */
  DEREGISTER_IMAGE("DeregisterImage", Bucket.DEREGISTER_IMAGE),
  /** DescribeImageAttribute. */
  DESCRIBE_IMAGE_ATTRIBUTE("DescribeImageAttribute", Bucket.DESCRIBE),
  /** ModifyImageAttribute. */
  MODIFY_IMAGE_ATTRIBUTE("ModifyImageAttribute", Bucket.MODIFY_IMAGE_ATTRIBUTE),
  /** ResetImageAttribute. */
  RESET_IMAGE_ATTRIBUTE("ResetImageAttribute", Bucket.MODIFY_IMAGE_ATTRIBUTE),
  /** CancelImageLaunchPermission. */
  CANCEL_IMAGE_LAUNCH_PERMISSION("CancelImageLaunchPermission", Bucket.MUTATING),
  /** EnableImageDeprecation. */
  ENABLE_IMAGE_DEPRECATION("EnableImageDeprecation", Bucket.MUTATING),
  /** DisableImageDeprecation. */
  DISABLE_IMAGE_DEPRECATION("DisableImageDeprecation", Bucket.MUTATING),
  /** EnableImageDeregistrationProtection. */
  ENABLE_IMAGE_DEREGISTRATION_PROTECTION("EnableImageDeregistrationProtection", Bucket.MUTATING),
  /** DisableImageDeregistrationProtection. */
  DISABLE_IMAGE_DEREGISTRATION_PROTECTION("DisableImageDeregistrationProtection", Bucket.MUTATING),
  /** DisableImage. */
  DISABLE_IMAGE("DisableImage", Bucket.MUTATING),
  /** EnableImage. */
  ENABLE_IMAGE("EnableImage", Bucket.MUTATING),
  /** ListImagesInRecycleBin. */
  LIST_IMAGES_IN_RECYCLE_BIN("ListImagesInRecycleBin", Bucket.DESCRIBE),
  /** RestoreImageFromRecycleBin. */
  RESTORE_IMAGE_FROM_RECYCLE_BIN("RestoreImageFromRecycleBin", Bucket.MUTATING),
  /** DescribeImageReferences. */
  DESCRIBE_IMAGE_REFERENCES("DescribeImageReferences", Bucket.DESCRIBE),
  /** GetImageBlockPublicAccessState. */
  GET_IMAGE_BLOCK_PUBLIC_ACCESS_STATE("GetImageBlockPublicAccessState", Bucket.DESCRIBE),
  /** EnableImageBlockPublicAccess. */
  ENABLE_IMAGE_BLOCK_PUBLIC_ACCESS("EnableImageBlockPublicAccess", Bucket.MUTATING),
  /** DisableImageBlockPublicAccess. */
  DISABLE_IMAGE_BLOCK_PUBLIC_ACCESS("DisableImageBlockPublicAccess", Bucket.MUTATING),
  /** DescribeSnapshots. */
  DESCRIBE_SNAPSHOTS("DescribeSnapshots", Bucket.DESCRIBE),
  /** DeleteSnapshot. */
  DELETE_SNAPSHOT("DeleteSnapshot", Bucket.DELETE_SNAPSHOT),
  /** DescribeSnapshotAttribute. */
  DESCRIBE_SNAPSHOT_ATTRIBUTE("DescribeSnapshotAttribute", Bucket.DESCRIBE),
  /** ModifySnapshotAttribute. */
  MODIFY_SNAPSHOT_ATTRIBUTE("ModifySnapshotAttribute", Bucket.MUTATING),
  /** RunInstances. */
  RUN_INSTANCES("RunInstances", Bucket.RUN_INSTANCES),
  /** DescribeInstances. */
  DESCRIBE_INSTANCES("DescribeInstances", Bucket.DESCRIBE),
  /** TerminateInstances. */
  TERMINATE_INSTANCES("TerminateInstances", Bucket.MUTATING),
  /** CreateTags. */
  CREATE_TAGS("CreateTags", Bucket.TAGS),
  /** DeleteTags. */
  DELETE_TAGS("DeleteTags", Bucket.TAGS),
  /** DescribeTags. */
  DESCRIBE_TAGS("DescribeTags", Bucket.DESCRIBE),
  /**
   * KMS DescribeKey. Paced with the describe bucket: KMS's own quota for it is far larger, and
   * the engine asks once per key.
   */
  DESCRIBE_KEY("DescribeKey", Bucket.DESCRIBE),
  /** SSM GetParameter. */
  GET_PARAMETER("GetParameter", Bucket.SSM),
  /** SSM GetParameters. */
  GET_PARAMETERS("GetParameters", Bucket.SSM),
  /** SSM GetParametersByPath. */
  GET_PARAMETERS_BY_PATH("GetParametersByPath", Bucket.SSM);

  /** The token buckets EC2 (and SSM, STS) keep per account and region. */
  public enum Bucket {
    /** Non-mutating Describe* actions. */
    DESCRIBE,
    /** Mutating actions without a bucket of their own. */
    MUTATING,
    /** CopyImage. */
    COPY_IMAGE,
    /** DeregisterImage. */
    DEREGISTER_IMAGE,
    /** ModifyImageAttribute and ResetImageAttribute. */
    MODIFY_IMAGE_ATTRIBUTE,
    /** CreateTags and DeleteTags. */
    TAGS,
    /** DeleteSnapshot. */
    DELETE_SNAPSHOT,
    /** RunInstances. */
    RUN_INSTANCES,
    /** SSM parameter reads. */
    SSM,
    /** STS identity. */
    IDENTITY
  }

  private static final Map<Method, Optional<Ec2Action>> MARKS = new ConcurrentHashMap<>();

  private final String wireName;
  private final Bucket bucket;

  Ec2Action(String wireName, Bucket bucket) {
    this.wireName = wireName;
    this.bucket = bucket;
  }

  /** The action's name on the wire, e.g. {@code DescribeImages}. */
  public String wireName() {
    return wireName;
  }

  /** The bucket that paces it. */
  public Bucket bucket() {
    return bucket;
  }

  /**
   * Whether the action changes something: every action paced by a bucket other than the
   * describe, SSM and identity buckets. A dry run of such an action must change nothing.
   *
   * @return whether it mutates
   */
  public boolean mutating() {
    return bucket != Bucket.DESCRIBE && bucket != Bucket.SSM && bucket != Bucket.IDENTITY;
  }

  /**
   * The action a provider method calls, read from its {@link Ec2Call} mark — on the method itself
   * or, for an implementation's method, on the {@link AmiProvider} method it implements.
   *
   * @param method a method of a provider
   * @return its action; empty for methods that call nothing remote ({@code id()}, {@code close()},
   *     {@code Object}'s methods, a decorator's own methods)
   */
  public static Optional<Ec2Action> of(Method method) {
    return MARKS.computeIfAbsent(method, Ec2Action::read);
  }

  private static Optional<Ec2Action> read(Method method) {
    Ec2Call mark = method.getAnnotation(Ec2Call.class);
    if (mark != null) {
      return Optional.of(mark.value());
    }
    if (method.getDeclaringClass().isInterface() || !AmiProvider.class.isAssignableFrom(method.getDeclaringClass())) {
      return Optional.empty();
    }
    try {
      Ec2Call declared = AmiProvider.class.getMethod(method.getName(), method.getParameterTypes())
          .getAnnotation(Ec2Call.class);
      return Optional.ofNullable(declared).map(Ec2Call::value);
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }
}
