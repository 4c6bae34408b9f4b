package io.ami4j.testkit.junit;

import io.ami4j.AmiClient;
import io.ami4j.model.AccountId;
import io.ami4j.spi.AmiProvider;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.time.VirtualClock;
import io.ami4j.testkit.time.VirtualScheduler;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link AmiTest}: checks the configuration before the tests run,
 * keeps a world and its clients in the extension store (per test, or per class with
 * {@code sharedWorld = true}), hands them to parameters, and closes them when the test (or class)
 * is done.
 */
public final class AmiTestExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(AmiTestExtension.class);
  private static final Set<Class<?>> TYPES = Set.of(FakeEc2.class, AmiClient.class, VirtualClock.class,
      AmiProvider.class, VirtualScheduler.class);
  private static final Set<Class<?>> PER_ACCOUNT = Set.of(AmiClient.class, AmiProvider.class);

  /** Made by JUnit through {@link AmiTest}. */
  public AmiTestExtension() {}

  /** Checks the class's configuration, so that a wrong one fails every test of the class at once. */
  @Override
  public void beforeAll(ExtensionContext context) {
    WorldConfig.of(context.getRequiredTestClass(), Optional.empty());
  }

  /** Builds the test's world before its {@code @BeforeEach} methods run, or fails naming the attribute. */
  @Override
  public void beforeEach(ExtensionContext context) {
    fixture(context);
  }

  /**
   * Resolves a test class's constructor parameters in the test method's context, so that a test
   * instance made per method gets that test's world, the one its methods get.
   */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return TYPES.contains(parameter.getParameter().getType()) || parameter.isAnnotated(Account.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Fixture f = fixture(context);
    Class<?> type = parameter.getParameter().getType();
    Optional<Account> account = parameter.findAnnotation(Account.class);
    if (account.isPresent()) {
      String which = "parameter " + parameter.getIndex() + " (" + type.getSimpleName() + ") in " + f.config.where();
      if (!PER_ACCOUNT.contains(type)) {
        throw new ParameterResolutionException(
            "@Account on " + which + ": @Account applies to AmiClient and AmiProvider parameters only");
      }
      AccountId id;
      try {
        id = f.config.account(account.get().value(), which);
      } catch (ExtensionConfigurationException e) {
        throw new ParameterResolutionException(e.getMessage(), e);
      }
      return type == AmiClient.class ? f.client(id) : f.world.provider(id);
    }
    if (type == FakeEc2.class) {
      return f.world;
    }
    if (type == AmiClient.class) {
      return f.client(FakeEc2.DEFAULT_ACCOUNT);
    }
    if (type == VirtualClock.class) {
      return f.world.clock();
    }
    if (type == VirtualScheduler.class) {
      return f.world.scheduler();
    }
    if (type == AmiProvider.class) {
      return f.world.provider();
    }
    throw new ParameterResolutionException("@AmiTest cannot supply a " + type.getName());
  }

  private static Fixture fixture(ExtensionContext context) {
    WorldConfig config = WorldConfig.of(context.getRequiredTestClass(), context.getTestMethod());
    ExtensionContext owner = context;
    if (config.sharedWorld() && !config.ownWorld()) {
      while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
        owner = owner.getParent().get();
      }
    }
    // Keyed by the owner's id: a store also answers with its parents' values, and a test with a world
    // of its own must not be handed the class's.
    return owner.getStore(NAMESPACE).getOrComputeIfAbsent(owner.getUniqueId(), k -> new Fixture(config),
        Fixture.class);
  }

  /** One world and its clients, one per account; closed by JUnit with the store that holds it. */
  static final class Fixture implements AutoCloseable {
    final WorldConfig config;
    final FakeEc2 world;
    private final Map<AccountId, AmiClient> clients = new ConcurrentHashMap<>();

    Fixture(WorldConfig config) {
      this.config = config;
      this.world = config.buildWorld();
    }

    AmiClient client(AccountId account) {
      return clients.computeIfAbsent(account, a -> config.client(world, a));
    }

    @Override
    public void close() {
      clients.values().forEach(AmiClient::close);
      world.close();
    }
  }
}
