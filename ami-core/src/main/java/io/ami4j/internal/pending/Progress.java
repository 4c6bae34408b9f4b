package io.ami4j.internal.pending;

import io.ami4j.ProgressEvent;
import io.ami4j.ProgressListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress of one long operation: turns each state change into a {@link ProgressEvent} for
 * the client's and the operation's listeners, and an INFO log line.
 */
public final class Progress {
  private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

  private final String operation;
  private final Clock clock;
  private final Instant started;
  private final List<ProgressListener> listeners = new CopyOnWriteArrayList<>();
  private final AtomicReference<ProgressEvent> last = new AtomicReference<>();

  /**
   * Starts tracking.
   *
   * @param operation the operation's name, e.g. {@code CreateImage}
   * @param clock the time source
   * @param clientListeners the client's listeners
   */
  public Progress(String operation, Clock clock, List<ProgressListener> clientListeners) {
    this.operation = operation;
    this.clock = clock;
    this.started = clock.instant();
    this.listeners.addAll(clientListeners);
  }

  /** The operation's name. */
  public String operation() {
    return operation;
  }

  /** When it started. */
  public Instant started() {
    return started;
  }

  /**
   * Adds a listener.
   *
   * @param listener the listener
   */
  public void add(ProgressListener listener) {
    listeners.add(listener);
  }

  /** The last event. */
  public ProgressEvent last() {
    return last.get();
  }

  /**
   * Reports a state change.
   *
   * @param resource the resource
   * @param state the state reached
   * @param message for people
   */
  public void report(String resource, String state, String message) {
    report(resource, state, message, true);
  }

  /**
   * Reports a state change of one item among many (an image of a bulk cleanup): the listeners
   * get it as any other, the log only at DEBUG, as the operation logs its progress in steps.
   *
   * @param resource the resource
   * @param state the state reached
   * @param message for people
   */
  public void reportItem(String resource, String state, String message) {
    report(resource, state, message, false);
  }

  /**
   * Passes on an event of another operation that is part of this one (a bake's stage), to this
   * operation's listeners, without logging it again.
   *
   * @param e the event
   */
  public void relay(ProgressEvent e) {
    last.set(e);
    notify(e);
  }

  private void report(String resource, String state, String message, boolean info) {
    Duration elapsed = Duration.between(started, clock.instant());
    ProgressEvent e = ProgressEvent.of(operation, resource, state, elapsed, message);
    last.set(e);
    if (info) {
      LOG.info("{} {}: {} after {}s — {}", operation, resource, state, elapsed.toSeconds(), message);
    } else {
      LOG.debug("{} {}: {} after {}s — {}", operation, resource, state, elapsed.toSeconds(), message);
    }
    notify(e);
  }

  private void notify(ProgressEvent e) {
    for (ProgressListener l : listeners) {
      try {
        l.onProgress(e);
      } catch (RuntimeException ex) {
        LOG.warn("A progress listener failed on {}; ignored", e, ex);
      }
    }
  }
}
