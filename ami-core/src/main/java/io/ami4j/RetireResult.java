package io.ami4j;

import io.ami4j.internal.value.AmiStyle;
import io.ami4j.model.ImageId;
import io.ami4j.spi.Ec2Action;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link RetireSpec#apply()} did: the image and the EC2 actions run on it, in order.
 *
 * <pre>{@code
 * RetireResult r = amis.retire(id).deprecateAt(at).protect(true).apply();
 * r.actions();   // [ENABLE_IMAGE_DEPRECATION, ENABLE_IMAGE_DEREGISTRATION_PROTECTION]
 * }</pre>
 *
 * <p>Tests that stub ami4j build one with {@link #builder()}.
 */
@AmiStyle
@Value.Immutable
public abstract class RetireResult {
  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RetireResult}. */
  public static final class Builder extends ImmutableRetireResult.Builder {}

  /** The image. */
  public abstract ImageId image();

  /** The actions run, in the order the spec named them. */
  public abstract List<Ec2Action> actions();

  @Override
  public String toString() {
    return "RetireResult[" + image() + ", " + actions() + "]";
  }
}
