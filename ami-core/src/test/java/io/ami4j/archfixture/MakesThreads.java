package io.ami4j.archfixture;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Breaks the one-place-for-threads rule three ways. */
public final class MakesThreads {
  private MakesThreads() {
  }

  static Thread ownThread(Runnable r) {
    return new Thread(r, "own");
  }

  static ExecutorService ownPool() {
    return Executors.newFixedThreadPool(2);
  }

  static CompletableFuture<Void> onTheCommonPool(Runnable r) {
    return CompletableFuture.runAsync(r);
  }
}
