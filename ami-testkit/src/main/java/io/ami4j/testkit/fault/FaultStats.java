package io.ami4j.testkit.fault;

import io.ami4j.spi.Ec2Action;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What a {@link FaultingProvider} has seen and done: calls per action, {@code RequestLimitExceeded}
 * answers, and injected faults per kind. A live, thread-safe view; read it at any time.
 *
 * <pre>{@code
 * FaultStats stats = faulting.stats();
 * System.out.println("throttled_answers=" + stats.throttledAnswers());
 * }</pre>
 */
public final class FaultStats {
  private final AtomicLongArray calls = new AtomicLongArray(Ec2Action.values().length);
  private final AtomicLongArray injected = new AtomicLongArray(FaultKind.values().length);
  private final AtomicLongArray throttledByAction = new AtomicLongArray(Ec2Action.values().length);

  FaultStats() {}

  /** Counts a call and answers its number among calls of that action, from 1. */
  long countCall(Ec2Action action) {
    return calls.incrementAndGet(action.ordinal());
  }

  void countThrottled(Ec2Action action) {
    throttledByAction.incrementAndGet(action.ordinal());
  }

  void countInjected(FaultKind kind) {
    injected.incrementAndGet(kind.ordinal());
  }

  /**
   * Calls of one action that reached the decorator, whatever their answer.
   *
   * @param action the action
   * @return the count
   */
  public long calls(Ec2Action action) {
    return calls.get(action.ordinal());
  }

  /** Calls of every action that reached the decorator. */
  public long totalCalls() {
    return sum(calls);
  }

  /** Calls per action, for the actions called at least once. */
  public Map<Ec2Action, Long> callsByAction() {
    Map<Ec2Action, Long> m = new EnumMap<>(Ec2Action.class);
    for (Ec2Action a : Ec2Action.values()) {
      if (calls.get(a.ordinal()) > 0) {
        m.put(a, calls.get(a.ordinal()));
      }
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * Answers {@code RequestLimitExceeded}, from an empty bucket or injected
   * ({@link FaultKind#THROTTLING}): what a benchmark reports as {@code throttled_answers}.
   *
   * @return the count
   */
  public long throttledAnswers() {
    return sum(throttledByAction);
  }

  /**
   * {@code RequestLimitExceeded} answers to one action.
   *
   * @param action the action
   * @return the count
   */
  public long throttledAnswers(Ec2Action action) {
    return throttledByAction.get(action.ordinal());
  }

  /**
   * Faults injected of one kind (scripted or random; bucket throttling is not injected and is
   * counted only in {@link #throttledAnswers()}). For {@link FaultKind#CONSISTENCY_LAG}, the calls
   * answered {@code InvalidAMIID.NotFound} because of lag.
   *
   * @param kind the kind
   * @return the count
   */
  public long injected(FaultKind kind) {
    return injected.get(kind.ordinal());
  }

  /** Faults injected of every kind. */
  public long injectedFaults() {
    return sum(injected);
  }

  @Override
  public String toString() {
    Map<FaultKind, Long> byKind = new EnumMap<>(FaultKind.class);
    for (FaultKind k : FaultKind.values()) {
      byKind.put(k, injected(k));
    }
    return "FaultStats[calls=" + totalCalls() + ", throttled_answers=" + throttledAnswers()
        + ", injected=" + byKind + "]";
  }

  private static long sum(AtomicLongArray counters) {
    long sum = 0;
    for (int i = 0; i < counters.length(); i++) {
      sum += counters.get(i);
    }
    return sum;
  }
}
