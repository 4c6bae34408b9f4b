package io.ami4j.testkit.fault;

import io.ami4j.model.ImageId;
import io.ami4j.model.ResourceId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Images created through the decorator that the backend does not show yet, and until when. */
final class ConsistencyLag {
  private final Map<ImageId, Instant> hiddenUntil = new ConcurrentHashMap<>();

  void hide(ImageId id, Instant until) {
    hiddenUntil.put(id, until);
  }

  /** The first of {@code ids} still hidden at {@code now}; forgets images whose window is over. */
  Optional<ImageId> hidden(Collection<? extends ResourceId> ids, Instant now) {
    for (ResourceId id : ids) {
      if (id instanceof ImageId image) {
        Instant until = hiddenUntil.get(id);
        if (until != null) {
          if (now.isBefore(until)) {
            return Optional.of(image);
          }
          hiddenUntil.remove(id, until);
        }
      }
    }
    return Optional.empty();
  }
}
