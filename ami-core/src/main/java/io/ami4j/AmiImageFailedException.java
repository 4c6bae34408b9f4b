package io.ami4j;

import io.ami4j.model.Image;
import io.ami4j.model.StateReason;
import java.util.Optional;

/**
 * An awaited image reached a state from which it will never become available ({@code failed},
 * {@code error}, {@code invalid}, {@code deregistered}, {@code disabled}). The error code is the
 * image's state reason code when EC2 gave one; the message says the state and the reason.
 */
public class AmiImageFailedException extends AmiStateException {
  private final transient Image image;

  /**
   * Creates the exception.
   *
   * @param image the image as last described
   * @param operation what was awaited, e.g. {@code CreateImage}
   */
  public AmiImageFailedException(Image image, String operation) {
    super(image.stateReason().map(StateReason::code).orElse("ami4j.ImageFailed"),
        operation + ": image " + image.id() + " (" + image.name() + ") is " + image.state().wireValue()
            + image.stateReason().map(r -> ": " + r.code() + ": " + r.message()).orElse(" (no state reason given)"),
        null);
    this.image = image;
  }

  /** The image as last described. */
  public Image image() {
    return image;
  }

  /** EC2's state reason, when it gave one. */
  public Optional<StateReason> stateReason() {
    return image.stateReason();
  }
}
