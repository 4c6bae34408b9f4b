package io.ami4j.internal.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.RetryPolicy;
import io.ami4j.doubles.Images;
import io.ami4j.doubles.ManualClock;
import io.ami4j.doubles.ManualScheduler;
import io.ami4j.doubles.ScriptedProvider;
import io.ami4j.internal.throttle.Throttle;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.Region;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.CallChain;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RateLimits;
import io.ami4j.spi.SnapshotQuery;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** A call paced as one action must be the SPI method marked with that action. */
class MarkCheckTest {
  private static final Region R = Region.of("us-east-1");
  private final ManualClock clock = ManualClock.atDefaultStart();
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final ScriptedProvider backend = ScriptedProvider.create(clock);
  private final AmiProvider provider = CallChain.of(new MarkCheck()).around(backend);
  private final CallRunner runner = new CallRunner(new Throttle(RateLimits.ec2Defaults(), clock, scheduler),
      scheduler, clock, RetryPolicy.defaults());

  @Test
  void aCallPacedAsItsOwnActionPasses() {
    backend.always(Ec2Action.DESCRIBE_IMAGES, inv -> Images.answer(inv.arg(0), List.of()));
    CompletableFuture<?> f = runner.call(R, Ec2Action.DESCRIBE_IMAGES,
        c -> provider.describeImages(c, ImageQuery.all(), PageRequest.first()));
    scheduler.drive(f);
    assertThat(f).isCompleted().isNotCompletedExceptionally();
  }

  @Test
  void aCallPacedAsAnotherActionFailsWithoutReachingTheProvider() {
    CompletableFuture<?> f = runner.call(R, Ec2Action.DESCRIBE_IMAGES,
        c -> provider.describeSnapshots(c, SnapshotQuery.byIds(List.of()), PageRequest.first()));
    scheduler.drive(f);
    assertThat(f).isCompletedExceptionally();
    assertThat(f.handle((v, e) -> e instanceof CompletionException ? e.getCause() : e).join())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("describeSnapshots is DescribeSnapshots (its @Ec2Call mark) but was paced as DescribeImages: "
            + "the call site names the wrong action");
    assertThat(backend.calls()).isEmpty();
  }

  @Test
  void aCallOutsideTheRunnerIsNotChecked() {
    backend.always(Ec2Action.DESCRIBE_SNAPSHOTS, inv -> io.ami4j.spi.Page.last(List.of()));
    assertThat(provider.describeSnapshots(io.ami4j.spi.Call.in(R), SnapshotQuery.byIds(List.of()),
        PageRequest.first()).items()).isEmpty();
  }
}
