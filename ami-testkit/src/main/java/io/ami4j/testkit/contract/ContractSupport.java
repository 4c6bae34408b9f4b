package io.ami4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ami4j.AmiException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.InstanceState;
import io.ami4j.model.Region;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SsmParameter;
import io.ami4j.model.VirtualizationType;
import io.ami4j.model.VolumeType;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RegisterImageRequest;
import io.ami4j.spi.RunInstancesRequest;
import io.ami4j.spi.SnapshotQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The base of every contract class: the backend's {@link ContractEnvironment}, and the few steps
 * many contracts share (register an image from a fresh snapshot, launch an instance, wait for a
 * state, read every page), each done only through the {@link AmiProvider} SPI.
 *
 * <p>What a test creates is remembered and removed after it, best effort, so that a real account
 * is left as it was found and a long-lived world does not grow. One instance serves every test
 * of a class, so a class's tests run one after the other; classes may run in parallel.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Execution(ExecutionMode.SAME_THREAD)
@ResourceLock(value = ContractSupport.ACCOUNT_SETTINGS, mode = ResourceAccessMode.READ)
public abstract class ContractSupport {
  /** The SSM parameter of the latest Amazon Linux 2023 image for x86_64. */
  public static final String AL2023_X86_64 =
      "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
  /** The SSM parameter of the latest Amazon Linux 2023 image for arm64. */
  public static final String AL2023_ARM64 =
      "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64";
  /** The SSM path that holds the Amazon Linux parameters. */
  public static final String AMAZON_LINUX_PATH = "/aws/service/ami-amazon-linux-latest";

  /**
   * The lock of tests that change account-wide settings (block public access) or move a shared
   * clock far ahead: they take it to write, every other contract test to read, so that they never
   * overlap other tests when JUnit runs tests in parallel.
   */
  public static final String ACCOUNT_SETTINGS = "io.ami4j.testkit.contract.account-settings";

  private static final AtomicLong SEQUENCE = new AtomicLong();
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  private final CreatedResources created = new CreatedResources();

  /** For subclasses. */
  protected ContractSupport() {}

  /**
   * The backend under test. Called often: return the same environment each time.
   *
   * @return the environment
   */
  protected abstract ContractEnvironment environment();

  // ---- calls ---------------------------------------------------------------------------------

  /** A call in the environment's region. */
  protected final Call call() {
    return Call.in(environment().region());
  }

  /** A call in the environment's other region. */
  protected final Call otherRegionCall() {
    return Call.in(environment().otherRegion());
  }

  /** The owner's provider. */
  protected final AmiProvider owner() {
    return environment().owner();
  }

  /** The other account's provider. */
  protected final AmiProvider other() {
    return environment().other();
  }

  /** Waiting in this environment. */
  protected final Eventually eventually() {
    return Eventually.of(environment());
  }

  /**
   * A name no other test (nor an earlier run against the same account) uses.
   *
   * @param purpose a short word saying what the test makes
   * @return e.g. {@code ami4j-contract-copy-1a2b3c4d-7}
   */
  protected static String uniqueName(String purpose) {
    return "ami4j-contract-" + purpose + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
  }

  // ---- images --------------------------------------------------------------------------------

  /**
   * Describes one image by id, as {@code provider} sees it.
   *
   * @param provider whose view
   * @param region where
   * @param id the image
   * @return the image, or empty when the backend lists nothing for it
   */
  protected final Optional<Image> find(AmiProvider provider, Region region, ImageId id) {
    List<Image> found = provider.describeImages(Call.in(region), ImageQuery.byIds(List.of(id)),
        PageRequest.first()).items();
    assertThat(found).as("images described for id %s", id).hasSizeLessThanOrEqualTo(1);
    return found.stream().findFirst();
  }

  /**
   * Describes one image by id, as {@code provider} sees it, treating {@code InvalidAMIID.NotFound}
   * as absence: for images that are meant to be gone, or hidden from {@code provider}.
   *
   * @param provider whose view
   * @param region where
   * @param id the image
   * @return the image, or empty when it is not (or no longer) described
   */
  protected final Optional<Image> findIfAny(AmiProvider provider, Region region, ImageId id) {
    try {
      return find(provider, region, id);
    } catch (AmiNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Describes one of the owner's images in the main region, which must exist.
   *
   * @param id the image
   * @return the image
   */
  protected final Image image(ImageId id) {
    return find(owner(), environment().region(), id)
        .orElseThrow(() -> new AssertionError("Expected image " + id + " to be described"));
  }

  /**
   * Whether {@code provider} can see the image: describing it by id lists it (EC2 answers
   * {@code InvalidAMIID.NotFound} or an empty list for an image the caller may not see).
   *
   * @param provider whose view
   * @param id the image
   * @return whether it is visible
   */
  protected final boolean visibleTo(AmiProvider provider, ImageId id) {
    return findIfAny(provider, environment().region(), id).isPresent();
  }

  /**
   * Waits until an image reaches a state.
   *
   * @param region where
   * @param id the image
   * @param state the state awaited
   * @return the image in that state
   */
  protected final Image awaitImage(Region region, ImageId id, ImageState state) {
    return eventually().until("image " + id + " to be " + state.wireValue(),
        () -> find(owner(), region, id).orElseThrow(
            () -> new AmiNotFoundException("InvalidAMIID.NotFound", id + " not listed yet", null)),
        i -> i.state() == state);
  }

  /**
   * Waits until an image of the owner in the main region is available.
   *
   * @param id the image
   * @return the available image
   */
  protected final Image awaitAvailable(ImageId id) {
    return awaitImage(environment().region(), id, ImageState.AVAILABLE);
  }

  /**
   * A register request for an x86_64 EBS image whose root device is {@code snapshot}.
   *
   * @param name the image name
   * @param snapshot the root snapshot
   * @return a builder to add to
   */
  protected static RegisterImageRequest.Builder registration(String name, SnapshotId snapshot) {
    RegisterImageRequest.Builder b = RegisterImageRequest.builder();
    b.name(name)
        .architecture(Architecture.X86_64)
        .rootDeviceName("/dev/xvda")
        .virtualizationType(VirtualizationType.HVM)
        .enaSupport(true)
        .addBlockDeviceMappings(BlockDeviceMapping.ebs("/dev/xvda", EbsBlockDevice.builder()
            .snapshotId(snapshot).volumeType(VolumeType.GP3).deleteOnTermination(true).build()));
    return b;
  }

  /**
   * Registers an image of the owner in the main region, from a new snapshot.
   *
   * @param name the image name
   * @param tags its tags
   * @return its id (the image may still be pending)
   */
  protected final ImageId registerImage(String name, Map<String, String> tags) {
    return registerImage(environment().region(), name, tags);
  }

  /**
   * Registers an image of the owner in a region, from a new snapshot there.
   *
   * @param region where
   * @param name the image name
   * @param tags its tags
   * @return its id (the image may still be pending)
   */
  protected final ImageId registerImage(Region region, String name, Map<String, String> tags) {
    SnapshotId snapshot = newSnapshot(region, 8);
    RegisterImageRequest.Builder request = registration(name, snapshot);
    request.putAllTags(tags);
    return remember(region, owner().registerImage(Call.in(region), request.build()));
  }

  /**
   * Registers an image of the owner from a new snapshot and waits until it is available.
   *
   * @param purpose a word for its unique name
   * @return the available image
   */
  protected final Image availableImage(String purpose) {
    return awaitAvailable(registerImage(uniqueName(purpose), Map.of()));
  }

  /**
   * Remembers an image to deregister (with its snapshots) after the test.
   *
   * @param id the image, in the main region
   * @return {@code id}
   */
  protected final ImageId remember(ImageId id) {
    return remember(environment().region(), id);
  }

  /**
   * Remembers an image to deregister (with its snapshots) after the test.
   *
   * @param region where it is
   * @param id the image
   * @return {@code id}
   */
  protected final ImageId remember(Region region, ImageId id) {
    created.image(owner(), region, id);
    return id;
  }

  /**
   * The public Amazon Linux 2023 x86_64 image of the main region, by its SSM parameter.
   *
   * @return its id
   */
  protected final ImageId amazonLinux() {
    SsmParameter p = owner().getParameter(call(), AL2023_X86_64)
        .orElseThrow(() -> new AssertionError("Expected SSM parameter " + AL2023_X86_64));
    return ImageId.of(p.value());
  }

  /**
   * Every image a query lists, page after page.
   *
   * @param provider whose view
   * @param region where
   * @param query the query
   * @param pageSize items per page
   * @return the pages, in order
   */
  protected static List<Page<Image>> imagePages(
      AmiProvider provider, Region region, ImageQuery query, int pageSize) {
    return pages(request -> provider.describeImages(Call.in(region), query, request), pageSize);
  }

  /**
   * Every page of a listing.
   *
   * @param fetch one page by its request
   * @param pageSize items per page
   * @param <T> the item type
   * @return the pages, in order
   */
  protected static <T> List<Page<T>> pages(Function<PageRequest, Page<T>> fetch, int pageSize) {
    return pages(fetch, PageRequest.ofSize(pageSize));
  }

  /**
   * Every page of a listing, from a first request: {@link PageRequest#first()} for listings by
   * ids, which EC2 refuses to combine with a page size.
   *
   * @param fetch one page by its request
   * @param first the first page's request
   * @param <T> the item type
   * @return the pages, in order
   */
  protected static <T> List<Page<T>> pages(Function<PageRequest, Page<T>> fetch, PageRequest first) {
    List<Page<T>> pages = new ArrayList<>();
    PageRequest request = first;
    while (true) {
      Page<T> page = fetch.apply(request);
      pages.add(page);
      assertThat(pages).as("pages of one listing (a token that never ends?)").hasSizeLessThan(1_000);
      if (page.nextToken().isEmpty()) {
        return pages;
      }
      request = request.next(page.nextToken().get());
    }
  }

  /**
   * Every item of every page.
   *
   * @param pages the pages
   * @param <T> the item type
   * @return the items, in order
   */
  protected static <T> List<T> items(List<Page<T>> pages) {
    List<T> all = new ArrayList<>();
    pages.forEach(p -> all.addAll(p.items()));
    return all;
  }

  // ---- snapshots -----------------------------------------------------------------------------

  /**
   * A new completed snapshot of the owner in the main region, removed after the test.
   *
   * @param sizeGiB its size
   * @return its id
   */
  protected final SnapshotId newSnapshot(int sizeGiB) {
    return newSnapshot(environment().region(), sizeGiB);
  }

  /**
   * A new completed snapshot of the owner in a region, removed after the test.
   *
   * @param region where
   * @param sizeGiB its size
   * @return its id
   */
  protected final SnapshotId newSnapshot(Region region, int sizeGiB) {
    SnapshotId id = environment().newSnapshot(region, sizeGiB);
    created.snapshot(owner(), region, id);
    return id;
  }

  /**
   * Describes one snapshot by id, as {@code provider} sees it.
   *
   * @param provider whose view
   * @param region where
   * @param id the snapshot
   * @return the snapshot, or empty when it does not exist or is not visible
   */
  protected final Optional<Snapshot> findSnapshot(AmiProvider provider, Region region, SnapshotId id) {
    try {
      List<Snapshot> found = provider.describeSnapshots(Call.in(region),
          SnapshotQuery.byIds(List.of(id)), PageRequest.first()).items();
      return found.stream().filter(s -> s.id().equals(id)).findFirst();
    } catch (AmiNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Describes one snapshot of the owner in the main region, which must exist.
   *
   * @param id the snapshot
   * @return the snapshot
   */
  protected final Snapshot snapshot(SnapshotId id) {
    return findSnapshot(owner(), environment().region(), id)
        .orElseThrow(() -> new AssertionError("Expected snapshot " + id + " to be described"));
  }

  // ---- instances -----------------------------------------------------------------------------

  /**
   * Launches instances of the owner in the main region and remembers them for termination.
   *
   * @param request the launch
   * @return the instances as RunInstances reported them
   */
  protected final List<Instance> launch(RunInstancesRequest request) {
    return launch(owner(), request);
  }

  /**
   * Launches instances in the main region and remembers them for termination.
   *
   * @param provider whose account launches
   * @param request the launch
   * @return the instances as RunInstances reported them
   */
  protected final List<Instance> launch(AmiProvider provider, RunInstancesRequest request) {
    List<Instance> launched = provider.runInstances(call(), request);
    launched.forEach(i -> created.instance(provider, environment().region(), i.id()));
    return launched;
  }

  /**
   * A launch request for one instance of the environment's instance type.
   *
   * @param image the image
   * @return a builder to add to
   */
  protected final RunInstancesRequest.Builder launchOf(ImageId image) {
    RunInstancesRequest.Builder b = RunInstancesRequest.builder();
    b.imageId(image).instanceType(environment().instanceType());
    return b;
  }

  /**
   * Describes instances of the owner by id (without a page size, which EC2 refuses with ids).
   *
   * @param ids the instances
   * @return what DescribeInstances lists for them
   */
  protected final List<Instance> describeInstances(List<InstanceId> ids) {
    return items(pages(r -> owner().describeInstances(call(), InstanceQuery.byIds(ids), r),
        PageRequest.first()));
  }

  /**
   * Waits until every instance is in a state.
   *
   * @param ids the instances
   * @param state the state awaited
   * @return the instances in that state
   */
  protected final List<Instance> awaitInstances(List<InstanceId> ids, InstanceState state) {
    return eventually().until("instances " + ids + " to be " + state.wireValue(),
        () -> describeInstances(ids),
        all -> all.size() == ids.size() && all.stream().allMatch(i -> i.state() == state));
  }

  /**
   * Launches one instance of the public Amazon Linux image and waits until it runs.
   *
   * @return the running instance
   */
  protected final Instance runningInstance() {
    Instance launched = launch(launchOf(amazonLinux()).build()).get(0);
    return awaitInstances(List.of(launched.id()), InstanceState.RUNNING).get(0);
  }

  // ---- errors --------------------------------------------------------------------------------

  /**
   * Runs a call that must fail with an ami4j exception of a type, and EC2's code when given.
   *
   * @param type the ami4j exception type
   * @param code EC2's error code, or {@code null} when any code of that type will do
   * @param call the call
   * @param <E> the exception type
   * @return the exception, for further checks
   */
  protected static <E extends AmiException> E assertEc2Error(
      Class<E> type, String code, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("the error raised").isInstanceOf(type);
    E error = type.cast(thrown);
    if (code != null) {
      assertThat(error.errorCode()).as("EC2 error code of %s", error.getMessage()).isEqualTo(code);
    }
    return error;
  }

  /**
   * Runs a dry run that must answer {@code DryRunOperation}.
   *
   * @param call the dry-run call
   */
  protected static void assertDryRun(ThrowingCallable call) {
    assertEc2Error(io.ami4j.AmiDryRunException.class, "DryRunOperation", call);
  }

  /**
   * Finds the first item of a list that matches, or fails naming what was sought.
   *
   * @param items the items
   * @param what what is sought
   * @param match the match
   * @param <T> the item type
   * @return the item
   */
  protected static <T> T single(List<T> items, String what, Predicate<? super T> match) {
    return items.stream().filter(match).findFirst()
        .orElseThrow(() -> new AssertionError("Expected " + what + " among " + items));
  }

  // ---- cleanup -------------------------------------------------------------------------------

  /** Removes what the test made, best effort: a failure here must not hide the test's outcome. */
  @AfterEach
  final void removeWhatTheTestMade() {
    created.removeAll();
  }
}
