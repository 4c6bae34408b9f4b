package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;

/**
 * The ARN of an AWS Organization, e.g.
 * {@code arn:aws:organizations::123456789012:organization/o-exampleorgid}.
 */
public final class OrganizationArn {
  private final String value;

  private OrganizationArn(String value) {
    this.value = value;
  }

  /**
   * Parses and validates an organization ARN.
   *
   * @param value the ARN
   * @return the ARN
   * @throws io.ami4j.AmiValidationException if it is not of that form
   */
  public static OrganizationArn of(String value) {
    return new OrganizationArn(
        Check.matches("organizationArn", value, Rules.ORGANIZATION_ARN, Rules.ORGANIZATION_ARN_RULE));
  }

  /** The ARN. */
  public String value() {
    return value;
  }

  /** The organization id, {@code o-…}. */
  public String organizationId() {
    return value.substring(value.lastIndexOf('/') + 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrganizationArn && ((OrganizationArn) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
