package io.ami4j.spi;

/**
 * Provider factories registered in this module's test {@code META-INF/services}, so that
 * {@link ProviderDiscovery} finds more than one through {@link java.util.ServiceLoader}.
 */
public final class DiscoveryFixtures {
  private DiscoveryFixtures() {}

  /** A factory whose providers are never made: discovery only reads its id and description. */
  abstract static class Named implements AmiProviderFactory {
    private final String id;

    Named(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String description() {
      return "discovery fixture " + id;
    }

    @Override
    public AmiProvider create() {
      throw new UnsupportedOperationException("the discovery fixture '" + id + "' makes no providers");
    }
  }

  /** Registered as {@code alpha}. */
  public static final class Alpha extends Named {
    /** Made by the service loader. */
    public Alpha() {
      super("alpha");
    }
  }

  /** Registered as {@code beta}. */
  public static final class Beta extends Named {
    /** Made by the service loader. */
    public Beta() {
      super("beta");
    }
  }
}
