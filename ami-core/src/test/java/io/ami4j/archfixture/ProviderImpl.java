package io.ami4j.archfixture;

/** A public class named *Impl outside an internal package. */
public final class ProviderImpl {
  /** Not meant to be made. */
  private ProviderImpl() {}
}
