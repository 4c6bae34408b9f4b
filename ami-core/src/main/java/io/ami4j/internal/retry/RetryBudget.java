package io.ami4j.internal.retry;

import io.ami4j.RetryPolicy;

/**
 * A client-wide allowance of retries, as AWS advises: each retry spends
 * {@link RetryPolicy#RETRY_COST} tokens, each successful call returns one, so that when a backend
 * keeps failing, retries stop instead of multiplying the load.
 */
public final class RetryBudget {
  private final int capacity;
  private final boolean exempt;
  private int tokens;

  /**
   * A full budget.
   *
   * @param capacity tokens when full
   */
  public RetryBudget(int capacity) {
    this(capacity, false);
  }

  private RetryBudget(int capacity, boolean exempt) {
    this.capacity = capacity;
    this.exempt = exempt;
    this.tokens = capacity;
  }

  /**
   * A budget that never runs out: for compensating calls (terminating the caller's own instances,
   * removing its own partial images), which must not be starved when failing work has spent the
   * client's budget. They stay bounded by the retry policy's attempts and deadlines.
   *
   * @return the budget
   */
  public static RetryBudget exempt() {
    return new RetryBudget(0, true);
  }

  /** Spends the cost of one retry; false (spending nothing) when the budget is too low (never when exempt). */
  public synchronized boolean tryRetry() {
    if (exempt) {
      return true;
    }
    if (tokens < RetryPolicy.RETRY_COST) {
      return false;
    }
    tokens -= RetryPolicy.RETRY_COST;
    return true;
  }

  /** A call succeeded: returns one token. */
  public synchronized void succeeded() {
    tokens = Math.min(capacity, tokens + 1);
  }

  /** The tokens left. */
  public synchronized int remaining() {
    return tokens;
  }
}
