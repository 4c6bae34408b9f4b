package io.ami4j.model;

import java.util.Objects;

/**
 * An EC2 resource id such as {@code ami-0123456789abcdef0}. Subtypes validate their prefix and
 * form when made, so a value of this type is always well-formed.
 */
public abstract class ResourceId implements Comparable<ResourceId> {
  private final String value;

  /**
   * For subtypes, which validate {@code value} first.
   *
   * @param value the validated id
   */
  protected ResourceId(String value) {
    this.value = value;
  }

  /** The id as EC2 writes it. */
  public final String value() {
    return value;
  }

  @Override
  public final boolean equals(Object o) {
    return o instanceof ResourceId other && o.getClass() == getClass()
        && other.value.equals(value);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass(), value);
  }

  @Override
  public final int compareTo(ResourceId o) {
    return value.compareTo(o.value);
  }

  @Override
  public final String toString() {
    return value;
  }
}
