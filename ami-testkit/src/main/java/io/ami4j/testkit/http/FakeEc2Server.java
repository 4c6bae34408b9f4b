package io.ami4j.testkit.http;

import com.sun.net.httpserver.HttpServer;
import io.ami4j.model.AccountId;
import io.ami4j.spi.AmiProvider;
import io.ami4j.testkit.FakeEc2;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake EC2 on loopback, in EC2's own wire protocols: point the AWS SDK's {@code Ec2Client},
 * {@code SsmClient} or {@code StsClient}, the AWS CLI or boto3 at {@link #endpoint()}.
 *
 * <pre>{@code
 * FakeEc2 world = FakeEc2.create();
 * try (FakeEc2Server server = FakeEc2Server.start(world)) {
 *   Ec2Client ec2 = Ec2Client.builder().endpointOverride(server.endpoint())
 *       .region(software.amazon.awssdk.regions.Region.US_EAST_1)
 *       .credentialsProvider(StaticCredentialsProvider.create(
 *           AwsBasicCredentials.create("111122223333", "any-secret")))   // a 12-digit key is that account
 *       .build();
 *   ec2.describeImages(r -> r.owners("amazon"));
 * }
 * }</pre>
 *
 * <p>Requests act for the account named by a 12-digit access key id, or for
 * {@code 000000000000} with any other key, in the region of the SigV4 credential scope.
 * Signatures are not verified. The server serves what its providers hold: time, pending
 * durations and faults are controlled on the world it serves.
 */
public final class FakeEc2Server implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FakeEc2Server.class);
  private static final AtomicInteger THREADS = new AtomicInteger();

  static {
    // The JDK's HTTP server leaves Nagle's algorithm on unless told otherwise, which holds each
    // small answer back for tens of milliseconds; EC2 clients wait for every answer. The
    // property is read once, when the JDK's server classes load, so it is set before the first
    // server starts (and left alone when the application chose a value).
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final URI endpoint;
  private final AtomicBoolean stopped = new AtomicBoolean();

  private FakeEc2Server(HttpServer server, ExecutorService executor, String host) {
    this.server = server;
    this.executor = executor;
    String h = host.contains(":") ? "[" + host + "]" : host;
    this.endpoint = URI.create("http://" + h + ":" + server.getAddress().getPort());
  }

  /**
   * Serves a world on loopback, on a free port.
   *
   * @param world the in-memory world
   * @return the running server
   */
  public static FakeEc2Server start(FakeEc2 world) {
    return builder().world(world).start();
  }

  /** A builder: loopback ({@code 127.0.0.1}), a free port, and the providers to serve. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URI to give clients as their endpoint, e.g. {@code http://127.0.0.1:41817}. */
  public URI endpoint() {
    return endpoint;
  }

  /** The port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops serving and releases the port and threads; later calls do nothing. */
  public void stop() {
    if (stopped.compareAndSet(false, true)) {
      server.stop(0);
      executor.shutdownNow();
      LOG.debug("fake EC2 at {} stopped", endpoint);
    }
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  @Override
  public String toString() {
    return "FakeEc2Server[" + endpoint + "]";
  }

  /** Configures and starts a {@link FakeEc2Server}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private int threads = 8;
    private Function<AccountId, AmiProvider> providers;
    private Ec2Endpoint.WireTap tap = (action, request, status, body) -> { };

    private Builder() {}

    /** Lets tests in this package see each request's parameters and answer. */
    Builder wireTap(Ec2Endpoint.WireTap tap) {
      this.tap = Objects.requireNonNull(tap, "tap");
      return this;
    }

    /**
     * The address to bind, {@code 127.0.0.1} by default. Bind another only on a trusted network:
     * the server verifies no signatures.
     *
     * @param host a host name or IP address
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * The port; {@code 0} (the default) picks a free one.
     *
     * @param port 0 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * How many requests are served at once (8 by default).
     *
     * @param threads at least 1
     * @return this builder
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * What to serve: the provider of each account (asked once per account, on its first
     * request). Usually the in-memory world's {@code world::provider}.
     *
     * @param providers the provider of an account
     * @return this builder
     */
    public Builder providers(Function<AccountId, AmiProvider> providers) {
      this.providers = Objects.requireNonNull(providers, "providers");
      return this;
    }

    /**
     * Serves this in-memory world: each account's requests go to {@code world.provider(account)}.
     * Time and pending durations are the world's: on a virtual clock, advance it for pending
     * images to become available; on the real clock they do so by themselves.
     *
     * @param world the world
     * @return this builder
     */
    public Builder world(FakeEc2 world) {
      Objects.requireNonNull(world, "world");
      return providers(world::provider);
    }

    /**
     * Binds the port and starts serving.
     *
     * @return the running server
     * @throws UncheckedIOException if the port cannot be bound
     * @throws IllegalStateException if no providers were given
     */
    public FakeEc2Server start() {
      if (providers == null) {
        throw new IllegalStateException("no providers: call providers(world::provider) before start()");
      }
      HttpServer server;
      try {
        server = HttpServer.create(new InetSocketAddress(host, port), 64);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
      }
      ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "fake-ec2-http-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
      server.createContext("/", new Ec2Endpoint(providers, tap));
      server.setExecutor(executor);
      server.start();
      FakeEc2Server started = new FakeEc2Server(server, executor, host);
      LOG.debug("fake EC2 listening on {}", started.endpoint);
      return started;
    }
  }
}
