package io.ami4j.bench;

import io.ami4j.AmiClient;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.Region;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.CallChain;
import io.ami4j.spi.CallContext;
import io.ami4j.spi.CallInterceptor;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RateLimits;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.Timing;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Awaits 500 images that stay pending for 3 seconds (real clock), polling every 500 ms: how many
 * DescribeImages calls each poll round makes, however many images are awaited.
 */
final class AwaitManyBenchmark implements Benchmark {
  private static final Region REGION = Region.of("us-east-1");
  private static final int IMAGES = 500;
  /** Calls closer together than this belong to one poll round (rounds are 500 ms apart or more). */
  private static final long SAME_ROUND_NANOS = 200_000_000L;

  @Override
  public String name() {
    return "await-many";
  }

  @Override
  public String description() {
    return "await 500 pending images: DescribeImages calls per poll round";
  }

  @Override
  public Result run(PrintStream out) {
    FakeEc2 world = FakeEc2.builder().realClock().regions(REGION).seedCatalog(false)
        .timing(Timing.builder().registerImage(Duration.ofSeconds(3)).build()).build();
    List<ImageId> ids = new ArrayList<>(Population.images(world, FakeEc2.DEFAULT_ACCOUNT, REGION, "await", IMAGES, 1)
        .keySet());
    List<Long> calls = java.util.Collections.synchronizedList(new ArrayList<>());
    AmiProvider counting = CallChain.of(new CallInterceptor() {
      @Override
      public void beforeCall(CallContext call) {
        if (call.action() == Ec2Action.DESCRIBE_IMAGES) {
          calls.add(System.nanoTime());
        }
      }
    }).around(world.provider());
    long t0 = System.nanoTime();
    List<Image> ready;
    try (AmiClient amis = AmiClient.builder().provider(counting).region(REGION).rateLimits(RateLimits.ec2Defaults())
        .waitPolicy(w -> w.initialInterval(Duration.ofMillis(500)).maxInterval(Duration.ofMillis(500))).build()) {
      ready = amis.images().awaitAvailable(ids).submit().await();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<Integer> rounds = new ArrayList<>();
    long last = Long.MIN_VALUE;
    for (long t : calls) {
      if (rounds.isEmpty() || t - last > SAME_ROUND_NANOS) {
        rounds.add(0);
      }
      rounds.set(rounds.size() - 1, rounds.get(rounds.size() - 1) + 1);
      last = t;
    }
    int perRound = rounds.stream().mapToInt(Integer::intValue).max().orElse(0);
    out.println(ready.size() + " images available after " + rounds.size() + " poll rounds; calls per round "
        + rounds);
    return new Result(name()).put("images", IMAGES).put("available", ready.size()).put("poll_rounds", rounds.size())
        .put("describe_calls", calls.size()).put("calls_per_round", perRound).put("seconds", seconds);
  }
}
