package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;
import org.immutables.value.Value;

/**
 * The ARN of an organizational unit, e.g.
 * {@code arn:aws:organizations::123456789012:ou/o-exampleorgid/ou-ab12-cdef3456}.
 */
@Value.Immutable
public abstract class OrganizationalUnitArn {
  OrganizationalUnitArn() {}

  /**
   * Parses and validates an OU ARN.
   *
   * @param value the ARN
   * @return the ARN
   * @throws io.ami4j.AmiValidationException if it is not of that form
   */
  public static OrganizationalUnitArn of(String value) {
    return ImmutableOrganizationalUnitArn.of(Check.matches("organizationalUnitArn", value, Rules.OU_ARN, Rules.OU_ARN_RULE));
  }

  /** The ARN. */
  @Value.Parameter
  public abstract String value();

  /** The id of the organization the OU belongs to, {@code o-…}. */
  public String organizationId() {
    String[] parts = value().split("/");
    return parts[1];
  }

  /** The OU's id, {@code ou-…}. */
  public String unitId() {
    return value().substring(value().lastIndexOf('/') + 1);
  }

  @Override
  public String toString() {
    return value();
  }
}
