package io.ami4j;

import io.ami4j.doubles.Images;
import io.ami4j.doubles.ManualClock;
import io.ami4j.doubles.ManualScheduler;
import io.ami4j.doubles.ScriptedProvider;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.Region;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RateLimits;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A client on a scripted provider, a manual clock and a manual scheduler, with a tiny image table. */
final class ClientFixture {
  static final Region REGION = Region.of("us-east-1");

  final ManualClock clock = ManualClock.atDefaultStart();
  final ManualScheduler scheduler = new ManualScheduler(clock);
  final ScriptedProvider provider = ScriptedProvider.create(clock);
  final List<ProgressEvent> events = new CopyOnWriteArrayList<>();
  /** Images DescribeImages answers from (by ids or image-id filter; everything otherwise). */
  final Map<ImageId, Image> images = new ConcurrentHashMap<>();
  final AmiClient client;

  ClientFixture() {
    this(RateLimits.ec2Defaults());
  }

  ClientFixture(RateLimits limits) {
    client = AmiClient.builder().provider(provider).region(REGION).clock(clock).scheduler(scheduler)
        .rateLimits(limits).retryPolicy(r -> r.seed(11)).listener(events::add).build();
    provider.always(Ec2Action.DESCRIBE_IMAGES, inv -> Images.answer(inv.arg(0), images.values()));
  }

  Image put(Image i) {
    images.put(i.id(), i);
    return i;
  }

  <T> T await(Pending<T> p) {
    scheduler.drive(p.completion());
    return p.await();
  }
}
