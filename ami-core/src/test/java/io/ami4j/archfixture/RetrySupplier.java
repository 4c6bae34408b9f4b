package io.ami4j.archfixture;

import io.github.resilience4j.retry.Retry;
import java.util.function.Supplier;

/** A public class whose generic interface exposes a resilience4j type. */
public final class RetrySupplier implements Supplier<Retry> {
  /** The inherited {@code get()} exposes the type too, through the interface's type argument. */
  @Override
  public Retry get() {
    return null;
  }
}
