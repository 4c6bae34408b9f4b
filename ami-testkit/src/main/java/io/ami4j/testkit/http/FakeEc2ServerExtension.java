package io.ami4j.testkit.http;

import io.ami4j.model.AccountId;
import io.ami4j.spi.AmiProvider;
import io.ami4j.testkit.FakeEc2;
import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A {@link FakeEc2Server} for a JUnit 5 test class: registered on a {@code static} field it
 * serves every test of the class and stops after the last; on an instance field it serves one
 * test. Test methods and constructors may take the running {@link FakeEc2Server} as a parameter.
 *
 * <pre>{@code
 * class MyEc2Test {
 *   static final FakeEc2 WORLD = FakeEc2.create();
 *
 *   @RegisterExtension
 *   static final FakeEc2ServerExtension EC2 = FakeEc2ServerExtension.serving(WORLD);
 *
 *   @Test
 *   void listsAmazonImages() {
 *     try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(EC2.endpoint()) … .build()) {
 *       assertThat(ec2.describeImages(r -> r.owners("amazon")).images()).isNotEmpty();
 *     }
 *   }
 * }
 * }</pre>
 */
public final class FakeEc2ServerExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final Function<AccountId, AmiProvider> providers;
  private final Consumer<FakeEc2Server.Builder> configuration;
  private volatile FakeEc2Server server;
  private volatile boolean perClass;

  private FakeEc2ServerExtension(Function<AccountId, AmiProvider> providers,
      Consumer<FakeEc2Server.Builder> configuration) {
    this.providers = Objects.requireNonNull(providers, "providers");
    this.configuration = Objects.requireNonNull(configuration, "configuration");
  }

  /**
   * An extension serving an in-memory world on loopback, on a free port.
   *
   * @param world the world
   * @return the extension
   */
  public static FakeEc2ServerExtension serving(FakeEc2 world) {
    Objects.requireNonNull(world, "world");
    return serving(world::provider);
  }

  /**
   * An extension serving these providers on loopback, on a free port.
   *
   * @param providers the provider of each account, e.g. {@code world::provider}
   * @return the extension
   */
  public static FakeEc2ServerExtension serving(Function<AccountId, AmiProvider> providers) {
    return new FakeEc2ServerExtension(providers, b -> { });
  }

  /**
   * An extension serving these providers, with further server settings.
   *
   * @param providers the provider of each account
   * @param configuration changes to the builder, e.g. {@code b -> b.port(8787)}
   * @return the extension
   */
  public static FakeEc2ServerExtension serving(Function<AccountId, AmiProvider> providers,
      Consumer<FakeEc2Server.Builder> configuration) {
    return new FakeEc2ServerExtension(providers, configuration);
  }

  /**
   * The running server.
   *
   * @return the server
   * @throws IllegalStateException outside the tests it serves
   */
  public FakeEc2Server server() {
    FakeEc2Server s = server;
    if (s == null) {
      throw new IllegalStateException("the fake EC2 server runs only while the tests it serves run");
    }
    return s;
  }

  /** The endpoint to give clients ({@code endpointOverride}, {@code --endpoint-url}). */
  public URI endpoint() {
    return server().endpoint();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass) {
      start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      stop();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  private synchronized void start() {
    if (server == null) {
      FakeEc2Server.Builder b = FakeEc2Server.builder().providers(providers);
      configuration.accept(b);
      server = b.start();
    }
  }

  private synchronized void stop() {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FakeEc2Server.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server();
  }
}
