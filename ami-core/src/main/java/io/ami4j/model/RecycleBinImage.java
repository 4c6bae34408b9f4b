package io.ami4j.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A deregistered image kept by a Recycle Bin retention rule, restorable until it exits. */
@Value.Immutable
public abstract class RecycleBinImage {
  /** The image id. */
  public abstract ImageId imageId();

  /** Its name. */
  public abstract String name();

  /** Its description. */
  public abstract Optional<String> description();

  /** When it entered the Recycle Bin. */
  public abstract Instant enterTime();

  /** When it will be deleted for good. */
  public abstract Instant exitTime();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RecycleBinImage}. */
  public static final class Builder extends ImmutableRecycleBinImage.Builder {}
}
