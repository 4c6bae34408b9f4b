package software.amazon.awssdk.archfixture;

/**
 * Stands in for an AWS SDK type (by package name only), so that the architecture rule against
 * SDK dependencies in ami-core can be shown to fail without the SDK on ami-core's class path.
 */
public final class SdkStandIn {
  /** Not meant to be made. */
  private SdkStandIn() {}
}
