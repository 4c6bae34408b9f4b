package io.ami4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.ami4j.AmiException;
import io.ami4j.model.Image;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.Page;
import io.ami4j.testkit.FakeEc2;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The suite is only worth running if it fails for a provider that gets EC2 wrong: each broken
 * provider here differs from the world's own in one behaviour, and the contracts that cover that
 * behaviour must report it.
 */
class ContractCatchesBrokenProvidersTest {

  /** How a provider is broken. */
  private enum Fault {
    /** Performs a dry run for real instead of answering DryRunOperation. */
    IGNORES_DRY_RUN,
    /** Reports every image without its tags. */
    LOSES_IMAGE_TAGS,
    /** Answers only the first page of DescribeImages. */
    FORGETS_NEXT_TOKEN,
    /** Raises every error as a bare AmiException, losing its type. */
    UNTYPED_ERRORS
  }

  private static volatile Fault fault;

  private static AmiProvider broken(AmiProvider real) {
    InvocationHandler handler = (proxy, method, args) -> {
      Object[] actual = args == null ? null : args.clone();
      if (fault == Fault.IGNORES_DRY_RUN && actual != null && actual.length > 0 && actual[0] instanceof Call) {
        actual[0] = Call.in(((Call) actual[0]).region());
      }
      Object result;
      try {
        result = method.invoke(real, actual);
      } catch (InvocationTargetException e) {
        if (fault == Fault.UNTYPED_ERRORS && e.getCause() instanceof AmiException) {
          AmiException a = (AmiException) e.getCause();
          throw new AmiException(a.errorCode(), a.getMessage(), null, a.retryable(), null);
        }
        throw e.getCause();
      }
      return method.getName().equals("describeImages") ? breakImages(method, result) : result;
    };
    return (AmiProvider) Proxy.newProxyInstance(AmiProvider.class.getClassLoader(),
        new Class<?>[] {AmiProvider.class}, handler);
  }

  @SuppressWarnings("unchecked")
  private static Object breakImages(Method method, Object result) {
    Page<Image> page = (Page<Image>) result;
    if (fault == Fault.LOSES_IMAGE_TAGS) {
      return Page.of(page.items().stream().map(i -> Image.builder(i).tags(java.util.Map.of()).build())
          .collect(Collectors.toList()), page.nextToken().orElse(null));
    }
    if (fault == Fault.FORGETS_NEXT_TOKEN) {
      return Page.last(page.items());
    }
    return result;
  }

  private static ContractEnvironment brokenEnvironment() {
    FakeEc2 world = FakeEc2.create();
    return FakeEc2ContractEnvironment.of(world).withProviders(account -> broken(world.provider(account)));
  }

  /** Runs a contract against the broken provider; answers the names of the tests that failed. */
  private static Set<String> failuresOf(Class<?> contract, Fault f) {
    fault = f;
    try {
      Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute()
          .testEvents();
      return tests.failed().stream()
          .map(e -> e.getTestDescriptor().getSource().orElseThrow())
          .map(s -> ((MethodSource) s).getMethodName())
          .collect(Collectors.toSet());
    } finally {
      fault = null;
    }
  }

  @Test
  void dryRunsDoneForRealFailTheDryRunContract() {
    assertThat(failuresOf(DryRuns.class, Fault.IGNORES_DRY_RUN)).contains(
        "creatingCallsMakeNothing", "deregisterChangesNothing", "attributeChangesChangeNothing",
        "retirementChangesChangeNothing", "snapshotChangesChangeNothing",
        "instanceChangesChangeNothing", "tagChangesChangeNothing", "blockPublicAccessChangesNothing");
  }

  @Test
  void lostTagsFailTheImageAndTagContracts() {
    assertThat(failuresOf(Images.class, Fault.LOSES_IMAGE_TAGS)).contains(
        "describesAnImageById", "registerImageFromSnapshot", "createImageFromInstance",
        "copyToAnotherRegion");
    assertThat(failuresOf(Tags.class, Fault.LOSES_IMAGE_TAGS)).contains(
        "tagsManyResourcesAtOnce", "overwritesAndDeletes");
  }

  @Test
  void aForgottenPageTokenFailsThePaginationContract() {
    assertThat(failuresOf(Images.class, Fault.FORGETS_NEXT_TOKEN)).contains("paginationListsEveryImageOnce");
  }

  @Test
  void untypedErrorsFailTheErrorContracts() {
    assertThat(failuresOf(Images.class, Fault.UNTYPED_ERRORS)).contains(
        "unknownImageIsNotFound", "duplicateNameIsAConflict", "copyIsIdempotentByClientToken");
    assertThat(failuresOf(Instances.class, Fault.UNTYPED_ERRORS)).contains(
        "paidImageNeedsSubscription", "unknownImageIsNotFound");
  }

  @Test
  void theWorldsOwnProviderPassesWhereTheBrokenOnesFail() {
    assertThat(failuresOf(Images.class, null)).isEmpty();
    assertThat(failuresOf(DryRuns.class, null)).isEmpty();
    // ... and passes because the tests ran, not because none did.
    for (Class<?> contract : List.of(Images.class, DryRuns.class)) {
      Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute().testEvents();
      assertThat(tests.succeeded().count()).as(contract.getSimpleName() + " tests that passed").isGreaterThan(5);
      assertThat(tests.aborted().count()).as(contract.getSimpleName() + " tests skipped").isZero();
    }
  }

  /** The dry-run contract on a broken provider. */
  static class DryRuns extends DryRunContract {
    private final ContractEnvironment env = brokenEnvironment();

    @Override
    protected ContractEnvironment environment() {
      return env;
    }
  }

  /** The image contract on a broken provider. */
  static class Images extends ImagesContract {
    private final ContractEnvironment env = brokenEnvironment();

    @Override
    protected ContractEnvironment environment() {
      return env;
    }
  }

  /** The tag contract on a broken provider. */
  static class Tags extends TagsContract {
    private final ContractEnvironment env = brokenEnvironment();

    @Override
    protected ContractEnvironment environment() {
      return env;
    }
  }

  /** The instance contract on a broken provider. */
  static class Instances extends InstancesContract {
    private final ContractEnvironment env = brokenEnvironment();

    @Override
    protected ContractEnvironment environment() {
      return env;
    }
  }
}
