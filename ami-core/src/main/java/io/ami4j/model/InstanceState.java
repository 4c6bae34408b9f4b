package io.ami4j.model;

import io.ami4j.AmiStateException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The state of an instance, with EC2's state machine as an explicit transition table.
 *
 * <pre>
 * pending       → running, shutting-down
 * running       → stopping, shutting-down
 * stopping      → stopped, shutting-down
 * stopped       → pending, shutting-down
 * shutting-down → terminated
 * terminated    → (none)
 * </pre>
 */
public enum InstanceState implements WireValue {
  /** Starting. */
  PENDING("pending", 0),
  /** Running. */
  RUNNING("running", 16),
  /** Being terminated. */
  SHUTTING_DOWN("shutting-down", 32),
  /** Terminated. */
  TERMINATED("terminated", 48),
  /** Stopping. */
  STOPPING("stopping", 64),
  /** Stopped. */
  STOPPED("stopped", 80),
  /**
   * A value EC2 answered that this release of ami4j does not know. Only answers hold it; the
   * model object keeps EC2's text in its {@code unknownValues()}. Never sent to EC2.
   */
  UNKNOWN("unknown", -1);

  private static final Map<InstanceState, Set<InstanceState>> NEXT = new EnumMap<>(InstanceState.class);

  static {
    NEXT.put(PENDING, EnumSet.of(RUNNING, SHUTTING_DOWN));
    NEXT.put(RUNNING, EnumSet.of(STOPPING, SHUTTING_DOWN));
    NEXT.put(STOPPING, EnumSet.of(STOPPED, SHUTTING_DOWN));
    NEXT.put(STOPPED, EnumSet.of(PENDING, SHUTTING_DOWN));
    NEXT.put(SHUTTING_DOWN, EnumSet.of(TERMINATED));
    NEXT.put(TERMINATED, EnumSet.noneOf(InstanceState.class));
    // ami4j cannot tell where a state it does not know leads: anywhere; no known state leads to it.
    NEXT.put(UNKNOWN, EnumSet.complementOf(EnumSet.of(UNKNOWN)));
  }

  private final String wire;
  private final int code;

  InstanceState(String wire, int code) {
    this.wire = wire;
    this.code = code;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /** EC2's numeric state code (0, 16, 32, 48, 64, 80). */
  public int code() {
    return code;
  }

  /** The states this one may move to. */
  public Set<InstanceState> next() {
    return Collections.unmodifiableSet(NEXT.get(this));
  }

  /** Whether the instance may move from this state to {@code target}. */
  public boolean canMoveTo(InstanceState target) {
    return NEXT.get(this).contains(target);
  }

  /**
   * Checks a transition.
   *
   * @param resource the instance, for the message
   * @param target the next state
   * @return {@code target}
   * @throws AmiStateException naming both states when the transition is illegal
   */
  public InstanceState moveTo(String resource, InstanceState target) {
    if (!canMoveTo(target)) {
      throw AmiStateException.illegalTransition(resource, wire, target.wire);
    }
    return target;
  }

  /**
   * Whether the instance still exists in a usable sense (not shutting down or terminated). A state
   * ami4j does not know counts as live: an instance in it may still use its image.
   */
  public boolean isLive() {
    return this != SHUTTING_DOWN && this != TERMINATED;
  }

  /**
   * Parses EC2's spelling.
   *
   * @param text e.g. {@code running}
   * @return the state
   */
  public static InstanceState fromWire(String text) {
    return WireValue.parse(InstanceState.class, "instanceState", text);
  }

  /**
   * Reads EC2's spelling in an answer, where a value ami4j does not know is kept, not refused.
   *
   * @param text EC2's spelling, or {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static InstanceState fromAnswer(String text) {
    return WireValue.find(InstanceState.class, text).orElse(UNKNOWN);
  }
}
