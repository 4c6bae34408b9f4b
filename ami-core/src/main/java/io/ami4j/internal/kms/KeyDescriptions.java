package io.ami4j.internal.kms;

import io.ami4j.internal.call.CallRunner;
import io.ami4j.model.KmsKey;
import io.ami4j.model.KmsKeyDescription;
import io.ami4j.model.Region;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Ec2Action;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What KMS says of each key (DescribeKey), asked once per key and region and kept for the
 * client's life: a key's manager never changes. Only answers are kept; a failure is asked again.
 * Thread-safe; two first uses at once may both ask, which is harmless.
 */
public final class KeyDescriptions {
  private static final Logger LOG = LoggerFactory.getLogger(KeyDescriptions.class);

  private record CacheKey(Region region, KmsKey key) {}

  private final AmiProvider provider;
  private final CallRunner runner;
  private final Map<CacheKey, KmsKeyDescription> known = new ConcurrentHashMap<>();

  /**
   * Creates the cache.
   *
   * @param provider the backend
   * @param runner the call runner
   */
  public KeyDescriptions(AmiProvider provider, CallRunner runner) {
    this.provider = provider;
    this.runner = runner;
  }

  /**
   * The key's description, from the cache or KMS DescribeKey, without blocking.
   *
   * @param region the region of the resource the key encrypts
   * @param key the key as the resource names it (an ARN, an alias or a key id)
   * @return what KMS says of it, or what DescribeKey raised
   */
  public CompletableFuture<KmsKeyDescription> describeAsync(Region region, KmsKey key) {
    KmsKeyDescription known = this.known.get(new CacheKey(region, key));
    if (known != null) {
      return CompletableFuture.completedFuture(known);
    }
    return runner.call(region, Ec2Action.DESCRIBE_KEY, c -> provider.describeKey(c, key)).thenApply(d -> {
      LOG.debug("KMS key {} in {} is {} managed ({})", key, region, d.keyManager(), d.arn());
      this.known.putIfAbsent(new CacheKey(region, key), d);
      this.known.putIfAbsent(new CacheKey(region, d.arn()), d);
      return d;
    });
  }

  /** How many keys are known, for tests and diagnostics. */
  public int size() {
    return known.size();
  }
}
