package io.ami4j.internal.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiIncompleteAnswerException;
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
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Page;
import io.ami4j.spi.RateLimits;
import io.ami4j.spi.Unmapped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a wait does with answers ami4j cannot fully read: an awaited image that is in the answer
 * but could not be mapped fails its wait at once with the reason (never spinning until the
 * deadline), and an image in a state ami4j does not know keeps the wait waiting, named as EC2
 * wrote it.
 */
class ImagePollerAnswerTest {
  private static final Region R = Region.of("us-east-1");
  private final ManualClock clock = ManualClock.atDefaultStart();
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final ScriptedProvider provider = ScriptedProvider.create(clock);
  private final Map<ImageId, Image> world = new ConcurrentHashMap<>();
  private final List<ProgressEvent> events = new ArrayList<>();
  private final Progress progress = new Progress("CreateImage", clock, List.of(events::add));

  private ImagePoller poller() {
    CallRunner runner = new CallRunner(new Throttle(RateLimits.ec2Defaults(), clock, scheduler), scheduler, clock,
        RetryPolicy.builder().seed(1).build());
    return new ImagePoller(R, provider, runner, scheduler, clock, WaitPolicy.defaults());
  }

  /** The answer of the world, plus the unmapped items given, as a provider would report them. */
  private void answerWith(List<Unmapped> unmapped) {
    provider.always(Ec2Action.DESCRIBE_IMAGES, inv -> {
      Page<Image> p = Images.answer(inv.<ImageQuery>arg(0), world.values());
      return Page.of(p.items(), null, unmapped);
    });
  }

  @Test
  void anAwaitedImageInTheAnswerThatCouldNotBeMappedFailsAtOnceAndTheOthersAreNotHeldUp() {
    ImageId readable = Images.id(1);
    ImageId unreadable = Images.id(2);
    world.put(readable, Images.image(readable, "ok", ImageState.PENDING, clock.instant()).build());
    answerWith(List.of(Unmapped.of("image", unreadable.value(), "creationDate 'yesterday' must be an ISO-8601 time")));
    ImagePoller poller = poller();
    Instant start = clock.instant();
    Instant deadline = start.plus(Duration.ofMinutes(45));

    CompletableFuture<Image> bad = poller.awaitAvailable(unreadable, unreadable.value(), progress, deadline);
    CompletableFuture<Image> good = poller.awaitAvailable(readable, readable.value(), progress, deadline);

    assertThatThrownBy(() -> ManualScheduler.joined(scheduler.drive(bad)))
        .isInstanceOf(AmiIncompleteAnswerException.class)
        .hasMessageContaining(unreadable.value()).hasMessageContaining("creationDate");
    // At the first round, not after a not-found grace or the deadline.
    assertThat(Duration.between(start, clock.instant())).isLessThanOrEqualTo(WaitPolicy.defaults().initialInterval());
    assertThat(good).isNotDone();

    world.put(readable, Images.available(readable, "ok", clock.instant()));
    assertThat(ManualScheduler.joined(scheduler.drive(good)).state()).isEqualTo(ImageState.AVAILABLE);
  }

  @Test
  void anItemWithoutAnIdFailsTheAwaitedImageMissingFromTheAnswerAtOnce() {
    ImageId seen = Images.id(1);
    ImageId missing = Images.id(2);
    world.put(seen, Images.available(seen, "ok", clock.instant()));
    answerWith(List.of(Unmapped.of("image", null, "EC2's answer has no id for it")));
    ImagePoller poller = poller();
    Instant start = clock.instant();
    Instant deadline = start.plus(Duration.ofMinutes(45));

    CompletableFuture<Image> lost = poller.awaitAvailable(missing, missing.value(), progress, deadline);
    CompletableFuture<Image> found = poller.awaitAvailable(seen, seen.value(), progress, deadline);

    assertThatThrownBy(() -> ManualScheduler.joined(scheduler.drive(lost)))
        .isInstanceOf(AmiIncompleteAnswerException.class).hasMessageContaining("without an id");
    // At the first round, well within the not-found grace an invisible image would get.
    assertThat(Duration.between(start, clock.instant())).isLessThan(WaitPolicy.defaults().notFoundGrace());
    assertThat(ManualScheduler.joined(scheduler.drive(found)).id()).isEqualTo(seen);
  }

  @Test
  void aStateAmi4jDoesNotKnowKeepsTheWaitWaitingAndIsReportedAsEc2WroteIt() {
    ImageId id = Images.id(3);
    world.put(id, Images.image(id, "odd", ImageState.UNKNOWN, clock.instant())
        .putUnknownValues("state", "optimizing").build());
    Instant becomesAvailable = clock.instant().plus(Duration.ofMinutes(4));
    provider.always(Ec2Action.DESCRIBE_IMAGES, inv -> {
      if (!clock.instant().isBefore(becomesAvailable)) {
        world.put(id, Images.available(id, "odd", clock.instant()));
      }
      return Images.answer(inv.<ImageQuery>arg(0), world.values());
    });

    Image image = ManualScheduler.joined(scheduler.drive(
        poller().awaitAvailable(id, id.value(), progress, clock.instant().plus(Duration.ofMinutes(45)))));

    assertThat(image.state()).isEqualTo(ImageState.AVAILABLE);
    assertThat(events.stream().map(ProgressEvent::state).collect(Collectors.toList()))
        .containsSubsequence("optimizing", "available");
  }

  @Test
  void aWaitThatTimesOutInAStateAmi4jDoesNotKnowNamesIt() {
    ImageId id = Images.id(4);
    world.put(id, Images.image(id, "odd", ImageState.UNKNOWN, clock.instant())
        .putUnknownValues("state", "optimizing").build());
    provider.always(Ec2Action.DESCRIBE_IMAGES, inv -> Images.answer(inv.<ImageQuery>arg(0), world.values()));

    CompletableFuture<Image> w = poller().awaitAvailable(id, id.value(), progress,
        clock.instant().plus(Duration.ofMinutes(5)));

    assertThatThrownBy(() -> ManualScheduler.joined(scheduler.drive(w))).isInstanceOf(AmiTimeoutException.class)
        .hasMessageContaining("last state: optimizing");
  }
}
