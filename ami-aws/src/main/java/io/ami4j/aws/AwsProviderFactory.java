package io.ami4j.aws;

import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.AmiProviderFactory;

/**
 * Makes {@link AwsAmiProvider}s with the defaults (the SDK's default credentials chain, AWS's
 * endpoints) for discovery by provider id {@value AwsAmiProvider#ID}. Registered through
 * {@code module-info} and {@code META-INF/services}.
 */
public final class AwsProviderFactory implements AmiProviderFactory {
  /** For {@link java.util.ServiceLoader}. */
  public AwsProviderFactory() {}

  @Override
  public String id() {
    return AwsAmiProvider.ID;
  }

  @Override
  public String description() {
    return "Amazon EC2 and SSM through the AWS SDK for Java v2 (default credentials chain)";
  }

  @Override
  public AmiProvider create() {
    return AwsAmiProvider.create();
  }
}
