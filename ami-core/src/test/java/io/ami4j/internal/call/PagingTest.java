package io.ami4j.internal.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiException;
import io.ami4j.RetryPolicy;
import io.ami4j.doubles.ManualClock;
import io.ami4j.doubles.ManualScheduler;
import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.throttle.Throttle;
import io.ami4j.model.Region;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RateLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PagingTest {
  private static final Region R = Region.of("us-east-1");

  private final ManualClock clock = ManualClock.atDefaultStart();
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final CallRunner runner = new CallRunner(new Throttle(RateLimits.unlimited(), clock, scheduler), scheduler,
      clock, RetryPolicy.none());

  /** Three pages a, b, c; then, when {@code loop}, the token of page b again, forever. */
  private static Page<String> page(PageRequest req, boolean loop) {
    String token = req.token().orElse("");
    switch (token) {
      case "":
        return Page.of(List.of("a"), "t1");
      case "t1":
        return Page.of(List.of("b"), "t2");
      default:
        return loop ? Page.of(List.of("c"), "t1") : Page.last(List.of("c"));
    }
  }

  @Test
  void followsEveryTokenToTheLastPage() {
    CompletableFuture<List<String>> all = Paging.allAsync("DescribeImages", PageRequest.first(),
        req -> runner.call(R, Ec2Action.DESCRIBE_IMAGES, c -> page(req, false)));

    assertThat(ManualScheduler.joined(scheduler.drive(all))).containsExactly("a", "b", "c");
  }

  @Test
  void aRepeatedNextTokenEndsTheListingWithAFailureInsteadOfLoopingForever() {
    AtomicInteger calls = new AtomicInteger();
    CompletableFuture<List<String>> all = Paging.allAsync("DescribeImages", PageRequest.first(), req -> {
      calls.incrementAndGet();
      return runner.call(R, Ec2Action.DESCRIBE_IMAGES, c -> page(req, true));
    });
    scheduler.drive(all.handle((v, e) -> v));

    assertThatThrownBy(() -> ManualScheduler.joined(all)).isInstanceOf(AmiException.class)
        .hasMessageContaining("DescribeImages").hasMessageContaining("NextToken 't1' a second time");
    assertThat(calls).hasValue(3);
  }

  @Test
  void theLazyIteratorRefusesARepeatedTokenToo() {
    List<String> seen = new ArrayList<>();
    assertThatThrownBy(() -> Paging.iterator(runner, R, Ec2Action.DESCRIBE_IMAGES, PageRequest.first(),
        (c, req) -> page(req, true)).forEachRemaining(seen::add))
        .isInstanceOf(AmiException.class).hasMessageContaining("a second time");
    assertThat(seen).containsExactly("a", "b");
  }
}
