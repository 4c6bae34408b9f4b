package io.ami4j.spi;

/**
 * Makes providers; registered in {@code META-INF/services/io.ami4j.spi.AmiProviderFactory} (or
 * {@code provides} in {@code module-info}) so that {@link ProviderDiscovery} finds it by id.
 */
public interface AmiProviderFactory {
  /** The provider id users name: {@code aws}, {@code fake}, … */
  String id();

  /** A one-line description, shown when several providers are found. */
  String description();

  /** A provider with this factory's defaults (e.g. the default credentials chain). */
  AmiProvider create();
}
