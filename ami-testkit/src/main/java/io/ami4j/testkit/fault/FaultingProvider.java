package io.ami4j.testkit.fault;

import io.ami4j.internal.validate.Check;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.CallChain;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Ec2Errors;
import java.time.Clock;

/**
 * A provider that passes every call on to another provider (for one account) after meeting the
 * faults of a {@link FaultPlan}: throttling by EC2's token buckets, scripted and seeded-random
 * 500/503/throttling answers, eventual-consistency lag of new images, and lost answers of applied
 * calls. Every fault answers with the exception EC2's error code maps to
 * ({@link Ec2Errors#toException}), so the engine cannot tell it from the real thing.
 *
 * <pre>{@code
 * FaultingProvider provider = FaultingProvider.wrap(world.provider(account),
 *     FaultPlan.builder().ec2Throttling().refillFactor(50).build(), clock);
 * // ... run the engine against provider ...
 * long throttled = provider.stats().throttledAnswers();
 * }</pre>
 *
 * <p>The faults are a {@link io.ami4j.spi.CallInterceptor} in a {@link CallChain} around the
 * provider: each call is the action its SPI method's {@link io.ami4j.spi.Ec2Call} mark names
 * (DeregisterImage with its snapshots is one {@code DeregisterImage}), and the bucket is that
 * action's {@link Ec2Action#bucket()} in the call's region. Time (bucket refill, lag windows) is
 * read from the injected clock, so a virtual clock drives it; latency, which sleeps, applies only
 * on the system clock. Thread-safe; random faults repeat exactly for one seed and one order of
 * calls.
 */
public interface FaultingProvider extends AmiProvider, FaultControls {

  /**
   * Wraps a provider.
   *
   * @param delegate the provider that does the work, serving one account
   * @param plan the faults
   * @param clock the time of bucket refills and lag windows (virtual in tests)
   * @return the decorator
   */
  static FaultingProvider wrap(AmiProvider delegate, FaultPlan plan, Clock clock) {
    Check.notNull("delegate", delegate);
    FaultInjector faults = new FaultInjector(delegate, plan, clock);
    FaultingProvider provider = CallChain.of(faults).clock(clock).around(delegate, FaultingProvider.class, faults);
    faults.answeringAs(provider);
    return provider;
  }
}
