package io.ami4j.testkit;

import java.util.Objects;

/**
 * One tag an account set on a resource, as EC2's DescribeTags lists it.
 *
 * @param resourceId the resource, e.g. {@code ami-…}
 * @param resourceType EC2's type name: {@code image}, {@code snapshot} or {@code instance}
 * @param key the key
 * @param value the value
 */
public record ResourceTag(String resourceId, String resourceType, String key, String value) {
  /** Checks that no component is {@code null}. */
  public ResourceTag {
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
