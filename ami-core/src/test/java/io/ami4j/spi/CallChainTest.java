package io.ami4j.spi;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiBackendException;
import io.ami4j.AmiThrottledException;
import io.ami4j.doubles.ManualClock;
import io.ami4j.doubles.ScriptedProvider;
import io.ami4j.model.AccountId;
import io.ami4j.model.ImageId;
import io.ami4j.model.Region;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Interceptors run around each marked call as nested decorators would, the first outermost. */
class CallChainTest {
  private static final Region EU = Region.of("eu-west-1");
  private static final ImageId IMAGE = ImageId.of("ami-0123456789abcdef0");
  private final ManualClock clock = ManualClock.atDefaultStart();
  private final ScriptedProvider backend = ScriptedProvider.create(clock);
  private final List<String> seen = new CopyOnWriteArrayList<>();

  /** Records what it is told, under its name. */
  private final class Recorder implements CallInterceptor {
    final String name;
    final List<CallContext> contexts = new CopyOnWriteArrayList<>();

    Recorder(String name) {
      this.name = name;
    }

    @Override
    public void beforeCall(CallContext call) {
      contexts.add(call);
      seen.add(name + ".before " + call.action().wireName());
    }

    @Override
    public void afterAnswer(CallContext call, Object answer) {
      seen.add(name + ".after " + answer);
    }

    @Override
    public void onError(CallContext call, Throwable error) {
      seen.add(name + ".error " + error.getMessage());
    }
  }

  @Test
  void theFirstInterceptorIsOutermostAndEachIsToldTheActionOfTheMethodsMark() {
    backend.always(Ec2Action.DESCRIBE_IMAGE_ATTRIBUTE, inv -> {
      seen.add("provider");
      clock.advance(Duration.ofMillis(250));
      return List.of();
    });
    Recorder a = new Recorder("a");
    Recorder b = new Recorder("b");
    AmiProvider p = CallChain.of(a, b).clock(clock).around(backend);

    assertThat(p.describeLaunchPermissions(Call.in(EU).attempt(2), IMAGE)).isEmpty();

    assertThat(seen).containsExactly("a.before DescribeImageAttribute", "b.before DescribeImageAttribute",
        "provider", "b.after []", "a.after []");
    CallContext c = a.contexts.get(0);
    assertThat(c.action()).isEqualTo(Ec2Action.DESCRIBE_IMAGE_ATTRIBUTE);
    assertThat(c.operation()).isEqualTo("describeLaunchPermissions");
    assertThat(c.providerId()).isEqualTo("scripted");
    assertThat(c.region()).isEqualTo(EU);
    assertThat(c.attempt()).isEqualTo(2);
    assertThat(c.dryRun()).isFalse();
    assertThat(c.arguments()).containsExactly(IMAGE);
    assertThat(c.startedAt()).isEqualTo(ManualClock.atDefaultStart().instant());
    assertThat(c.elapsed()).isEqualTo(Duration.ofMillis(250));
    assertThat(c.account()).isEmpty();
    assertThat(b.contexts.get(0)).as("one context per call, shared by the chain").isSameAs(c);
  }

  @Test
  void anInterceptorThatThrowsBeforeTheCallAnswersItAndOnlyTheOuterOnesSeeTheFailure() {
    Recorder outer = new Recorder("outer");
    CallInterceptor refuse = new CallInterceptor() {
      @Override
      public void beforeCall(CallContext call) {
        throw new AmiThrottledException("RequestLimitExceeded", "slow down", null);
      }

      @Override
      public void onError(CallContext call, Throwable error) {
        seen.add("refuse.error");
      }
    };
    Recorder inner = new Recorder("inner");
    AmiProvider p = CallChain.of(outer, refuse, inner).around(backend);

    assertThatThrownBy(() -> p.deleteSnapshot(Call.in(EU), io.ami4j.model.SnapshotId.of("snap-0123456789abcdef0")))
        .isInstanceOf(AmiThrottledException.class);

    assertThat(seen).containsExactly("outer.before DeleteSnapshot", "outer.error slow down");
    assertThat(backend.calls()).isEmpty();
  }

  @Test
  void anInterceptorThatThrowsAfterTheAnswerLosesItAndTheOuterOnesSeeTheFailure() {
    backend.always(Ec2Action.CREATE_TAGS, inv -> null);
    Recorder outer = new Recorder("outer");
    CallInterceptor lose = new CallInterceptor() {
      @Override
      public void afterAnswer(CallContext call, Object answer) {
        throw new AmiBackendException("ami4j.ConnectionLost", "lost", null, null);
      }
    };
    AmiProvider p = CallChain.of(outer, lose).around(backend);

    assertThatThrownBy(() -> p.createTags(Call.in(EU), List.of(IMAGE), Map.of("k", "v")))
        .isInstanceOf(AmiBackendException.class).hasMessageContaining("lost");

    assertThat(backend.count(Ec2Action.CREATE_TAGS)).as("the call was made").isEqualTo(1);
    assertThat(seen).containsExactly("outer.before CreateTags", "outer.error lost");
  }

  @Test
  void anInterceptorFailingOnAFailureDoesNotHideIt() {
    AmiThrottledException throttled = new AmiThrottledException("RequestLimitExceeded", "slow down", null);
    backend.always(Ec2Action.DESCRIBE_SNAPSHOTS, ScriptedProvider.fail(throttled));
    CallInterceptor broken = new CallInterceptor() {
      @Override
      public void onError(CallContext call, Throwable error) {
        throw new IllegalStateException("broken");
      }
    };
    AmiProvider p = CallChain.of(broken).around(backend);

    assertThatThrownBy(() -> p.describeSnapshots(Call.in(EU), SnapshotQuery.byIds(List.of()), PageRequest.first()))
        .isSameAs(throttled);
  }

  @Test
  void theAccountIsNamedOrLearnedFromGetCallerIdentity() {
    AccountId me = AccountId.of("123456789012");
    backend.always(Ec2Action.GET_CALLER_IDENTITY, inv -> me);
    backend.always(Ec2Action.GET_IMAGE_BLOCK_PUBLIC_ACCESS_STATE, inv -> io.ami4j.model.BlockPublicAccessState.UNBLOCKED);
    Recorder r = new Recorder("r");
    AmiProvider learning = CallChain.of(r).around(backend);

    learning.getImageBlockPublicAccessState(Call.in(EU));
    assertThat(learning.callerAccount(Call.in(EU))).isEqualTo(me);
    learning.getImageBlockPublicAccessState(Call.in(EU));

    assertThat(r.contexts).extracting(CallContext::account)
        .containsExactly(java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of(me));
    AccountId other = AccountId.of("210987654321");
    Recorder named = new Recorder("named");
    CallChain.of(named).account(other).around(backend).getImageBlockPublicAccessState(Call.in(EU));
    assertThat(named.contexts.get(0).account()).contains(other);
  }

  @Test
  void idAndCloseAreNotCallsAndPassStraightThrough() {
    Recorder r = new Recorder("r");
    AmiProvider p = CallChain.of(r).around(backend);
    assertThat(p.id()).isEqualTo("scripted");
    p.close();
    assertThat(backend.closed()).isTrue();
    assertThat(seen).isEmpty();
  }

  /** A decorator's own methods. */
  public interface Counts {
    /** Calls so far. */
    int calls();
  }

  /** A provider that is also {@link Counts}. */
  public interface CountingProvider extends AmiProvider, Counts {}

  @Test
  void aDecoratorsOwnMethodsGoToItsExtension() {
    AtomicInteger calls = new AtomicInteger();
    final class Counter implements CallInterceptor, Counts {
      @Override
      public void beforeCall(CallContext call) {
        calls.incrementAndGet();
      }

      @Override
      public int calls() {
        return calls.get();
      }
    }
    backend.always(Ec2Action.ENABLE_IMAGE, inv -> null);
    Counter counter = new Counter();
    CountingProvider p = CallChain.of(counter).around(backend, CountingProvider.class, counter);

    p.enableImage(Call.in(EU), IMAGE);
    p.enableImage(Call.in(EU), IMAGE);

    assertThat(p.calls()).isEqualTo(2);
    assertRejected(() -> CallChain.of().around(backend, CountingProvider.class, new Object()), "extension",
        "must implement " + Counts.class.getName());
    assertRejected(() -> CallChain.of().around(backend, ScriptedProviderView.class, null), "view",
        "must be an interface that extends AmiProvider");
  }

  /** Not an interface. */
  abstract static class ScriptedProviderView implements AmiProvider {}
}
