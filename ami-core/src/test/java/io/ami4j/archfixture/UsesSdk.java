package io.ami4j.archfixture;

import software.amazon.awssdk.archfixture.SdkStandIn;

/** Depends on a class of the AWS SDK's packages. */
public final class UsesSdk {
  /** The SDK type in a field is enough to be a dependency. */
  private SdkStandIn client;

  /** Reads the field so that it is not unused. */
  @Override
  public String toString() {
    return String.valueOf(client);
  }
}
