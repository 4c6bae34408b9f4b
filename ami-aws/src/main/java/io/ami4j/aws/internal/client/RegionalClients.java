package io.ami4j.aws.internal.client;

import io.ami4j.AmiException;
import io.ami4j.model.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * One SDK client of a service per region, made on first use and kept until {@link #close()}.
 * Thread-safe: concurrent first calls in a region make one client.
 *
 * @param <C> the client type
 */
public final class RegionalClients<C extends SdkAutoCloseable> implements SdkAutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RegionalClients.class);

  private final String service;
  private final Function<Region, C> factory;
  private final ConcurrentMap<Region, C> clients = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /**
   * Creates the holder.
   *
   * @param service the service's name, for messages
   * @param factory makes the client of a region
   */
  public RegionalClients(String service, Function<Region, C> factory) {
    this.service = service;
    this.factory = factory;
  }

  /**
   * The client of a region, made on first use.
   *
   * @param region the region
   * @return its client
   * @throws AmiException when the provider was closed
   */
  public C in(Region region) {
    requireOpen();
    C client = clients.computeIfAbsent(region, r -> {
      LOG.debug("Creating the {} client of {}", service, r);
      return factory.apply(r);
    });
    // A close() that ran while the client was being made has not seen it: close it here.
    if (closed && clients.remove(region, client)) {
      client.close();
      requireOpen();
    }
    return client;
  }

  /** The regions that have a client, for tests and diagnostics. */
  public List<Region> regions() {
    return new ArrayList<>(clients.keySet());
  }

  @Override
  public void close() {
    closed = true;
    for (Region region : List.copyOf(clients.keySet())) {
      C client = clients.remove(region);
      if (client != null) {
        try {
          client.close();
        } catch (RuntimeException e) {
          LOG.warn("Closing the {} client of {} failed", service, region, e);
        }
      }
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new AmiException("ami4j.ProviderClosed", "The AWS provider is closed; create a new one.",
          null, false, null);
    }
  }
}
