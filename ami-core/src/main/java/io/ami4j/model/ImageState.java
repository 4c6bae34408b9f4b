package io.ami4j.model;

import io.ami4j.AmiStateException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The state of an image, with EC2's state machine as an explicit transition table.
 *
 * <pre>
 * pending      → available, failed, error, invalid, transient, deregistered
 * transient    → available, pending, failed, deregistered
 * available    → disabled, deregistered
 * disabled     → available, deregistered
 * failed/error/invalid → deregistered
 * deregistered → available   (restored from the Recycle Bin)
 * pending, transient → unknown → any state   (a state ami4j does not know, taken as in-between)
 * </pre>
 */
public enum ImageState implements WireValue {
  /** Being created, registered or copied. */
  PENDING("pending"),
  /** Ready to launch. */
  AVAILABLE("available"),
  /** Invalid, cannot be launched. */
  INVALID("invalid"),
  /** Deregistered; may still show for a short while, or wait in the Recycle Bin. */
  DEREGISTERED("deregistered"),
  /** Briefly between states. */
  TRANSIENT("transient"),
  /** Creation failed; see the state reason. */
  FAILED("failed"),
  /** An error occurred; see the state reason. */
  ERROR("error"),
  /** Disabled: not listed, not launchable, no launch permissions, until enabled again. */
  DISABLED("disabled"),
  /**
   * A value EC2 answered that this release of ami4j does not know. Only answers hold it; the
   * model object keeps EC2's text in its {@code unknownValues()}. Never sent to EC2.
   */
  UNKNOWN("unknown");

  private static final Map<ImageState, Set<ImageState>> NEXT = new EnumMap<>(ImageState.class);

  static {
    NEXT.put(PENDING, EnumSet.of(AVAILABLE, FAILED, ERROR, INVALID, TRANSIENT, DEREGISTERED, UNKNOWN));
    NEXT.put(TRANSIENT, EnumSet.of(AVAILABLE, PENDING, FAILED, DEREGISTERED, UNKNOWN));
    NEXT.put(AVAILABLE, EnumSet.of(DISABLED, DEREGISTERED));
    NEXT.put(DISABLED, EnumSet.of(AVAILABLE, DEREGISTERED));
    NEXT.put(FAILED, EnumSet.of(DEREGISTERED));
    NEXT.put(ERROR, EnumSet.of(DEREGISTERED));
    NEXT.put(INVALID, EnumSet.of(DEREGISTERED));
    NEXT.put(DEREGISTERED, EnumSet.of(AVAILABLE));
    // A state ami4j does not know is taken for a new in-between state: it may lead anywhere.
    NEXT.put(UNKNOWN, EnumSet.complementOf(EnumSet.of(UNKNOWN)));
  }

  private final String wire;

  ImageState(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /** The states this one may move to. */
  public Set<ImageState> next() {
    return Collections.unmodifiableSet(NEXT.get(this));
  }

  /** Whether the image may move from this state to {@code target}. */
  public boolean canMoveTo(ImageState target) {
    return NEXT.get(this).contains(target);
  }

  /**
   * Checks a transition.
   *
   * @param resource the image, for the message
   * @param target the next state
   * @return {@code target}
   * @throws AmiStateException naming both states when the transition is illegal
   */
  public ImageState moveTo(String resource, ImageState target) {
    if (!canMoveTo(target)) {
      throw AmiStateException.illegalTransition(resource, wire, target.wire);
    }
    return target;
  }

  /**
   * Whether no wait will change this state by itself: everything but pending, transient and
   * {@link #UNKNOWN}. A state ami4j does not know may be a new in-between state, so a wait keeps
   * waiting through it (and names EC2's text when it times out) rather than fail an image that
   * may still become available.
   */
  public boolean isSettled() {
    return this != PENDING && this != TRANSIENT && this != UNKNOWN;
  }

  /** Whether this state means the image will never become available ({@code failed}, {@code error}, {@code invalid}). */
  public boolean isFailure() {
    return this == FAILED || this == ERROR || this == INVALID;
  }

  /**
   * Parses EC2's spelling.
   *
   * @param text e.g. {@code available}
   * @return the state
   */
  public static ImageState fromWire(String text) {
    return WireValue.parse(ImageState.class, "imageState", text);
  }

  /**
   * Reads EC2's spelling in an answer, where a value ami4j does not know is kept, not refused.
   *
   * @param text EC2's spelling, or {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static ImageState fromAnswer(String text) {
    return WireValue.find(ImageState.class, text).orElse(UNKNOWN);
  }
}
