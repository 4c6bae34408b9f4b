package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An AWS region such as {@code us-east-1}. Knows its partition: regions starting {@code cn-}
 * are in {@code aws-cn}, those starting {@code us-gov-} in {@code aws-us-gov}, the isolated
 * regions ({@code us-iso-east-1}, {@code us-isob-east-1}, …) in {@code aws-iso}, {@code aws-iso-b},
 * …, all others in {@code aws}.
 */
@Value.Immutable
public abstract class Region implements Comparable<Region> {
  private static final Pattern ISOLATED = Pattern.compile("[a-z]{2}-iso([a-z]?)-.+");

  Region() {}

  /**
   * Parses and validates a region name.
   *
   * @param name e.g. {@code eu-west-1}
   * @return the region
   * @throws io.ami4j.AmiValidationException if it is not of a region's form
   */
  public static Region of(String name) {
    return ImmutableRegion.of(Check.matches("region", name, Rules.REGION, Rules.REGION_RULE));
  }

  /** The region's name, e.g. {@code us-east-1}. */
  @Value.Parameter
  public abstract String name();

  /** The partition: {@code aws}, {@code aws-cn}, {@code aws-us-gov}, or {@code aws-iso…} for an isolated region. */
  public String partition() {
    if (name().startsWith("cn-")) {
      return "aws-cn";
    }
    Matcher isolated = ISOLATED.matcher(name());
    if (isolated.matches()) {
      // us-iso-east-1 is in aws-iso, us-isob-east-1 in aws-iso-b, eu-isoe-west-1 in aws-iso-e.
      return isolated.group(1).isEmpty() ? "aws-iso" : "aws-iso-" + isolated.group(1);
    }
    if (name().startsWith("us-gov-")) {
      return "aws-us-gov";
    }
    return "aws";
  }

  @Override
  public int compareTo(Region o) {
    return name().compareTo(o.name());
  }

  @Override
  public String toString() {
    return name();
  }
}
