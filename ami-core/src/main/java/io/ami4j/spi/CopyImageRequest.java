package io.ami4j.spi;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;
import io.ami4j.model.ImageId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.Region;
import io.ami4j.model.Tags;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** CopyImage, called in the destination region. */
@Value.Immutable
public abstract class CopyImageRequest {
  /** The image to copy. */
  public abstract ImageId sourceImageId();

  /** The region it is in. */
  public abstract Region sourceRegion();

  /** The new image's name. */
  public abstract String name();

  /** The new image's description. */
  public abstract Optional<String> description();

  /** Whether the copy's snapshots are encrypted. */
  @Value.Default
  public boolean encrypted() {
    return false;
  }

  /** The KMS key in the destination region (needs {@code encrypted}). */
  public abstract Optional<KmsKey> kmsKey();

  /** Whether the source image's user-defined tags are copied. */
  @Value.Default
  public boolean copyImageTags() {
    return false;
  }

  /** Tags for the new image. */
  public abstract Map<String, String> tags();

  /** The idempotency token: the same token with different parameters is refused. */
  public abstract Optional<String> clientToken();

  @Value.Check
  protected void check() {
    Check.matches("name", name(), Rules.IMAGE_NAME, Rules.IMAGE_NAME_RULE);
    description().ifPresent(d -> Check.that(d.length() <= Rules.DESCRIPTION_MAX, "description", d,
        "must be at most " + Rules.DESCRIPTION_MAX + " characters"));
    Tags.check(tags());
    Check.that(kmsKey().isEmpty() || encrypted(), "kmsKey", kmsKey().orElse(null),
        "must only be given with encrypted(true)");
    clientToken().ifPresent(t -> Check.that(!t.isEmpty() && t.length() <= 64, "clientToken", t,
        "must be 1 to 64 characters"));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CopyImageRequest}. */
  public static final class Builder extends ImmutableCopyImageRequest.Builder {}
}
