package io.ami4j.testkit.http;

import io.ami4j.model.AccountId;
import io.ami4j.model.Region;
import io.ami4j.testkit.FakeEc2;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who calls and where, read from the request's SigV4 credential scope
 * ({@code Credential=AKID/20261127/us-east-1/ec2/aws4_request}, in the {@code Authorization}
 * header or a presigned URL's {@code X-Amz-Credential}). Signatures are parsed, never verified:
 * the fake trusts its caller.
 *
 * <p>An access key id of exactly twelve digits <em>is</em> that account; any other key calls as
 * the {@linkplain #DEFAULT_ACCOUNT default account}, so cross-account sharing can be exercised
 * through real clients by choosing access keys.
 */
final class Caller {
  /** The account of every access key that is not a 12-digit account id. */
  static final AccountId DEFAULT_ACCOUNT = FakeEc2.DEFAULT_ACCOUNT;
  /** The region of an unsigned request or one whose scope names none. */
  static final Region DEFAULT_REGION = Region.of("us-east-1");

  private static final Pattern CREDENTIAL =
      Pattern.compile("Credential=([^/,\\s]+)/[0-9]{8}/([^/,\\s]+)/([^/,\\s]+)/aws4_request");
  private static final Pattern SCOPE =
      Pattern.compile("([^/]+)/[0-9]{8}/([^/]+)/([^/]+)/aws4_request");
  private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");

  private final String accessKeyId;
  private final AccountId account;
  private final Region region;

  private Caller(String accessKeyId, AccountId account, Region region) {
    this.accessKeyId = accessKeyId;
    this.account = account;
    this.region = region;
  }

  /**
   * Reads the caller from an {@code Authorization} header and, failing that, from a presigned
   * request's {@code X-Amz-Credential} parameter.
   *
   * @param authorization the header, or {@code null}
   * @param presignedCredential the parameter, or {@code null}
   * @return the caller
   */
  static Caller from(String authorization, String presignedCredential) {
    String key = null;
    String region = null;
    if (authorization != null) {
      Matcher m = CREDENTIAL.matcher(authorization);
      if (m.find()) {
        key = m.group(1);
        region = m.group(2);
      }
    }
    if (key == null && presignedCredential != null) {
      Matcher m = SCOPE.matcher(presignedCredential);
      if (m.matches()) {
        key = m.group(1);
        region = m.group(2);
      }
    }
    AccountId account = key != null && TWELVE_DIGITS.matcher(key).matches()
        ? AccountId.of(key) : DEFAULT_ACCOUNT;
    Region r = DEFAULT_REGION;
    if (region != null) {
      try {
        r = Region.of(region);
      } catch (RuntimeException notARegion) {
        // A scope such as "us-east-1" is the norm; anything else (a test's "local") falls back.
        r = DEFAULT_REGION;
      }
    }
    return new Caller(key == null ? "anonymous" : key, account, r);
  }

  /** The access key id the request was signed with ({@code anonymous} if unsigned). */
  String accessKeyId() {
    return accessKeyId;
  }

  /** The account the request acts for. */
  AccountId account() {
    return account;
  }

  /** The region of the credential scope. */
  Region region() {
    return region;
  }
}
