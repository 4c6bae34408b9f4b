package io.ami4j.aws.internal.client;

import io.ami4j.internal.validate.Check;
import io.ami4j.model.Region;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Credentials of a role in another account, obtained through STS AssumeRole with a source
 * account's credentials and refreshed by the SDK before they expire. Owns its STS client.
 */
public final class AssumedRole implements SdkAutoCloseable {
  /** IAM role ARNs: {@code arn:aws:iam::123456789012:role/path/Name}. */
  static final Pattern ROLE_ARN =
      Pattern.compile("arn:(aws|aws-cn|aws-us-gov):iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}");
  /** STS session names: 2 to 64 of letters, digits and {@code +=,.@-_}. */
  static final Pattern SESSION_NAME = Pattern.compile("[A-Za-z0-9+=,.@_-]{2,64}");

  private final StsClient sts;
  private final StsAssumeRoleCredentialsProvider credentials;

  private AssumedRole(StsClient sts, StsAssumeRoleCredentialsProvider credentials) {
    this.sts = sts;
    this.credentials = credentials;
  }

  /**
   * Checks a role ARN and a session name.
   *
   * @param roleArn the role
   * @param sessionName the session name
   * @throws io.ami4j.AmiValidationException naming the rule broken
   */
  public static void check(String roleArn, String sessionName) {
    Check.matches("roleArn", roleArn, ROLE_ARN, "must be an IAM role ARN such as arn:aws:iam::123456789012:role/Name");
    Check.matches("sessionName", sessionName, SESSION_NAME,
        "must be 2 to 64 letters, digits or any of + = , . @ - _");
  }

  /**
   * Sets up the role's credentials; STS is first called when they are first needed.
   *
   * @param source the settings whose credentials assume the role
   * @param stsRegion the region of the STS endpoint to call
   * @param roleArn the role
   * @param sessionName the session name, shown in the other account's CloudTrail
   * @return the credentials
   */
  public static AssumedRole of(ClientSettings source, Region stsRegion, String roleArn, String sessionName) {
    check(roleArn, sessionName);
    StsClient sts = source.applyTo(StsClient.builder(), AwsClients.sdkRegion(stsRegion)).build();
    StsAssumeRoleCredentialsProvider credentials = StsAssumeRoleCredentialsProvider.builder()
        .stsClient(sts)
        .refreshRequest(r -> r.roleArn(roleArn).roleSessionName(sessionName))
        .build();
    return new AssumedRole(sts, credentials);
  }

  /** The role's credentials. */
  public AwsCredentialsProvider credentials() {
    return credentials;
  }

  @Override
  public void close() {
    credentials.close();
    sts.close();
  }
}
