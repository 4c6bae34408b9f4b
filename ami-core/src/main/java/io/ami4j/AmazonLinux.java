package io.ami4j;

import io.ami4j.model.Architecture;

/**
 * Amazon Linux releases, found through AWS's public SSM parameters (always the newest image of
 * the release, published by Amazon).
 *
 * <pre>{@code
 * Image al = amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.ARM64);
 * }</pre>
 */
public enum AmazonLinux {
  /** Amazon Linux 2023, default kernel. */
  AL2023("al2023-ami-kernel-default-"),
  /** Amazon Linux 2, HVM, gp2 root volume. */
  AL2("amzn2-ami-hvm-");

  private static final String PREFIX = "/aws/service/ami-amazon-linux-latest/";

  private final String stem;

  AmazonLinux(String stem) {
    this.stem = stem;
  }

  /**
   * The public SSM parameter that holds the newest image id of this release.
   *
   * @param architecture {@link Architecture#X86_64} or {@link Architecture#ARM64}
   * @return e.g. {@code /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}
   * @throws AmiValidationException for another architecture
   */
  public String parameterName(Architecture architecture) {
    if (architecture != Architecture.X86_64 && architecture != Architecture.ARM64) {
      throw new AmiValidationException("architecture", architecture,
          "must be x86_64 or arm64: Amazon Linux publishes no other");
    }
    String arch = architecture.wireValue();
    return PREFIX + stem + arch + (this == AL2 ? "-gp2" : "");
  }
}
