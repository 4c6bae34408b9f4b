package io.ami4j.testkit.fault;

import io.ami4j.spi.Ec2Action;

/** What a {@link FaultingProvider} adds to a provider: its plan, its counters, and faults on demand. */
public interface FaultControls {

  /** The counters of calls, throttled answers and injected faults. */
  FaultStats stats();

  /** The plan the faults follow. */
  FaultPlan plan();

  /**
   * Makes the next calls of {@code action} answer {@code kinds}, one each, in order, ahead of the
   * plan's scripted faults — "the next CreateImage answers InternalError".
   *
   * @param action the action
   * @param kinds the faults
   * @return the faulting provider
   */
  FaultingProvider failNext(Ec2Action action, FaultKind... kinds);
}
