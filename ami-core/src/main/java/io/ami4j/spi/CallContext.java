package io.ami4j.spi;

import io.ami4j.model.AccountId;
import io.ami4j.model.Region;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One provider call as a {@link CallInterceptor} sees it: the action (from the method's
 * {@link Ec2Call} mark), the region, the account, the attempt, whether it is a dry run, and the
 * request's arguments. The same context is handed to {@code beforeCall} and then to
 * {@code afterAnswer} or {@code onError} of the same call, so an interceptor can keep what it
 * started (a timer, an observation) in its {@link #put attributes}.
 */
public final class CallContext {
  private final Ec2Action action;
  private final String operation;
  private final String providerId;
  private final Call call;
  private final List<Object> arguments;
  private final AccountId account;
  private final Clock clock;
  private final Instant startedAt;
  private final Map<Object, Object> attributes = new ConcurrentHashMap<>();

  CallContext(Ec2Action action, String operation, String providerId, Call call, List<Object> arguments,
      AccountId account, Clock clock) {
    this.action = action;
    this.operation = operation;
    this.providerId = providerId;
    this.call = call;
    this.arguments = Collections.unmodifiableList(arguments);
    this.account = account;
    this.clock = clock;
    this.startedAt = clock.instant();
  }

  /** The remote action, e.g. {@link Ec2Action#DESCRIBE_IMAGES}. */
  public Ec2Action action() {
    return action;
  }

  /** The SPI method called, e.g. {@code describeImages}. */
  public String operation() {
    return operation;
  }

  /** The id of the provider that answers ({@code aws}, {@code fake}, …). */
  public String providerId() {
    return providerId;
  }

  /** The call as the provider is given it: region, dry run, attempt. */
  public Call call() {
    return call;
  }

  /** The region the call goes to. */
  public Region region() {
    return call.region();
  }

  /** Whether this is a dry run. */
  public boolean dryRun() {
    return call.dryRun();
  }

  /** Which attempt this is: 1 for the first, more for the engine's retries. */
  public int attempt() {
    return call.attempt();
  }

  /**
   * The account the provider serves, once known: named to the chain
   * ({@link CallChain#account(AccountId)}) or learned from a GetCallerIdentity answer that went
   * through it.
   *
   * @return the account, or empty while unknown
   */
  public Optional<AccountId> account() {
    return Optional.ofNullable(account);
  }

  /** The request's arguments after the {@link Call}, in the method's order (read-only). */
  public List<Object> arguments() {
    return arguments;
  }

  /** When the call started, on the chain's clock (the client's clock, virtual under the testkit). */
  public Instant startedAt() {
    return startedAt;
  }

  /** The time since the call started, on the chain's clock. */
  public Duration elapsed() {
    return Duration.between(startedAt, clock.instant());
  }

  /**
   * Keeps something for this call, for the {@code afterAnswer} or {@code onError} that follows.
   *
   * @param key the key (an interceptor's own object, so that interceptors never collide)
   * @param value the value
   */
  public void put(Object key, Object value) {
    attributes.put(key, value);
  }

  /**
   * What was kept for this call under {@code key}.
   *
   * @param key the key
   * @param type the value's type
   * @param <T> the value's type
   * @return the value, or empty
   */
  public <T> Optional<T> get(Object key, Class<T> type) {
    return Optional.ofNullable(attributes.get(key)).filter(type::isInstance).map(type::cast);
  }

  @Override
  public String toString() {
    return action.wireName() + " in " + call + " via " + providerId;
  }
}
