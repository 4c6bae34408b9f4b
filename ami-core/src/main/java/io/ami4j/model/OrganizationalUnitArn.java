package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;

/**
 * The ARN of an organizational unit, e.g.
 * {@code arn:aws:organizations::123456789012:ou/o-exampleorgid/ou-ab12-cdef3456}.
 */
public final class OrganizationalUnitArn {
  private final String value;

  private OrganizationalUnitArn(String value) {
    this.value = value;
  }

  /**
   * Parses and validates an OU ARN.
   *
   * @param value the ARN
   * @return the ARN
   * @throws io.ami4j.AmiValidationException if it is not of that form
   */
  public static OrganizationalUnitArn of(String value) {
    return new OrganizationalUnitArn(Check.matches("organizationalUnitArn", value, Rules.OU_ARN, Rules.OU_ARN_RULE));
  }

  /** The ARN. */
  public String value() {
    return value;
  }

  /** The id of the organization the OU belongs to, {@code o-…}. */
  public String organizationId() {
    String[] parts = value.split("/");
    return parts[1];
  }

  /** The OU's id, {@code ou-…}. */
  public String unitId() {
    return value.substring(value.lastIndexOf('/') + 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrganizationalUnitArn && ((OrganizationalUnitArn) o).value.equals(value);
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
