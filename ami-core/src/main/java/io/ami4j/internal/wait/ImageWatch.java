package io.ami4j.internal.wait;

import io.ami4j.WaitPolicy;
import io.ami4j.internal.pending.Progress;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** One awaited image: its deadline, its own growing poll interval, and what was last seen. */
final class ImageWatch {
  final ImageId id;
  final String label;
  final Progress progress;
  final CompletableFuture<Image> future = new CompletableFuture<>();
  final Instant registered;
  final Instant deadline;
  Duration interval;
  Instant nextDue;
  /** The last state seen, as EC2 wrote it (so that a state ami4j does not know is named too). */
  String lastState;
  boolean reportedInvisible;

  ImageWatch(ImageId id, String label, Progress progress, Instant now, Instant deadline, WaitPolicy policy) {
    this.id = id;
    this.label = label;
    this.progress = progress;
    this.registered = now;
    this.deadline = deadline;
    this.interval = policy.initialInterval();
    this.nextDue = now.plus(interval);
  }

  /** Moves the next poll out by a grown interval, once this watch's poll was due. */
  void polled(Instant now, WaitPolicy policy) {
    if (now.isBefore(nextDue)) {
      return;
    }
    interval = grow(interval, policy);
    nextDue = now.plus(interval);
  }

  /** The next poll interval: this one times the policy's multiplier, at most its cap. */
  static Duration grow(Duration interval, WaitPolicy policy) {
    long grown = (long) Math.ceil(interval.toMillis() * policy.multiplier());
    return Duration.ofMillis(Math.min(grown, policy.maxInterval().toMillis()));
  }

  /** When this watch next needs a poll: its next due time, or its deadline if earlier. */
  Instant wakeUp() {
    return nextDue.isBefore(deadline) ? nextDue : deadline;
  }
}
