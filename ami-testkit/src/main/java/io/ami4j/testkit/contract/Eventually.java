package io.ami4j.testkit.contract;

import io.ami4j.AmiNotFoundException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The suite's own waiting: the SPI never waits, so a test that needs something pending to settle
 * polls it, lets {@link ContractEnvironment#pollInterval()} pass between polls, and gives up after
 * {@link ContractEnvironment#patience()}. Works alike on a virtual clock (no real time passes) and
 * on a real backend (which sleeps in {@link ContractEnvironment#letTimePass(Duration)}).
 *
 * <pre>{@code
 * Image image = Eventually.of(env).until("image available", () -> describe(id),
 *     i -> i.state() == ImageState.AVAILABLE);
 * }</pre>
 */
public final class Eventually {
  private final ContractEnvironment env;

  private Eventually(ContractEnvironment env) {
    this.env = Objects.requireNonNull(env, "env");
  }

  /**
   * Waiting in an environment.
   *
   * @param env the environment whose time passes
   * @return the helper
   */
  public static Eventually of(ContractEnvironment env) {
    return new Eventually(env);
  }

  /**
   * Polls until {@code done} holds for the probe's value. A probe that answers
   * {@link AmiNotFoundException} counts as "not yet": right after a create, EC2 may not know the
   * new id for a while.
   *
   * @param what what is awaited, for the failure message
   * @param probe one poll (one or a few SPI calls)
   * @param done whether the value is the one awaited
   * @param <T> the value's type
   * @return the first value for which {@code done} held
   * @throws AssertionError when patience runs out, with the last value or error seen
   */
  public <T> T until(String what, Supplier<T> probe, Predicate<? super T> done) {
    long polls = Math.max(1, env.patience().toMillis() / Math.max(1, env.pollInterval().toMillis()));
    Object last = "nothing";
    for (long i = 0; i <= polls; i++) {
      try {
        T value = probe.get();
        if (done.test(value)) {
          return value;
        }
        last = value;
      } catch (AmiNotFoundException e) {
        last = e.errorCode() + ": " + e.getMessage();
      }
      if (i < polls) {
        env.letTimePass(env.pollInterval());
      }
    }
    throw new AssertionError(
        "Expected " + what + " within " + env.patience() + ", last seen: " + last);
  }

  /**
   * Polls until the check passes, for checks written as assertions.
   *
   * @param what what is awaited, for the failure message
   * @param check assertions that throw {@link AssertionError} while the awaited state is not reached
   * @throws AssertionError when patience runs out, with the last failure as its cause
   */
  public void untilAsserted(String what, Runnable check) {
    long polls = Math.max(1, env.patience().toMillis() / Math.max(1, env.pollInterval().toMillis()));
    Throwable last = null;
    for (long i = 0; i <= polls; i++) {
      try {
        check.run();
        return;
      } catch (AssertionError | AmiNotFoundException e) {
        last = e;
      }
      if (i < polls) {
        env.letTimePass(env.pollInterval());
      }
    }
    throw new AssertionError("Expected " + what + " within " + env.patience(), last);
  }
}
