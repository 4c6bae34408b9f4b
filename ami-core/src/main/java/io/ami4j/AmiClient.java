package io.ami4j;

import io.ami4j.bake.BakeResult;
import io.ami4j.bake.BakeSpec;
import io.ami4j.bake.Bakes;
import io.ami4j.bake.Freshness;
import io.ami4j.bake.StaleImage;
import io.ami4j.bake.SweepResult;
import io.ami4j.cleanup.CleanupPlan;
import io.ami4j.cleanup.CleanupResult;
import io.ami4j.cleanup.CleanupSpec;
import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.engine.VerbAccess;
import io.ami4j.internal.time.Threads;
import io.ami4j.internal.validate.Check;
import io.ami4j.model.ImageId;
import io.ami4j.model.Region;
import io.ami4j.model.ResourceId;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.CallInterceptor;
import io.ami4j.spi.ProviderDiscovery;
import io.ami4j.spi.RateLimits;
import io.ami4j.spi.VirtualTimeScheduler;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of ami4j: every verb of an image's life, paced by EC2's rate limits, retried
 * when the backend fails transiently, and awaited against deadlines.
 *
 * <pre>{@code
 * try (AmiClient amis = AmiClient.builder().region(Region.of("us-east-1")).build()) {
 *   Image base = amis.images().amazonLinux(AmazonLinux.AL2023, Architecture.X86_64);
 *   Image golden = amis.create().fromInstance(InstanceId.of("i-0123456789abcdef0"))
 *       .named("web-2026-11-27").noReboot().tag("env", "prod").tagSnapshots()
 *       .submit().await();
 *   Image west = amis.copy(golden.id()).toRegion(Region.of("eu-west-1")).submit().await();
 * }
 * }</pre>
 *
 * <p>A client is thread-safe: share one per account. Every verb returns a fresh single-use spec.
 * {@link #close()} releases only what the client created itself: a provider it discovered and a
 * scheduler or blocking executor it made, never ones passed to the builder.
 */
public final class AmiClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AmiClient.class);

  private final Engine engine;
  private final boolean ownsProvider;
  private final boolean ownsScheduler;
  private final ExecutorService ownBlockingExecutor;

  private AmiClient(Engine engine, boolean ownsProvider, boolean ownsScheduler, ExecutorService ownBlockingExecutor) {
    this.ownBlockingExecutor = ownBlockingExecutor;
    this.engine = engine;
    this.ownsProvider = ownsProvider;
    this.ownsScheduler = ownsScheduler;
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The region verbs use when they name none. */
  public Region region() {
    return engine.defaultRegion();
  }

  /**
   * The provider the client talks to, as it was given. Calls made on it directly go around the
   * client: no interceptors, pacing or retries (the client's own verbs have all three).
   */
  public AmiProvider provider() {
    return engine.backend();
  }

  /**
   * Finding images, and awaiting images started earlier.
   *
   * <pre>{@code Optional<Image> web = amis.images().query().ownedBy(Owner.SELF).named("web-*").latest(); }</pre>
   *
   * @return the finder
   */
  public ImageFinder images() {
    return new ImageFinder(engine, engine.defaultRegion());
  }

  /**
   * EBS snapshots: get, query, tag and delete, with the same pacing, retries and validation as
   * images.
   *
   * <pre>{@code List<Snapshot> mine = amis.snapshots().query().ownedBy(Owner.SELF).tagged("env", "prod").list(); }</pre>
   *
   * @return the snapshot operations, in the client's default region
   */
  public Snapshots snapshots() {
    return new Snapshots(engine, engine.defaultRegion());
  }

  /**
   * Creating an image from an EBS-backed instance.
   *
   * <pre>{@code amis.create().fromInstance(id).named("web-1").submit().await(); }</pre>
   *
   * @return where to name the instance
   */
  public CreateImageSpec.Source create() {
    return new CreateImageSpec.Source(engine);
  }

  /**
   * Registering an image from an EBS snapshot or an instance-store manifest.
   *
   * <pre>{@code amis.register().fromSnapshot(snap).named("imported").architecture(Architecture.ARM64).submit(); }</pre>
   *
   * @return where to name the source
   */
  public RegisterImageSpec.Source register() {
    return new RegisterImageSpec.Source(engine);
  }

  /**
   * Launching instances from an image.
   *
   * <pre>{@code List<LaunchedInstance> web = amis.launch(id).instanceType("t3.micro").keyName("ops").submit().await(); }</pre>
   *
   * @param image the image
   * @return the spec
   */
  public LaunchSpec launch(ImageId image) {
    return new LaunchSpec(engine, Check.notNull("imageId", image));
  }

  /**
   * Copying an image to other regions: to one with {@link CopySpec#toRegion(Region)} (answers the
   * copy), to many with {@link CopySpec#to(Region...)} (answers a map by region).
   *
   * <pre>{@code
   * Image west = amis.copy(id).toRegion(Region.of("eu-west-1")).copyTags().submit().await();
   * Map<Region, Image> all = amis.copy(id).to(Region.of("eu-west-1"), Region.of("ap-south-1")).submit().await();
   * }</pre>
   *
   * @param image the image, in the client's region (or {@link CopySpec#from(Region)})
   * @return the spec
   */
  public CopySpec copy(ImageId image) {
    return new CopySpec(engine, Check.notNull("imageId", image));
  }

  /**
   * Sharing an image with accounts, organizations and OUs, or making it public.
   *
   * <pre>{@code amis.sharing(id).grant(LaunchPermission.account("123456789012")).shareSnapshots().apply(); }</pre>
   *
   * @param image the image
   * @return the spec
   */
  public SharingSpec sharing(ImageId image) {
    return new SharingSpec(engine, Check.notNull("imageId", image));
  }

  /**
   * Looking up and terminating instances.
   *
   * <pre>{@code amis.instances().terminate(instanceId).apply(); }</pre>
   *
   * @return the instance operations, in the client's default region
   */
  public Instances instances() {
    return new Instances(engine, engine.defaultRegion());
  }

  /**
   * Adding and removing tags of an image (and, when asked, of its snapshots), a snapshot or an
   * instance.
   *
   * <pre>{@code amis.tags(id).add("env", "prod").remove("tmp").tagSnapshots().apply(); }</pre>
   *
   * @param image the image, snapshot or instance
   * @return the spec
   */
  public TagSpec tags(ResourceId image) {
    return new TagSpec(engine, Check.notNull("resource", image));
  }

  /**
   * Deprecation, deregistration protection, disabling and restoring an image.
   *
   * <pre>{@code amis.retire(id).deprecateAt(Instant.parse("2027-01-01T00:00:00Z")).protect(true).apply(); }</pre>
   *
   * @param image the image
   * @return the spec
   */
  public RetireSpec retire(ImageId image) {
    return new RetireSpec(engine, Check.notNull("imageId", image));
  }

  /**
   * Deregistering an image, with its snapshots if asked.
   *
   * <pre>{@code DeregistrationResult r = amis.deregister(id).deleteSnapshots().onlyIfUnused().submit().await(); }</pre>
   *
   * @param image the image
   * @return the spec
   */
  public DeregisterSpec deregister(ImageId image) {
    return new DeregisterSpec(engine, Check.notNull("imageId", image));
  }

  /**
   * Tagging many images (and their snapshots) at once, up to 1,000 resources per call.
   *
   * <pre>{@code amis.tagImages(ids).add("retire", "2027-01").tagSnapshots().apply(); }</pre>
   *
   * @param images the images, at least one
   * @return the spec
   */
  public BulkTagSpec tagImages(java.util.Collection<ImageId> images) {
    Check.that(images != null && !images.isEmpty(), "images", images, "must name at least one image");
    images.forEach(i -> Check.notNull("imageId", i));
    return new BulkTagSpec(engine, List.copyOf(new java.util.LinkedHashSet<>(images)));
  }

  /**
   * Cleaning up images by policy: plan (read-only, printable), then submit the plan. The same
   * policy across several accounts: {@link CleanupSpec#acrossAccounts(java.util.Map)}.
   *
   * <pre>{@code
   * CleanupPlan plan = amis.cleanup().matching(q -> q.ownedBy(Owner.SELF).named("web-*"))
   *     .groupByNamePrefix().keepLatest(5).keepYoungerThan(Duration.ofDays(30)).plan();
   * CleanupResult report = plan.submit().await();
   * }</pre>
   *
   * @return the spec
   */
  public CleanupSpec cleanup() {
    return VerbAccess.newCleanupSpec(engine, () -> images().query());
  }

  /**
   * Baking an image from a base image as one safe pipeline: launch, customize by user data,
   * create, copy, share, retire settings, and cleanup whatever happens.
   *
   * <pre>{@code
   * BakeResult r = amis.bake(base.id()).userData(script).named("web-{date}").copyTo(Region.of("eu-west-1"))
   *     .submit().await();
   * }</pre>
   *
   * @param baseImage the image the builder is launched from
   * @return the spec
   */
  public BakeSpec bake(ImageId baseImage) {
    return VerbAccess.newBakeSpec(engine, Check.notNull("baseImage", baseImage));
  }

  /**
   * Housekeeping of bakes: sweeping what crashed bakes left.
   *
   * <pre>{@code SweepResult r = amis.bakes().sweep(Duration.ofHours(6)).apply(); }</pre>
   *
   * @return the bakes' housekeeping
   */
  public Bakes bakes() {
    return VerbAccess.newBakes(engine);
  }

  /**
   * Finding the account's images whose base image has a newer release.
   *
   * <pre>{@code List<StaleImage> stale = amis.freshness().named("web-*").check(); }</pre>
   *
   * @return the check
   */
  public Freshness freshness() {
    return VerbAccess.newFreshness(engine);
  }

  /**
   * Ends the operations still running (their {@link Pending} fail with {@code ami4j.ClientClosed};
   * the backend may still complete them) and closes what the client created: a discovered
   * provider, its own scheduler and blocking executor. Throws nothing.
   */
  @Override
  public void close() {
    engine.close();
    if (ownsScheduler) {
      engine.scheduler().shutdownNow();
    }
    if (ownBlockingExecutor != null) {
      ownBlockingExecutor.shutdown();
    }
    if (ownsProvider) {
      try {
        engine.backend().close();
      } catch (RuntimeException e) {
        LOG.warn("Closing provider {} failed", engine.backend().id(), e);
      }
    }
  }

  @Override
  public String toString() {
    return "AmiClient[" + engine.backend().id() + ", " + engine.defaultRegion() + "]";
  }

  /**
   * Builds an {@link AmiClient}.
   *
   * <pre>{@code
   * AmiClient amis = AmiClient.builder()
   *     .provider(provider)                               // or providerId("aws"), or discovery
   *     .region(Region.of("eu-west-1"))
   *     .waitPolicy(w -> w.timeout(Duration.ofHours(2)))
   *     .retryPolicy(r -> r.maxAttempts(8))
   *     .rateLimits(RateLimits.ec2Defaults().share(0.5))  // leave half to other tools
   *     .listener(e -> System.out.println(e))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private AmiProvider provider;
    private String providerId;
    private Region region;
    private WaitPolicy waitPolicy = WaitPolicy.defaults();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimits rateLimits = RateLimits.ec2Defaults();
    private Clock clock = Clock.systemUTC();
    private ScheduledExecutorService scheduler;
    private Executor blockingExecutor;
    private final List<ProgressListener> listeners = new ArrayList<>();
    private final List<CallInterceptor> interceptors = new ArrayList<>();
    private int bulkConcurrency = Engine.DEFAULT_BULK_CONCURRENCY;

    private Builder() {}

    /**
     * How many calls bulk work (cleanup, fan-out) keeps in flight per region and token bucket
     * (default {@value Engine#DEFAULT_BULK_CONCURRENCY}). The token buckets, not this number, set
     * the pace; enough calls in flight keep a slow backend at the bucket's rate.
     *
     * @param callsInFlight 1 to 256
     * @return this builder
     */
    public Builder bulkConcurrency(int callsInFlight) {
      this.bulkConcurrency = Check.inRange("bulkConcurrency", callsInFlight, 1, 256);
      return this;
    }

    /**
     * The provider to use; always wins over discovery. The client does not close it.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder provider(AmiProvider provider) {
      this.provider = Check.notNull("provider", provider);
      return this;
    }

    /**
     * The id of the provider to discover ({@code aws}, {@code fake}); without it, the
     * {@value ProviderDiscovery#PROPERTY} system property or the only provider found.
     *
     * @param id the id
     * @return this builder
     */
    public Builder providerId(String id) {
      this.providerId = Check.notNull("providerId", id);
      return this;
    }

    /**
     * The region of verbs that name none. Without it: {@code AWS_REGION} or
     * {@code AWS_DEFAULT_REGION} from the environment.
     *
     * @param region the region
     * @return this builder
     */
    public Builder region(Region region) {
      this.region = Check.notNull("region", region);
      return this;
    }

    /**
     * Changes the wait policy from its defaults.
     *
     * @param change e.g. {@code w -> w.timeout(Duration.ofHours(3))}
     * @return this builder
     */
    public Builder waitPolicy(Consumer<WaitPolicy.Builder> change) {
      WaitPolicy.Builder b = waitPolicy.toBuilder();
      change.accept(b);
      this.waitPolicy = b.build();
      return this;
    }

    /**
     * The wait policy.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder waitPolicy(WaitPolicy policy) {
      this.waitPolicy = Check.notNull("waitPolicy", policy);
      return this;
    }

    /**
     * Changes the retry policy from its defaults.
     *
     * @param change e.g. {@code r -> r.maxAttempts(5)}
     * @return this builder
     */
    public Builder retryPolicy(Consumer<RetryPolicy.Builder> change) {
      RetryPolicy.Builder b = retryPolicy.toBuilder();
      change.accept(b);
      this.retryPolicy = b.build();
      return this;
    }

    /**
     * The retry policy.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Check.notNull("retryPolicy", policy);
      return this;
    }

    /**
     * The client-side token buckets (default {@link RateLimits#ec2Defaults()}).
     *
     * @param limits e.g. {@code RateLimits.ec2Defaults().share(0.5)}
     * @return this builder
     */
    public Builder rateLimits(RateLimits limits) {
      this.rateLimits = Check.notNull("rateLimits", limits);
      return this;
    }

    /**
     * The time source of deadlines and buckets (default: the system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Check.notNull("clock", clock);
      return this;
    }

    /**
     * The scheduler every wait, backoff and poll runs on. The client does not shut it down.
     * Without it, the client makes one (daemon threads) and shuts it down on close.
     *
     * @param scheduler the scheduler
     * @return this builder
     */
    public Builder scheduler(ScheduledExecutorService scheduler) {
      this.scheduler = Check.notNull("scheduler", scheduler);
      return this;
    }

    /**
     * Where blocking work runs: the provider calls of bulk work (cleanup, bulk tagging), a bake's
     * cleanup (a bake's waits and calls hold no thread). The client does not shut it down. Without it, the client uses the
     * scheduler's own blocking executor when the scheduler is a {@link VirtualTimeScheduler}
     * (so that the work is counted and time stays exact), and otherwise makes a pool of daemon
     * threads that it shuts down on close.
     *
     * <pre>{@code AmiClient.builder().blockingExecutor(Executors.newFixedThreadPool(32)) }</pre>
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder blockingExecutor(Executor executor) {
      this.blockingExecutor = Check.notNull("blockingExecutor", executor);
      return this;
    }

    /**
     * Adds a listener for every state change of every long operation.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ProgressListener listener) {
      listeners.add(Check.notNull("listener", listener));
      return this;
    }

    /**
     * Adds an interceptor of every provider call: for logging, auditing, metrics. It sees each
     * attempt — retries included, with {@link io.ami4j.spi.CallContext#attempt()} — with the
     * action, region and arguments; interceptors added first run outermost. See
     * {@link CallInterceptor}, and the {@code ami-micrometer} module for metrics.
     *
     * @param interceptor the interceptor
     * @return this builder
     */
    public Builder interceptor(CallInterceptor interceptor) {
      interceptors.add(Check.notNull("interceptor", interceptor));
      return this;
    }

    /**
     * The client.
     *
     * @return the client
     * @throws AmiException when no provider or no region can be found, saying how to name one
     */
    public AmiClient build() {
      Region r = region != null ? region : regionFromEnvironment();
      boolean ownsProvider = provider == null;
      AmiProvider p = provider != null ? provider
          : ProviderDiscovery.choose(providerId, ProviderDiscovery.available(AmiClient.class.getClassLoader()))
              .create();
      boolean ownsScheduler = scheduler == null;
      ScheduledExecutorService s = scheduler != null ? scheduler : Threads.defaultScheduler();
      ExecutorService own = null;
      Executor blocking = blockingExecutor;
      if (blocking == null && s instanceof VirtualTimeScheduler virtual) {
        blocking = virtual.blockingExecutor();
      }
      if (blocking == null) {
        own = Threads.defaultBlockingExecutor();
        blocking = own;
      }
      return new AmiClient(new Engine(p, r, clock, s, blocking, waitPolicy, retryPolicy, rateLimits, listeners,
          interceptors, bulkConcurrency), ownsProvider, ownsScheduler, own);
    }

    private static Region regionFromEnvironment() {
      String env = System.getenv("AWS_REGION");
      if (env == null || env.isEmpty()) {
        env = System.getenv("AWS_DEFAULT_REGION");
      }
      if (env == null || env.isEmpty()) {
        throw new AmiValidationException("region", (Object) null,
            "must be given: AmiClient.builder().region(Region.of(\"us-east-1\")), or set AWS_REGION");
      }
      return Region.of(env);
    }
  }
}
