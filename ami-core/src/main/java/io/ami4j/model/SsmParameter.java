package io.ami4j.model;

import org.immutables.value.Value;

/** An SSM parameter, e.g. {@code /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}. */
@Value.Immutable
public abstract class SsmParameter {
  /** The parameter's full name. */
  public abstract String name();

  /** Its value (for the public AMI parameters, an image id). */
  public abstract String value();

  /** Its version. */
  @Value.Default
  public long version() {
    return 1;
  }

  /**
   * Makes a parameter.
   *
   * @param name the name
   * @param value the value
   * @return the parameter
   */
  public static SsmParameter of(String name, String value) {
    return ImmutableSsmParameter.builder().name(name).value(value).build();
  }

  /**
   * Makes a parameter with its version.
   *
   * @param name the name
   * @param value the value
   * @param version the version (1 or more)
   * @return the parameter
   */
  public static SsmParameter of(String name, String value, long version) {
    return ImmutableSsmParameter.builder().name(name).value(value).version(version).build();
  }
}
