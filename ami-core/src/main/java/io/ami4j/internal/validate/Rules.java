package io.ami4j.internal.validate;

import java.util.regex.Pattern;

/** EC2's validation rules as patterns, one place for every check (see EC2-FACTS "Validation rules"). */
public final class Rules {
  private Rules() {}

  /** Resource id: prefix, dash, 8 or 17 lowercase hex digits. */
  public static Pattern resourceId(String prefix) {
    return Pattern.compile(Pattern.quote(prefix) + "-([0-9a-f]{8}|[0-9a-f]{17})");
  }

  /** The rule text for {@link #resourceId(String)}. */
  public static String resourceIdRule(String prefix) {
    return "must be '" + prefix + "-' followed by 8 or 17 lowercase hexadecimal digits";
  }

  public static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");
  public static final String ACCOUNT_ID_RULE = "must be exactly 12 digits";

  public static final Pattern PARTITION = Pattern.compile("aws|aws-cn|aws-us-gov");

  public static final Pattern ORGANIZATION_ARN =
      Pattern.compile("arn:(aws|aws-cn|aws-us-gov):organizations::[0-9]{12}:organization/o-[a-z0-9]{10,32}");
  public static final String ORGANIZATION_ARN_RULE =
      "must be arn:<aws|aws-cn|aws-us-gov>:organizations::<12 digits>:organization/o-<10 to 32 lowercase letters or digits>";

  public static final Pattern OU_ARN = Pattern.compile(
      "arn:(aws|aws-cn|aws-us-gov):organizations::[0-9]{12}:ou/o-[a-z0-9]{10,32}/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}");
  public static final String OU_ARN_RULE =
      "must be arn:<partition>:organizations::<12 digits>:ou/o-<10 to 32 lowercase alnum>/ou-<4 to 32>-<8 to 32 lowercase alnum>";

  public static final Pattern REGION =
      Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}");
  public static final String REGION_RULE =
      "must be a region name such as us-east-1, eu-west-1 or us-gov-west-1";

  public static final Pattern IMAGE_NAME = Pattern.compile("[A-Za-z0-9 ()\\[\\]./\\-'@_]{3,128}");
  public static final String IMAGE_NAME_RULE =
      "must be 3 to 128 characters of letters, digits, space and ( ) [ ] . / - ' @ _";

  public static final int DESCRIPTION_MAX = 255;

  public static final int TAGS_MAX = 50;
  public static final int TAG_KEY_MAX = 128;
  public static final int TAG_VALUE_MAX = 256;

  public static final Pattern DEVICE_NAME =
      Pattern.compile("/dev/(sd[a-z]{1,2}[0-9]{0,2}|xvd[a-z]{1,2}[0-9]{0,2}|hd[a-z][0-9]{0,2})|xvd[a-z]{1,2}");
  public static final String DEVICE_NAME_RULE =
      "must be a device name such as /dev/xvda, /dev/sda1, /dev/sdf or xvdf";

  public static final Pattern VIRTUAL_NAME = Pattern.compile("ephemeral([0-9]|1[0-9]|2[0-3])");
  public static final String VIRTUAL_NAME_RULE = "must be ephemeral0 to ephemeral23";

  public static final Pattern KMS_KEY = Pattern.compile(
      "(alias/[A-Za-z0-9/_-]{1,250})"
          + "|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
          + "|(mrk-[0-9a-f]{32})"
          + "|(arn:(aws|aws-cn|aws-us-gov):kms:[a-z0-9-]+:[0-9]{12}:(key/[A-Za-z0-9-]+|alias/[A-Za-z0-9/_-]+))");
  public static final String KMS_KEY_RULE =
      "must be a KMS key id, an alias/NAME, a multi-Region mrk-… id, or a key or alias ARN";

  /** EC2's limit of user data: 16 KB of the raw data, counted in bytes before base64 encoding. */
  public static final int USER_DATA_MAX_BYTES = 16_384;
  public static final String USER_DATA_RULE =
      "must be at most 16 KiB: 16384 bytes of the raw user data as UTF-8, before base64 encoding (EC2's limit)";

  public static final Pattern SUBNET_ID = resourceId("subnet");
  public static final Pattern SECURITY_GROUP_ID = resourceId("sg");

  /** A key pair's name (RunInstances takes the name, not the {@code key-…} id): up to 255 ASCII characters. */
  public static final Pattern KEY_NAME = Pattern.compile("[\\x20-\\x7E]{1,255}");
  public static final String KEY_NAME_RULE = "must be a key pair name of 1 to 255 printable ASCII characters";

  /** An IAM instance profile's name or ARN. */
  public static final Pattern IAM_INSTANCE_PROFILE = Pattern.compile("[A-Za-z0-9+=,.@_-]{1,128}"
      + "|arn:(aws|aws-cn|aws-us-gov):iam::[0-9]{12}:instance-profile/[A-Za-z0-9+=,.@_/-]{1,512}");
  public static final String IAM_INSTANCE_PROFILE_RULE =
      "must be an instance profile name (1 to 128 of letters, digits and + = , . @ _ -)"
          + " or arn:<partition>:iam::<12 digits>:instance-profile/NAME";

  /** EC2's limit of sharing entities (accounts, organizations, OUs) per image. */
  public static final int LAUNCH_PERMISSIONS_MAX = 1000;

  public static final Pattern IMAGE_LOCATION = Pattern.compile("[a-z0-9][a-z0-9.\\-]{1,61}[a-z0-9]/.+\\.manifest\\.xml");
  public static final String IMAGE_LOCATION_RULE =
      "must be an S3 path BUCKET/KEY of an instance-store manifest ending in .manifest.xml";
}
