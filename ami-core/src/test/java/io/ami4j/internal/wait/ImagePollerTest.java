package io.ami4j.internal.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiImageFailedException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiTimeoutException;
import io.ami4j.ProgressEvent;
import io.ami4j.RetryPolicy;
import io.ami4j.WaitPolicy;
import io.ami4j.doubles.Images;
import io.ami4j.doubles.ManualClock;
import io.ami4j.doubles.ManualScheduler;
import io.ami4j.doubles.ScriptedProvider;
import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.pending.Progress;
import io.ami4j.internal.throttle.Throttle;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.Region;
import io.ami4j.model.StateReason;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RateLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ImagePollerTest {
  private static final Region R = Region.of("us-east-1");
  private final ManualClock clock = ManualClock.atDefaultStart();
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final ScriptedProvider provider = ScriptedProvider.create(clock);
  private final Map<ImageId, Image> world = new ConcurrentHashMap<>();
  private final List<ProgressEvent> events = new ArrayList<>();
  private final Progress progress = new Progress("CreateImage", clock, List.of(events::add));

  ImagePollerTest() {
    provider.always(Ec2Action.DESCRIBE_IMAGES, inv -> Images.answer(inv.arg(0), world.values()));
  }

  private ImagePoller poller(WaitPolicy policy) {
    CallRunner runner = new CallRunner(new Throttle(RateLimits.ec2Defaults(), clock, scheduler), scheduler, clock,
        RetryPolicy.builder().seed(1).build());
    return new ImagePoller(R, provider, runner, scheduler, clock, policy);
  }

  private void put(ImageId id, ImageState state) {
    world.put(id, Images.image(id, "img-" + id.value(), state, clock.instant()).build());
  }

  @Test
  void fiveHundredPendingImagesCostOneDescribeImagesCallPerRound() {
    ImagePoller poller = poller(WaitPolicy.defaults());
    Instant deadline = clock.instant().plus(Duration.ofMinutes(45));
    List<CompletableFuture<Image>> waits = new ArrayList<>();
    for (int i = 1; i <= 500; i++) {
      put(Images.id(i), ImageState.PENDING);
      waits.add(poller.awaitAvailable(Images.id(i), Images.id(i).value(), progress, deadline));
    }
    Instant ready = clock.instant().plus(Duration.ofMinutes(10));
    provider.always(Ec2Action.DESCRIBE_IMAGES, inv -> {
      if (!clock.instant().isBefore(ready)) {
        world.replaceAll((id, img) -> Image.builder(img).state(ImageState.AVAILABLE).build());
      }
      return Images.answer(inv.arg(0), world.values());
    });

    scheduler.drive(CompletableFuture.allOf(waits.toArray(new CompletableFuture<?>[0])));

    assertThat(waits).allSatisfy(w -> assertThat(w).isCompletedWithValueMatching(i -> i.state() == ImageState.AVAILABLE));
    List<ScriptedProvider.Invocation> calls = provider.calls(Ec2Action.DESCRIBE_IMAGES);
    Map<Instant, List<ScriptedProvider.Invocation>> rounds = calls.stream()
        .collect(Collectors.groupingBy(c -> c.at));
    // Every round asks about all 500 images with one call, never one per image.
    assertThat(rounds.values()).allSatisfy(r -> assertThat(r).hasSize(1));
    assertThat(calls).allSatisfy(c -> assertThat(c.<ImageQuery>arg(0).imageIds()).hasSize(500));
    // Growing intervals from 5 s to the 60 s cap: about a dozen rounds for 10 minutes.
    assertThat(rounds).hasSizeBetween(10, 16);
    assertThat(calls).hasSize(rounds.size());
    assertThat(poller.awaited()).isZero();
  }

  @Test
  void aRoundWithAnIdNotVisibleYetAsksAgainByFiltersOfTwoHundred() {
    ImagePoller poller = poller(WaitPolicy.defaults());
    Instant deadline = clock.instant().plus(Duration.ofMinutes(45));
    List<CompletableFuture<Image>> waits = new ArrayList<>();
    for (int i = 1; i <= 450; i++) {
      if (i != 450) {
        put(Images.id(i), ImageState.AVAILABLE);
      }
      waits.add(poller.awaitAvailable(Images.id(i), Images.id(i).value(), progress, deadline));
    }
    Instant appears = clock.instant().plus(Duration.ofSeconds(10));
    provider.always(Ec2Action.DESCRIBE_IMAGES, inv -> {
      if (!clock.instant().isBefore(appears)) {
        world.putIfAbsent(Images.id(450), Images.available(Images.id(450), "late", clock.instant()));
      }
      return Images.answer(inv.arg(0), world.values());
    });

    scheduler.drive(CompletableFuture.allOf(waits.toArray(new CompletableFuture<?>[0])));

    assertThat(waits).allSatisfy(w -> assertThat(w).isCompletedWithValueMatching(i -> i.state() == ImageState.AVAILABLE));
    List<ScriptedProvider.Invocation> calls = provider.calls(Ec2Action.DESCRIBE_IMAGES);
    // Round 1: one call by ids fails on the invisible id, then 3 filter calls (200 + 200 + 50);
    // round 2: the last image alone, by id.
    assertThat(calls).hasSize(5);
    assertThat(calls.get(0).<ImageQuery>arg(0).imageIds()).hasSize(450);
    assertThat(calls.subList(1, 4)).allSatisfy(c -> {
      assertThat(c.<ImageQuery>arg(0).imageIds()).isEmpty();
      assertThat(Images.askedIds(c.<ImageQuery>arg(0)).size()).isLessThanOrEqualTo(ImagePoller.BATCH);
    });
    assertThat(calls.get(4).<ImageQuery>arg(0).imageIds()).containsExactly(Images.id(450));
  }

  @Test
  void pollsAtGrowingIntervalsUpToTheCap() {
    ImagePoller poller = poller(WaitPolicy.builder().initialInterval(Duration.ofSeconds(5))
        .maxInterval(Duration.ofSeconds(30)).multiplier(2).build());
    ImageId id = Images.id(1);
    put(id, ImageState.PENDING);
    Instant start = clock.instant();
    CompletableFuture<Image> w = poller.awaitAvailable(id, id.value(), progress, start.plus(Duration.ofMinutes(3)));
    assertThatThrownBy(() -> ManualScheduler.joined(scheduler.drive(w))).isInstanceOf(AmiTimeoutException.class)
        .hasMessageContaining(id.value()).hasMessageContaining("pending");

    List<Long> offsets = provider.calls(Ec2Action.DESCRIBE_IMAGES).stream()
        .map(c -> Duration.between(start, c.at).toSeconds()).collect(Collectors.toList());
    assertThat(offsets).startsWith(5L, 15L, 35L, 65L, 95L, 125L, 155L);
    assertThat(offsets.get(offsets.size() - 1)).isEqualTo(180L);
  }

  @Test
  void aJustCreatedIdThatIsNotVisibleYetCountsAsPendingWithinTheGrace() {
    ImagePoller poller = poller(WaitPolicy.defaults());
    ImageId id = Images.id(7);
    Instant appears = clock.instant().plus(Duration.ofMinutes(2));
    provider.always(Ec2Action.DESCRIBE_IMAGES, inv -> {
      if (!clock.instant().isBefore(appears)) {
        world.putIfAbsent(id, Images.available(id, "late", clock.instant()));
      }
      return Images.answer(inv.arg(0), world.values());
    });
    CompletableFuture<Image> w = poller.awaitAvailable(id, id.value(), progress, clock.instant().plus(Duration.ofHours(1)));
    assertThat(scheduler.drive(w)).isCompletedWithValueMatching(i -> i.id().equals(id));
  }

  @Test
  void aNotFoundAnswerRightAfterCreationCountsAsPending() {
    ImagePoller poller = poller(WaitPolicy.defaults());
    ImageId id = Images.id(17);
    put(id, ImageState.AVAILABLE);
    // The whole first round answers NotFound: the call by id and its fallback by filter.
    for (int i = 0; i < 2; i++) {
      provider.once(Ec2Action.DESCRIBE_IMAGES, inv -> {
        throw new AmiNotFoundException("InvalidAMIID.NotFound", "The image id '[" + id + "]' does not exist", null);
      });
    }
    CompletableFuture<Image> w = poller.awaitAvailable(id, id.value(), progress, clock.instant().plus(Duration.ofHours(1)));
    assertThat(scheduler.drive(w)).isCompletedWithValueMatching(i -> i.id().equals(id));
    assertThat(provider.count(Ec2Action.DESCRIBE_IMAGES)).isEqualTo(3);
  }

  @Test
  void anIdStillInvisibleAfterTheGraceFailsAsNotFound() {
    ImagePoller poller = poller(WaitPolicy.builder().notFoundGrace(Duration.ofMinutes(5)).build());
    ImageId id = Images.id(8);
    Instant start = clock.instant();
    CompletableFuture<Image> w = poller.awaitAvailable(id, id.value(), progress, start.plus(Duration.ofHours(1)));
    assertThatThrownBy(() -> ManualScheduler.joined(scheduler.drive(w))).isInstanceOf(AmiNotFoundException.class)
        .hasMessageContaining(id.value());
    assertThat(Duration.between(start, clock.instant())).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(6));
  }

  @Test
  void aFailedImageFailsAtOnceWithItsStateReason() {
    ImagePoller poller = poller(WaitPolicy.defaults());
    ImageId id = Images.id(9);
    put(id, ImageState.PENDING);
    CompletableFuture<Image> w = poller.awaitAvailable(id, id.value(), progress, clock.instant().plus(Duration.ofHours(1)));
    scheduler.advance(Duration.ofSeconds(5));
    world.put(id, Image.builder(world.get(id)).state(ImageState.FAILED)
        .stateReason(StateReason.of("Client.InvalidSnapshot.NotFound", "The snapshot does not exist")).build());
    long before = provider.count(Ec2Action.DESCRIBE_IMAGES);
    scheduler.drive(w);

    assertThat(provider.count(Ec2Action.DESCRIBE_IMAGES)).isEqualTo(before + 1);
    assertThatThrownBy(() -> ManualScheduler.joined(w)).isInstanceOfSatisfying(AmiImageFailedException.class, e -> {
      assertThat(e.errorCode()).isEqualTo("Client.InvalidSnapshot.NotFound");
      assertThat(e.getMessage()).contains("failed").contains("The snapshot does not exist");
      assertThat(e.image().id()).isEqualTo(id);
    });
    assertThat(events).extracting(ProgressEvent::state).containsExactly("pending", "failed");
  }

  @Test
  void imagesAwaitedSeparatelyShareRounds() {
    ImagePoller poller = poller(WaitPolicy.defaults());
    put(Images.id(1), ImageState.PENDING);
    put(Images.id(2), ImageState.PENDING);
    CompletableFuture<Image> a = poller.awaitAvailable(Images.id(1), "a", progress, clock.instant().plus(Duration.ofHours(1)));
    scheduler.advance(Duration.ofSeconds(2));
    CompletableFuture<Image> b = poller.awaitAvailable(Images.id(2), "b", progress, clock.instant().plus(Duration.ofHours(1)));
    scheduler.advance(Duration.ofSeconds(3));
    // The round due for the first watch asked about both.
    assertThat(provider.calls(Ec2Action.DESCRIBE_IMAGES)).hasSize(1);
    assertThat(Images.askedIds(provider.calls(Ec2Action.DESCRIBE_IMAGES).get(0).<ImageQuery>arg(0)))
        .containsExactlyInAnyOrder(Images.id(1), Images.id(2));
    world.replaceAll((id, img) -> Image.builder(img).state(ImageState.AVAILABLE).build());
    scheduler.drive(CompletableFuture.allOf(a, b));
    assertThat(a).isCompleted();
    assertThat(b).isCompleted();
  }

  @Test
  void aCancelledWatchIsNoLongerPolled() {
    ImagePoller poller = poller(WaitPolicy.defaults());
    put(Images.id(3), ImageState.PENDING);
    CompletableFuture<Image> w = poller.awaitAvailable(Images.id(3), "c", progress, clock.instant().plus(Duration.ofHours(1)));
    scheduler.advance(Duration.ofSeconds(6));
    long polls = provider.count(Ec2Action.DESCRIBE_IMAGES);
    w.cancel(false);
    scheduler.advance(Duration.ofMinutes(30));
    assertThat(provider.count(Ec2Action.DESCRIBE_IMAGES)).isEqualTo(polls);
    assertThat(poller.awaited()).isZero();
  }
}
