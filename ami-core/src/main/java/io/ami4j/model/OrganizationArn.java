package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;
import org.immutables.value.Value;

/**
 * The ARN of an AWS Organization, e.g.
 * {@code arn:aws:organizations::123456789012:organization/o-exampleorgid}.
 */
@Value.Immutable
public abstract class OrganizationArn {
  OrganizationArn() {}

  /**
   * Parses and validates an organization ARN.
   *
   * @param value the ARN
   * @return the ARN
   * @throws io.ami4j.AmiValidationException if it is not of that form
   */
  public static OrganizationArn of(String value) {
    return ImmutableOrganizationArn.of(
        Check.matches("organizationArn", value, Rules.ORGANIZATION_ARN, Rules.ORGANIZATION_ARN_RULE));
  }

  /** The ARN. */
  @Value.Parameter
  public abstract String value();

  /** The organization id, {@code o-…}. */
  public String organizationId() {
    return value().substring(value().lastIndexOf('/') + 1);
  }

  @Override
  public String toString() {
    return value();
  }
}
