package io.ami4j.spi;

import io.ami4j.internal.validate.Check;
import io.ami4j.model.AccountId;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts {@link CallInterceptor}s around a provider: the one way to decorate a provider, instead of
 * a class that restates every method. The provider it makes runs every call marked with
 * {@link Ec2Call} through the interceptors, with the action the mark names; {@code id()},
 * {@code close()} and anything else pass straight through.
 *
 * <pre>{@code
 * AmiProvider audited = CallChain.of(auditLog, metrics).around(provider);
 * }</pre>
 *
 * <p>A decorator with methods of its own (counters, controls) is an interface that extends
 * {@link AmiProvider}: {@link #around(AmiProvider, Class, Object)} makes a provider of that type
 * whose own methods go to an object that implements them.
 *
 * <p>Immutable; the providers it makes are thread-safe when their interceptors are.
 */
public final class CallChain {
  private final List<CallInterceptor> interceptors;
  private final Clock clock;
  private final AccountId account;

  private CallChain(List<CallInterceptor> interceptors, Clock clock, AccountId account) {
    this.interceptors = List.copyOf(interceptors);
    this.clock = clock;
    this.account = account;
  }

  /**
   * A chain of interceptors, the first one outermost.
   *
   * @param interceptors the interceptors
   * @return the chain
   */
  public static CallChain of(CallInterceptor... interceptors) {
    return of(List.of(Check.noNulls("interceptors", interceptors).toArray(new CallInterceptor[0])));
  }

  /**
   * A chain of interceptors, the first one outermost.
   *
   * @param interceptors the interceptors
   * @return the chain
   */
  public static CallChain of(List<? extends CallInterceptor> interceptors) {
    Check.notNull("interceptors", interceptors);
    List<CallInterceptor> copy = new ArrayList<>();
    for (CallInterceptor i : interceptors) {
      copy.add(Check.notNull("interceptor", i));
    }
    return new CallChain(copy, Clock.systemUTC(), null);
  }

  /**
   * The same chain, timing calls on {@code clock} ({@link CallContext#startedAt()}); the system
   * clock otherwise.
   *
   * @param clock the clock
   * @return the chain
   */
  public CallChain clock(Clock clock) {
    return new CallChain(interceptors, Check.notNull("clock", clock), account);
  }

  /**
   * The same chain, telling interceptors that the provider serves {@code account}; otherwise the
   * account is learned from the first GetCallerIdentity answer.
   *
   * @param account the account
   * @return the chain
   */
  public CallChain account(AccountId account) {
    return new CallChain(interceptors, clock, Check.notNull("account", account));
  }

  /** The interceptors, the first one outermost. */
  public List<CallInterceptor> interceptors() {
    return interceptors;
  }

  /**
   * The provider that runs every call of {@code provider} through this chain.
   *
   * @param provider the provider that answers
   * @return the intercepted provider
   */
  public AmiProvider around(AmiProvider provider) {
    return around(provider, AmiProvider.class, null);
  }

  /**
   * A provider of type {@code view} that runs every call of {@code provider} through this chain,
   * and hands the methods {@code view} adds to {@link AmiProvider} to {@code extension}.
   *
   * @param provider the provider that answers
   * @param view an interface that extends {@link AmiProvider}
   * @param extension implements the interfaces that declare {@code view}'s own methods; a method
   *     of it that returns the extension itself returns the provider instead (for fluent controls)
   * @param <P> the provider's type
   * @return the intercepted provider
   * @throws io.ami4j.AmiValidationException when {@code view} is not an interface, or
   *     {@code extension} lacks one of its methods
   */
  public <P extends AmiProvider> P around(AmiProvider provider, Class<P> view, Object extension) {
    Check.notNull("provider", provider);
    Check.notNull("view", view);
    Check.that(view.isInterface(), "view", view.getName(), "must be an interface that extends AmiProvider");
    for (Method m : view.getMethods()) {
      if (!Modifier.isStatic(m.getModifiers()) && !m.getDeclaringClass().isAssignableFrom(AmiProvider.class)) {
        Check.that(m.getDeclaringClass().isInstance(extension), "extension", extension,
            "must implement " + m.getDeclaringClass().getName() + " (for " + m.getName() + ")");
      }
    }
    InterceptedCalls handler = new InterceptedCalls(provider, interceptors, clock, account, extension);
    return view.cast(Proxy.newProxyInstance(view.getClassLoader(), new Class<?>[] {view}, handler));
  }
}
