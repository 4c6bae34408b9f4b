package io.ami4j.testkit.bake;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.AmazonLinux;
import io.ami4j.AmiBakeFailedException;
import io.ami4j.AmiClient;
import io.ami4j.AmiException;
import io.ami4j.AmiLaunchFailedException;
import io.ami4j.bake.BakeResult;
import io.ami4j.LaunchedInstance;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.Region;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.Timing;
import io.ami4j.testkit.fault.FaultKind;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import io.ami4j.testkit.time.VirtualScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Under heavy faults the client's retry budget drains and flows fail, as they should; but what a
 * failed flow does to undo itself — terminating its instances, removing its partial images — must
 * not be starved by that budget. Checked against the world: after every flow, nothing runs and no
 * image is left but those the successful bakes report.
 */
class CompensationUnderFaultsTest {
  private static final Region EAST = Region.of("us-east-1");
  private static final int FLOWS = 24;

  @Test
  void failedFlowsLeaveNothingRunningWhenTheRetryBudgetIsSpent() {
    FakeEc2 world = FakeEc2.builder().timing(Timing.defaults()).build();
    VirtualScheduler scheduler = VirtualScheduler.autoAdvance(world.clock());
    FaultingProvider faulty = FaultingProvider.wrap(world.provider(), FaultPlan.builder().seed(42)
        .probability(FaultKind.INTERNAL_ERROR, 0.15).probability(FaultKind.UNAVAILABLE, 0.15).build(), world.clock());
    // The smallest budget there is: one retry, then every call of the client has one attempt only.
    try (AmiClient amis = AmiClient.builder().provider(faulty).region(EAST).clock(world.clock()).scheduler(scheduler)
        .retryPolicy(r -> r.maxAttempts(12).budget(5).seed(42)).build()) {
      ImageId base = ImageId.of(world.provider().getParameter(io.ami4j.spi.Call.in(EAST),
          "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64").orElseThrow().value());
      Set<String> keptImages = new HashSet<>();
      int failedBakes = 0;
      int failedLaunches = 0;
      List<String> terminateFailures = new ArrayList<>();
      for (int flow = 0; flow < FLOWS; flow++) {
        if (flow % 2 == 0) {
          try {
            BakeResult r = amis.bake(base).userData(BakeWorld.SCRIPT).named("comp-" + flow + "-{date}").submit()
                .await();
            r.image().ifPresent(i -> keptImages.add(i.id().value()));
          } catch (AmiBakeFailedException e) {
            failedBakes++;
          } catch (AmiException e) {
            failedBakes++; // a failure before the bake started (its first describe)
          }
        } else {
          List<InstanceId> mine = new ArrayList<>();
          try {
            amis.launch(base).count(2).submit().await().stream().map(LaunchedInstance::instance).map(Instance::id)
                .forEach(mine::add);
          } catch (AmiLaunchFailedException e) {
            failedLaunches++;
            mine.addAll(e.instanceIds());
          } catch (AmiException e) {
            failedLaunches++; // RunInstances itself failed: nothing started
          }
          if (!mine.isEmpty()) {
            try {
              amis.instances().terminate(mine.toArray(new InstanceId[0])).apply();
            } catch (AmiException e) {
              terminateFailures.add(mine + ": " + e.getMessage());
            }
          }
        }
      }
      world.clock().advance(Duration.ofMinutes(10));

      assertThat(faulty.stats().injectedFaults()).isPositive();
      assertThat(failedBakes + failedLaunches).as("flows that failed under the faults").isPositive();
      List<Instance> running = world.allInstances(EAST).stream().filter(i -> i.state().isLive())
          .collect(Collectors.toList());
      assertThat(running).as("instances left running by %s failed bakes and %s failed launches", failedBakes,
          failedLaunches).isEmpty();
      assertThat(terminateFailures).as("terminations that gave up").isEmpty();
      List<String> images = world.allImages(EAST).stream()
          .filter(i -> i.ownerId().equals(FakeEc2.DEFAULT_ACCOUNT) && i.state() != ImageState.DEREGISTERED)
          .map(Image::id).map(ImageId::value).collect(Collectors.toList());
      assertThat(images).as("own images not reported by a successful bake").allMatch(keptImages::contains);
    } finally {
      scheduler.shutdownNow();
      world.close();
    }
  }
}
