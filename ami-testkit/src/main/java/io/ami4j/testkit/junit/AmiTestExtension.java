package io.ami4j.testkit.junit;

import io.ami4j.AmiClient;
import io.ami4j.model.Region;
import io.ami4j.spi.AmiProvider;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.time.VirtualClock;
import io.ami4j.testkit.time.VirtualScheduler;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link AmiTest}: keeps a world and its client in the extension
 * store (per test, or per class with {@code sharedWorld = true}), hands them to test
 * parameters, and closes them when the test (or class) is done.
 */
public final class AmiTestExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(AmiTestExtension.class);
  private static final Set<Class<?>> TYPES = Set.of(FakeEc2.class, AmiClient.class, VirtualClock.class,
      AmiProvider.class, VirtualScheduler.class);

  /** Made by JUnit through {@link AmiTest}. */
  public AmiTestExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return TYPES.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Fixture f = fixture(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == FakeEc2.class) {
      return f.world;
    }
    if (type == AmiClient.class) {
      return f.client;
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
    AmiTest config = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), AmiTest.class)
        .orElseThrow(() -> new ParameterResolutionException(
            "Annotate the test class with @AmiTest to receive ami4j parameters"));
    ExtensionContext owner = context;
    if (config.sharedWorld()) {
      while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
        owner = owner.getParent().get();
      }
    }
    return owner.getStore(NAMESPACE).getOrComputeIfAbsent(Fixture.class, k -> new Fixture(config), Fixture.class);
  }

  /** One world and its client; closed by JUnit with the store that holds it. */
  static final class Fixture implements AutoCloseable {
    final FakeEc2 world;
    final AmiClient client;

    Fixture(AmiTest config) {
      FakeEc2.Builder b = FakeEc2.builder().seedCatalog(config.seedCatalog());
      if (config.throttling()) {
        b.faults(FaultPlan.builder().ec2Throttling().build());
      }
      this.world = b.build();
      this.client = world.clientBuilder().region(Region.of(config.region())).build();
    }

    @Override
    public void close() {
      client.close();
      world.close();
    }
  }
}
