package io.ami4j.archfixture;

import io.ami4j.internal.validate.Rules;
import io.ami4j.internal.value.AmiStyle;
import io.github.bucket4j.Bucket;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A public class of a non-internal package whose public and protected signatures expose
 * internal and third-party engine types in every way the rule must catch. Each member is named
 * after what it leaks.
 */
public class LeakyApi {
  /** A field type from resilience4j. */
  public RetryConfig publicFieldOfRetryConfig;

  /** A protected field whose generic argument is from bucket4j. */
  protected List<Bucket> protectedFieldOfListOfBucket;

  /** Private members may use anything: not a violation. */
  private Retry privateFieldIsFine;

  /** A constructor parameter from an internal package. */
  protected LeakyApi(AmiStyle constructorParameterOfInternalType) {}

  /** A plain constructor: not a violation. */
  public LeakyApi() {}

  /** A return type from resilience4j. */
  public Retry returnsRetry() {
    return privateFieldIsFine;
  }

  /** A parameter from an internal package. */
  public void takesRules(Rules parameterOfInternalType) {}

  /** A type argument nested two levels deep. */
  public Map<String, Optional<Bucket>> returnsMapOfOptionalOfBucket() {
    return Map.of();
  }

  /** A wildcard bound. */
  public void takesWildcard(List<? extends Retry> wildcardOfRetry) {}

  /** A method type parameter bound. */
  public <T extends Bucket> T typeParameterBoundedByBucket() {
    return null;
  }

  /** An array of an internal type. */
  public Rules[] returnsArrayOfRules() {
    return new Rules[0];
  }

  /** Only JDK types: not a violation. */
  public Supplier<String> returnsOnlyJdkTypes() {
    return () -> "fine";
  }

  /** Private methods may use anything: not a violation. */
  private Retry privateMethodIsFine(Bucket bucket) {
    return privateFieldIsFine;
  }

  /** Package-private methods are not public API: not a violation. */
  Retry packagePrivateMethodIsFine() {
    return privateMethodIsFine(null);
  }
}
