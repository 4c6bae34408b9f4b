package io.ami4j.bench;

import io.ami4j.AmiClient;
import io.ami4j.SharingResult;
import io.ami4j.model.AccountId;
import io.ami4j.model.ImageId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RateLimits;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.Timing;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Shares one image with 1,000 accounts through {@code sharing(id).grant(…).apply()}, on the real
 * clock with EC2's buckets (refill ×50) and 20–50 ms latency: how many calls, how long, and
 * whether every account got its launch permission.
 */
final class ShareManyBenchmark implements Benchmark {
  private static final Region REGION = Region.of("us-east-1");
  private static final int ACCOUNTS = 1000;
  private static final RateLimits LIMITS = RateLimits.ec2Defaults().refillFactor(50);

  @Override
  public String name() {
    return "share-many";
  }

  @Override
  public String description() {
    return "share one image with 1,000 accounts: calls made and time";
  }

  @Override
  public Result run(PrintStream out) {
    FakeEc2 world = FakeEc2.builder().realClock().regions(REGION).seedCatalog(false)
        .timing(Timing.builder().registerImage(Duration.ZERO).build()).build();
    ImageId image = Population.images(world, FakeEc2.DEFAULT_ACCOUNT, REGION, "shared", 1, 1).keySet().iterator().next();
    FaultingProvider p = FaultingProvider.wrap(world.provider(), FaultPlan.builder().throttling(LIMITS)
        .latency(Duration.ofMillis(20), Duration.ofMillis(50)).seed(4).build(), Clock.systemUTC());
    List<LaunchPermission> grants = new ArrayList<>();
    for (int i = 0; i < ACCOUNTS; i++) {
      grants.add(LaunchPermission.account(AccountId.of(String.format("9%011d", i))));
    }
    long t0 = System.nanoTime();
    SharingResult result;
    try (AmiClient amis = AmiClient.builder().provider(p).region(REGION).rateLimits(LIMITS).build()) {
      result = amis.sharing(image).grant(grants.toArray(new LaunchPermission[0])).apply();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    int shared = world.launchPermissions(REGION, image).size();
    out.println("shared with " + shared + " accounts in " + result.modifyCalls() + " ModifyImageAttribute calls");
    return new Result(name()).put("accounts", ACCOUNTS).put("shared", shared)
        .put("modify_calls", p.stats().calls(Ec2Action.MODIFY_IMAGE_ATTRIBUTE))
        .put("calls", p.stats().totalCalls()).put("seconds", seconds);
  }
}
