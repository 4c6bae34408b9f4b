package io.ami4j.archfixture;

import io.github.resilience4j.retry.Retry;

/** A package-private class is not public API, whatever its members expose: not a violation. */
class HiddenLeaks {
  /** Not reachable from outside the package. */
  public Retry retry() {
    return null;
  }

  /** A public nested class of a package-private class is not public API either. */
  public static class Nested {
    /** Not reachable from outside the package. */
    public Retry retry() {
      return null;
    }
  }
}
