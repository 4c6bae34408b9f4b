package io.ami4j.testkit;

import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.AmiProviderFactory;

/**
 * Registers the in-memory world as provider {@code fake}: {@code create()} gives the default
 * account's view of a fresh world with a virtual clock and the public catalog. To control the
 * clock or set up a scenario, build a {@link FakeEc2} and pass its provider to the client instead.
 */
public final class FakeProviderFactory implements AmiProviderFactory {
  /** Called by {@link java.util.ServiceLoader}. */
  public FakeProviderFactory() {}

  @Override
  public String id() {
    return "fake";
  }

  @Override
  public String description() {
    return "In-memory EC2 world (ami-testkit): virtual clock, seeded public catalog, account "
        + FakeEc2.DEFAULT_ACCOUNT;
  }

  @Override
  public AmiProvider create() {
    return FakeEc2.create().provider();
  }
}
