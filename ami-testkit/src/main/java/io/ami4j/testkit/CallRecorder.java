package io.ami4j.testkit;

import io.ami4j.spi.CallContext;
import io.ami4j.spi.CallInterceptor;
import io.ami4j.spi.Ec2Action;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Records every provider call a client makes — each attempt, with its action, region, attempt
 * number, dry-run flag, arguments and outcome — so that a test can say which calls a verb made,
 * and prove that a dry run sent no change.
 *
 * <pre>{@code
 * CallRecorder calls = new CallRecorder();
 * try (AmiClient amis = world.clientBuilder().interceptor(calls).build()) {
 *   amis.sharing(image).shareSnapshots().reset().dryRun();
 * }
 * assertThat(calls.changes()).isEmpty();                       // nothing but dry runs of mutating actions
 * assertThat(calls.actions()).contains(Ec2Action.RESET_IMAGE_ATTRIBUTE);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class CallRecorder implements CallInterceptor {
  private final List<Recorded> calls = new CopyOnWriteArrayList<>();

  /** One call as the recorder saw it. */
  public static final class Recorded {
    private final CallContext context;
    private volatile Object answer;
    private volatile Throwable failure;
    private volatile boolean answered;

    private Recorded(CallContext context) {
      this.context = context;
    }

    /** The call: action, region, attempt, dry run, arguments. */
    public CallContext context() {
      return context;
    }

    /** The call's action. */
    public Ec2Action action() {
      return context.action();
    }

    /** Whether the provider answered (rather than failed, or not yet). */
    public boolean answered() {
      return answered;
    }

    /** The answer, when there was one and it was not {@code null}. */
    public Optional<Object> answer() {
      return Optional.ofNullable(answer);
    }

    /** The failure, when the call failed. */
    public Optional<Throwable> failure() {
      return Optional.ofNullable(failure);
    }

    @Override
    public String toString() {
      return context + " attempt " + context.attempt() + (answered ? " answered"
          : failure != null ? " failed: " + failure.getMessage() : " pending");
    }
  }

  /** A recorder with nothing recorded. */
  public CallRecorder() {}

  @Override
  public void beforeCall(CallContext call) {
    Recorded r = new Recorded(call);
    call.put(this, r);
    calls.add(r);
  }

  @Override
  public void afterAnswer(CallContext call, Object answer) {
    call.get(this, Recorded.class).ifPresent(r -> {
      r.answer = answer;
      r.answered = true;
    });
  }

  @Override
  public void onError(CallContext call, Throwable error) {
    call.get(this, Recorded.class).ifPresent(r -> r.failure = error);
  }

  /** Every call so far, in the order they started. */
  public List<Recorded> calls() {
    return List.copyOf(calls);
  }

  /**
   * The calls of one action.
   *
   * @param action the action
   * @return its calls, in order
   */
  public List<Recorded> calls(Ec2Action action) {
    return calls.stream().filter(r -> r.action() == action).collect(Collectors.toList());
  }

  /** The actions called, in order, one entry per attempt. */
  public List<Ec2Action> actions() {
    return calls.stream().map(Recorded::action).collect(Collectors.toList());
  }

  /**
   * The calls that could have changed something: mutating actions ({@link Ec2Action#mutating()})
   * sent for real, not as dry runs. Empty after a dry run of any verb.
   *
   * @return those calls, in order
   */
  public List<Recorded> changes() {
    return calls.stream().filter(r -> r.action().mutating() && !r.context().dryRun()).collect(Collectors.toList());
  }

  /** Forgets what was recorded. */
  public void clear() {
    calls.clear();
  }

  @Override
  public String toString() {
    return "CallRecorder" + calls;
  }
}
