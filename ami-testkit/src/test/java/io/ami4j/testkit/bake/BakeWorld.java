package io.ami4j.testkit.bake;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmazonLinux;
import io.ami4j.AmiClient;
import io.ami4j.bake.BakeResource;
import io.ami4j.bake.BakeResult;
import io.ami4j.bake.BakeSpec;
import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.ImageState;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceState;
import io.ami4j.model.Region;
import io.ami4j.model.Snapshot;
import io.ami4j.spi.AmiProvider;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.Timing;
import io.ami4j.testkit.time.VirtualScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * An in-memory world with a client on virtual time (the world's clock driven by an auto-advancing
 * virtual scheduler), and the checks every bake test makes against the world's own state.
 */
final class BakeWorld implements AutoCloseable {
  static final Region EAST = Region.of("us-east-1");
  static final Region WEST = Region.of("eu-west-1");
  static final Region SOUTH = Region.of("ap-south-1");
  static final AccountId ME = FakeEc2.DEFAULT_ACCOUNT;
  static final String SCRIPT = "#!/bin/bash\nset -euo pipefail\ndnf -y install nginx\nsystemctl enable nginx\n"
      + "shutdown -h now\n";

  final FakeEc2 world;
  final VirtualScheduler scheduler;
  final AmiClient amis;

  BakeWorld() {
    this(Timing.defaults(), p -> p);
  }

  BakeWorld(Timing timing, UnaryOperator<AmiProvider> wrap) {
    this(timing, (world, p) -> wrap.apply(p));
  }

  /** A world whose client talks to the world through {@code wrap} (given the world, for its clock). */
  BakeWorld(Timing timing, BiFunction<FakeEc2, AmiProvider, AmiProvider> wrap) {
    this(timing, wrap, e -> e);
  }

  /**
   * A world whose client runs its blocking work on {@code blocking} applied to the virtual
   * scheduler's own blocking executor (so that it stays counted work).
   */
  BakeWorld(Timing timing, BiFunction<FakeEc2, AmiProvider, AmiProvider> wrap, UnaryOperator<Executor> blocking) {
    this.world = FakeEc2.builder().timing(timing).build();
    this.scheduler = VirtualScheduler.autoAdvance(world.clock());
    this.amis = AmiClient.builder().provider(wrap.apply(world, world.provider())).region(EAST).clock(world.clock())
        .scheduler(scheduler).blockingExecutor(blocking.apply(scheduler.blockingExecutor())).build();
  }

  /** The newest Amazon Linux 2023 x86_64 release, through its public parameter. */
  Image al2023() {
    return amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64);
  }

  /** A bake of the newest AL2023 with a script and a name: the least a bake needs. */
  BakeSpec bake() {
    return amis.bake(al2023().id()).userData(SCRIPT).named("web-{date}");
  }

  /** Lets builders finish shutting down, so that "terminated" can be checked. */
  void settle() {
    world.clock().advance(Duration.ofMinutes(5));
  }

  List<Image> myImages(Region r) {
    return world.allImages(r).stream().filter(i -> i.ownerId().equals(ME))
        .filter(i -> i.state() != ImageState.DEREGISTERED).collect(Collectors.toList());
  }

  List<Snapshot> mySnapshots(Region r) {
    return world.allSnapshots(r).stream().filter(s -> s.ownerId().equals(ME)).collect(Collectors.toList());
  }

  List<Instance> myInstances(Region r) {
    // Only bakes launch instances in these worlds.
    return world.allInstances(r);
  }

  /**
   * Checks from the world's own state that what the bake made is gone, but for what the report
   * names as kept (the image and its copies with their snapshots), and that every builder is
   * terminated.
   */
  void assertNothingLeftBehind(BakeResult result) {
    settle();
    Set<String> keptImages = new HashSet<>();
    Set<String> keptSnapshots = new HashSet<>();
    List<Image> kept = new ArrayList<>();
    result.image().ifPresent(kept::add);
    kept.addAll(result.copies().values());
    for (Image i : kept) {
      keptImages.add(i.id().value());
      i.snapshotIds().forEach(s -> keptSnapshots.add(s.value()));
    }
    for (Region r : world.regions()) {
      assertThat(myInstances(r)).as("instances in %s", r)
          .allSatisfy(i -> assertThat(i.state()).as("state of %s", i.id()).isEqualTo(InstanceState.TERMINATED));
      assertThat(myImages(r)).as("own images in %s", r).extracting(i -> i.id().value())
          .allMatch(keptImages::contains, "named as kept by the report");
      assertThat(mySnapshots(r)).as("own snapshots in %s", r).extracting(s -> s.id().value())
          .allMatch(keptSnapshots::contains, "named as kept by the report");
    }
    // Whatever the report says was made and not kept, it says was cleaned up.
    for (BakeResource m : result.made()) {
      boolean isKept = keptImages.contains(m.id()) || keptSnapshots.contains(m.id());
      if (!isKept) {
        assertThat(result.cleanedUp()).as("cleaned up").contains(m);
      }
    }
    assertThat(result.leftBehind()).isEmpty();
  }

  @Override
  public void close() {
    amis.close();
    scheduler.shutdownNow();
  }
}
