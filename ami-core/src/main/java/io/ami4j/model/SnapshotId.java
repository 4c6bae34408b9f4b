package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;
import java.util.regex.Pattern;

/**
 * The id of an EBS snapshot: {@code snap-} followed by 8 or 17 lowercase hexadecimal digits.
 *
 * <pre>{@code SnapshotId id = SnapshotId.of("snap-0123456789abcdef0"); }</pre>
 */
public final class SnapshotId extends ResourceId {
  private static final Pattern FORM = Rules.resourceId("snap");

  private SnapshotId(String value) {
    super(value);
  }

  /**
   * Parses and validates an id.
   *
   * @param value the id, e.g. {@code snap-0123456789abcdef0}
   * @return the id
   * @throws io.ami4j.AmiValidationException if the value is not of that form
   */
  public static SnapshotId of(String value) {
    return new SnapshotId(Check.matches("snapshotId", value, FORM, Rules.resourceIdRule("snap")));
  }
}
