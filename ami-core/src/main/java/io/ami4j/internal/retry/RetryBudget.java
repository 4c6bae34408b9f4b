package io.ami4j.internal.retry;

import io.ami4j.RetryPolicy;

/**
 * A client-wide allowance of retries, as AWS advises: each retry spends
 * {@link RetryPolicy#RETRY_COST} tokens, each successful call returns one, so that when a backend
 * keeps failing, retries stop instead of multiplying the load.
 */
public final class RetryBudget {
  private final int capacity;
  private int tokens;

  /**
   * A full budget.
   *
   * @param capacity tokens when full
   */
  public RetryBudget(int capacity) {
    this.capacity = capacity;
    this.tokens = capacity;
  }

  /** Spends the cost of one retry; false (spending nothing) when the budget is too low. */
  public synchronized boolean tryRetry() {
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
