package io.ami4j.doubles;

import io.ami4j.AmiException;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A provider that answers from a script and records every call: per action, one-shot answers
 * (consumed in order) and a standing answer. A dry run answers {@code DryRunOperation} unless a
 * refusal is scripted. Unscripted calls fail the test. The action of a call is its SPI method's
 * {@code @Ec2Call} mark: nothing here lists the SPI's methods.
 */
public interface ScriptedProvider extends AmiProvider {

  /**
   * A scripted provider recording calls at {@code clock}'s time.
   *
   * @param clock the clock
   * @return the provider
   */
  static ScriptedProvider create(Clock clock) {
    Script script = new Script(clock);
    ScriptedProvider p = (ScriptedProvider) Proxy.newProxyInstance(ScriptedProvider.class.getClassLoader(),
        new Class<?>[] {ScriptedProvider.class}, script);
    script.self = p;
    return p;
  }

  /** One recorded call. */
  final class Invocation {
    public final Ec2Action action;
    public final Call call;
    public final List<Object> args;
    public final Instant at;

    Invocation(Ec2Action action, Call call, List<Object> args, Instant at) {
      this.action = action;
      this.call = call;
      this.args = args;
      this.at = at;
    }

    @SuppressWarnings("unchecked")
    public <T> T arg(int i) {
      return (T) args.get(i);
    }

    @Override
    public String toString() {
      return action + (call.dryRun() ? " (dry run)" : "") + " " + call.region() + " " + args + " @" + at;
    }
  }

  /** An answer to a call: a value, or a thrown exception. */
  @FunctionalInterface
  interface Answer {
    Object answer(Invocation invocation);
  }

  /** An answer that throws {@code e}. */
  static Answer fail(AmiException e) {
    return inv -> {
      throw e;
    };
  }

  /** The next call of {@code action} gets this answer (then the next scripted one, then the standing one). */
  ScriptedProvider once(Ec2Action action, Answer answer);

  /** Every call of {@code action} without a one-shot answer gets this one. */
  ScriptedProvider always(Ec2Action action, Answer answer);

  /** A dry run of {@code action} is refused with this error. */
  ScriptedProvider refuseDryRun(Ec2Action action, AmiException error);

  /** Every call so far. */
  List<Invocation> calls();

  /** The calls of one action that were not dry runs. */
  List<Invocation> calls(Ec2Action action);

  /** How many calls of one action were not dry runs. */
  long count(Ec2Action action);

  /** Whether the provider was closed. */
  boolean closed();
}
