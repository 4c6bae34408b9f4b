package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;

/**
 * An AWS region such as {@code us-east-1}. Knows its partition: regions starting {@code cn-}
 * are in {@code aws-cn}, those starting {@code us-gov-} in {@code aws-us-gov}, all others in
 * {@code aws}.
 */
public final class Region implements Comparable<Region> {
  private final String name;

  private Region(String name) {
    this.name = name;
  }

  /**
   * Parses and validates a region name.
   *
   * @param name e.g. {@code eu-west-1}
   * @return the region
   * @throws io.ami4j.AmiValidationException if it is not of a region's form
   */
  public static Region of(String name) {
    return new Region(Check.matches("region", name, Rules.REGION, Rules.REGION_RULE));
  }

  /** The region's name, e.g. {@code us-east-1}. */
  public String name() {
    return name;
  }

  /** The partition: {@code aws}, {@code aws-cn} or {@code aws-us-gov}. */
  public String partition() {
    if (name.startsWith("cn-")) {
      return "aws-cn";
    }
    if (name.startsWith("us-gov-")) {
      return "aws-us-gov";
    }
    return "aws";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Region && ((Region) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public int compareTo(Region o) {
    return name.compareTo(o.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
