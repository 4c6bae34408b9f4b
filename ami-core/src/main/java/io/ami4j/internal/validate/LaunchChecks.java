package io.ami4j.internal.validate;

/**
 * The checks of what RunInstances takes as plain strings (subnet, security groups, key pair,
 * instance profile, user data), shared by the launch and bake specs and the SPI request, so that
 * a bad value fails where it was given, before any remote call. The patterns are in {@link Rules}.
 */
public final class LaunchChecks {
  private LaunchChecks() {}

  /** A subnet id: {@code subnet-} + 8 or 17 hex digits. */
  public static String subnetId(String value) {
    return Check.matches("subnetId", value, Rules.SUBNET_ID, Rules.resourceIdRule("subnet"));
  }

  /** A security group id: {@code sg-} + 8 or 17 hex digits. */
  public static String securityGroupId(String value) {
    return Check.matches("securityGroupId", value, Rules.SECURITY_GROUP_ID, Rules.resourceIdRule("sg"));
  }

  /** A key pair's name. */
  public static String keyName(String value) {
    return Check.matches("keyName", value, Rules.KEY_NAME, Rules.KEY_NAME_RULE);
  }

  /** An IAM instance profile's name or ARN. */
  public static String iamInstanceProfile(String value) {
    return Check.matches("iamInstanceProfile", value, Rules.IAM_INSTANCE_PROFILE, Rules.IAM_INSTANCE_PROFILE_RULE);
  }

  /** User data: at most 16,384 bytes as UTF-8, counted before base64. */
  public static String userData(String value) {
    return Check.maxBytes("userData", value, Rules.USER_DATA_MAX_BYTES, Rules.USER_DATA_RULE);
  }
}
