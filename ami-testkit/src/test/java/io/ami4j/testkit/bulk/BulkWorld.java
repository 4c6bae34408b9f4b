package io.ami4j.testkit.bulk;

import io.ami4j.AmiClient;
import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.ImageId;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VirtualizationType;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.RateLimits;
import io.ami4j.spi.RegisterImageRequest;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.Timing;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import io.ami4j.testkit.time.VirtualScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A world on virtual time with an auto-advancing scheduler, and clients of its accounts behind
 * fault-injecting providers; plus the shortest ways to make images with snapshots.
 */
final class BulkWorld implements AutoCloseable {
  static final Region EAST = Region.of("us-east-1");
  static final Region WEST = Region.of("eu-west-1");
  static final AccountId ME = FakeEc2.DEFAULT_ACCOUNT;
  static final AccountId OTHER = AccountId.of("222222222222");

  final FakeEc2 world;
  final VirtualScheduler scheduler;
  private final List<AmiClient> clients = new ArrayList<>();

  BulkWorld() {
    this(Timing.defaults());
  }

  BulkWorld(Timing timing) {
    world = FakeEc2.builder().timing(timing).build();
    scheduler = VirtualScheduler.autoAdvance(world.clock());
  }

  /** A provider of an account that throttles by these buckets (none when {@code null}). */
  FaultingProvider provider(AccountId account, FaultPlan plan) {
    return FaultingProvider.wrap(world.provider(account), plan, world.clock());
  }

  /** A client of an account over a provider, on the world's time. */
  AmiClient client(AmiProvider provider, RateLimits limits, UnaryOperator<AmiClient.Builder> more) {
    AmiClient c = more.apply(AmiClient.builder().provider(provider).region(EAST).clock(world.clock())
        .scheduler(scheduler).rateLimits(limits).retryPolicy(r -> r.seed(7))).build();
    clients.add(c);
    return c;
  }

  AmiClient client(AmiProvider provider) {
    return client(provider, RateLimits.ec2Defaults(), b -> b);
  }

  /** Registers an available image of an account with {@code snapshots} fresh snapshots. */
  ImageId image(AccountId account, Region region, String name, int snapshots, Map<String, String> tags) {
    List<SnapshotId> ids = new ArrayList<>();
    for (int i = 0; i < snapshots; i++) {
      ids.add(world.createSnapshot(account, region, 8));
    }
    return imageOf(account, region, name, ids, tags);
  }

  ImageId image(String name) {
    return image(ME, EAST, name, 2, Map.of());
  }

  /** Registers an image on given snapshots (several images may share one). */
  ImageId imageOf(AccountId account, Region region, String name, List<SnapshotId> snapshots, Map<String, String> tags) {
    RegisterImageRequest.Builder b = RegisterImageRequest.builder().name(name).rootDeviceName("/dev/xvda")
        .architecture(Architecture.X86_64).virtualizationType(VirtualizationType.HVM).putAllTags(tags);
    char dev = 'a';
    for (SnapshotId s : snapshots) {
      String device = dev == 'a' ? "/dev/xvda" : "/dev/sd" + dev;
      b.addBlockDeviceMappings(BlockDeviceMapping.ebs(device, EbsBlockDevice.builder().snapshotId(s).build()));
      dev++;
    }
    ImageId id = world.provider(account).registerImage(Call.in(region), b.build());
    world.clock().advance(world.timing().registerImage());
    return id;
  }

  /** Moves the world's time forward. */
  void advance(Duration d) {
    world.clock().advance(d);
  }

  @Override
  public void close() {
    clients.forEach(AmiClient::close);
    scheduler.shutdownNow();
  }
}
