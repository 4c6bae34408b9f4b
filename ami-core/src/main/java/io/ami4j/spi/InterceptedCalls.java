package io.ami4j.spi;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import io.ami4j.model.AccountId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a chain of interceptors runs around a provider call: the handler of the providers
 * {@link CallChain} makes. The action of a call is its method's {@link Ec2Call} mark.
 */
final class InterceptedCalls implements InvocationHandler {
  private static final Logger LOG = LoggerFactory.getLogger(InterceptedCalls.class);

  private final AmiProvider target;
  private final List<CallInterceptor> chain;
  private final Clock clock;
  private final AtomicReference<AccountId> account;
  private final Object extension;

  InterceptedCalls(AmiProvider target, List<CallInterceptor> chain, Clock clock, AccountId account,
      Object extension) {
    this.target = target;
    this.chain = chain;
    this.clock = clock;
    this.account = new AtomicReference<>(account);
    this.extension = extension;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      switch (method.getName()) {
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        default:
          return extension != null ? extension.toString() : target + " through " + chain.size() + " interceptor(s)";
      }
    }
    if (!method.getDeclaringClass().isAssignableFrom(AmiProvider.class)) {
      Object answer = send(extension, method, args);
      return answer == extension ? proxy : answer;
    }
    Optional<Ec2Action> action = Ec2Action.of(method);
    if (action.isEmpty() || chain.isEmpty()) {
      Object answer = send(target, method, args);
      learn(action, answer);
      return answer;
    }
    CallContext context = new CallContext(action.get(), method.getName(), target.id(), (Call) args[0],
        Arrays.asList(Arrays.copyOfRange(args, 1, args.length)), account.get(), clock);
    Object answer = proceed(0, context, method, args);
    learn(action, answer);
    return answer;
  }

  private void learn(Optional<Ec2Action> action, Object answer) {
    if (action.orElse(null) == Ec2Action.GET_CALLER_IDENTITY && answer instanceof AccountId a) {
      account.compareAndSet(null, a);
    }
  }

  /** Interceptor {@code i} around the rest of the chain, as nested decorators would run. */
  private Object proceed(int i, CallContext context, Method method, Object[] args) throws Throwable {
    if (i == chain.size()) {
      return send(target, method, args);
    }
    CallInterceptor interceptor = chain.get(i);
    interceptor.beforeCall(context);
    Object answer;
    try {
      answer = proceed(i + 1, context, method, args);
    } catch (Throwable t) {
      tell(interceptor, context, t);
      throw t;
    }
    interceptor.afterAnswer(context, answer);
    return answer;
  }

  private static void tell(CallInterceptor interceptor, CallContext context, Throwable t) {
    try {
      interceptor.onError(context, t);
    } catch (RuntimeException e) {
      LOG.warn("Interceptor {} failed on the failure of {}; the call's failure stands", interceptor, context, e);
    }
  }

  private static Object send(Object on, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(on, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
