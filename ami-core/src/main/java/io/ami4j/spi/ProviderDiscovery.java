package io.ami4j.spi;

import io.ami4j.AmiException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds a provider factory by id through {@link ServiceLoader}. A provider given to the client's
 * builder always wins; otherwise the id comes from the builder or the {@value #PROPERTY} system
 * property; with no id, exactly one factory must be present. Finding none, or several with none
 * named, is an error that lists what was found and says how to choose — never a silent default.
 */
public final class ProviderDiscovery {
  /** The system property that names the provider id. */
  public static final String PROPERTY = "ami4j.provider";
  /** The error code of a failed discovery. */
  public static final String CODE = "ami4j.ProviderDiscovery";

  private ProviderDiscovery() {}

  /**
   * Finds the factories on the class path or module path.
   *
   * @param loader the class loader to search
   * @return every factory found
   */
  public static List<AmiProviderFactory> available(ClassLoader loader) {
    List<AmiProviderFactory> found = new ArrayList<>();
    ServiceLoader.load(AmiProviderFactory.class, loader).forEach(found::add);
    return found;
  }

  /**
   * Chooses a factory.
   *
   * @param requestedId the id the caller named, or {@code null} to use the system property or the only one found
   * @param factories the factories found
   * @return the chosen factory
   * @throws AmiException when none matches, or several are found and none is named
   */
  public static AmiProviderFactory choose(String requestedId, List<AmiProviderFactory> factories) {
    String id = requestedId != null ? requestedId : System.getProperty(PROPERTY);
    String listing = factories.stream().map(f -> f.id() + " (" + f.description() + ")")
        .collect(Collectors.joining(", "));
    if (id != null) {
      return factories.stream().filter(f -> f.id().equals(id)).findFirst()
          .orElseThrow(() -> new AmiException(CODE, "No ami4j provider with id '" + id + "'. Found: "
              + (factories.isEmpty() ? "none" : listing)
              + ". Add the module that provides it (ami-aws for 'aws', ami-testkit for 'fake').", null, false, null));
    }
    if (factories.isEmpty()) {
      throw new AmiException(CODE, "No ami4j provider found. Add ami-aws (id 'aws') or ami-testkit (id 'fake')"
          + " to the class path, or pass one with AmiClient.builder().provider(…).", null, false, null);
    }
    if (factories.size() > 1) {
      throw new AmiException(CODE, "Several ami4j providers found: " + listing
          + ". Choose one with AmiClient.builder().providerId(\"…\") or -D" + PROPERTY + "=ID.", null, false, null);
    }
    return factories.get(0);
  }
}
