package io.ami4j.internal.time;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The only place in ami-core that makes threads: the default scheduler and the default blocking
 * executor of a client given none. Everything else in the engine runs on what the client was
 * given (an architecture test holds this).
 */
public final class Threads {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private Threads() {
  }

  /**
   * The scheduler of a client given none: a few daemon timer threads.
   *
   * @return a new scheduler; its owner shuts it down
   */
  public static ScheduledExecutorService defaultScheduler() {
    ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(4, daemon("ami4j-" + POOLS.incrementAndGet()));
    s.setRemoveOnCancelPolicy(true);
    s.setKeepAliveTime(30, TimeUnit.SECONDS);
    return s;
  }

  /**
   * The blocking executor of a client given none: daemon threads that come and go with need
   * (bulk work bounds what runs at once by its lanes, so the pool does not).
   *
   * @return a new executor; its owner shuts it down
   */
  public static ExecutorService defaultBlockingExecutor() {
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
        daemon("ami4j-blocking-" + POOLS.incrementAndGet()));
  }

  private static ThreadFactory daemon(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
