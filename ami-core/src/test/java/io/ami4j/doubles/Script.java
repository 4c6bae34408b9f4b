package io.ami4j.doubles;

import io.ami4j.AmiDryRunException;
import io.ami4j.AmiException;
import io.ami4j.doubles.ScriptedProvider.Answer;
import io.ami4j.doubles.ScriptedProvider.Invocation;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The script behind a {@link ScriptedProvider}: its own methods, and the answers to every marked call. */
final class Script implements InvocationHandler {
  private final Clock clock;
  private final List<Invocation> calls = new ArrayList<>();
  private final Map<Ec2Action, Deque<Answer>> once = new EnumMap<>(Ec2Action.class);
  private final Map<Ec2Action, Answer> always = new EnumMap<>(Ec2Action.class);
  private final Map<Ec2Action, AmiException> dryRunRefusals = new EnumMap<>(Ec2Action.class);
  private volatile boolean closed;
  volatile ScriptedProvider self;

  Script(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) {
    Object[] a = args == null ? new Object[0] : args;
    switch (method.getName()) {
      case "id":
        return "scripted";
      case "close":
        closed = true;
        return null;
      case "closed":
        return closed;
      case "once":
        synchronized (this) {
          once.computeIfAbsent((Ec2Action) a[0], x -> new ArrayDeque<>()).add((Answer) a[1]);
        }
        return self;
      case "always":
        synchronized (this) {
          always.put((Ec2Action) a[0], (Answer) a[1]);
        }
        return self;
      case "refuseDryRun":
        synchronized (this) {
          dryRunRefusals.put((Ec2Action) a[0], (AmiException) a[1]);
        }
        return self;
      case "calls":
        synchronized (this) {
          return a.length == 0 ? List.copyOf(calls) : of((Ec2Action) a[0]);
        }
      case "count":
        synchronized (this) {
          return (long) of((Ec2Action) a[0]).size();
        }
      case "hashCode":
        return System.identityHashCode(proxy);
      case "equals":
        return proxy == a[0];
      case "toString":
        return "ScriptedProvider" + calls;
      default:
        Ec2Action action = Ec2Action.of(method).orElseThrow(() -> new AssertionError("not a remote call: " + method));
        return answer(action, (Call) a[0], a);
    }
  }

  private List<Invocation> of(Ec2Action action) {
    return calls.stream().filter(c -> c.action == action && !c.call.dryRun()).collect(Collectors.toList());
  }

  private Object answer(Ec2Action action, Call call, Object[] args) {
    List<Object> recorded = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      // Copies, so that a caller reusing its collections cannot change what was recorded.
      Object x = args[i];
      recorded.add(x instanceof Map<?, ?> m ? Map.copyOf(m) : x instanceof Collection<?> c ? List.copyOf(c) : x);
    }
    Answer answer;
    Invocation inv;
    synchronized (this) {
      inv = new Invocation(action, call, List.copyOf(recorded), clock.instant());
      calls.add(inv);
      if (call.dryRun()) {
        AmiException refusal = dryRunRefusals.get(action);
        if (refusal != null) {
          throw refusal;
        }
        throw new AmiDryRunException("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", null);
      }
      Deque<Answer> q = once.get(action);
      answer = q != null && !q.isEmpty() ? q.poll() : always.get(action);
    }
    if (answer == null) {
      throw new AssertionError("Unscripted call: " + inv);
    }
    return answer.answer(inv);
  }
}
