package io.ami4j.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.AmiProviderFactory;
import io.ami4j.spi.ProviderDiscovery;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwsProviderDiscoveryTest {
  @Test
  void theServiceLoaderFindsTheAwsProviderById() {
    List<AmiProviderFactory> found = ProviderDiscovery.available(getClass().getClassLoader());

    AmiProviderFactory factory = ProviderDiscovery.choose("aws", found);

    assertThat(factory).isInstanceOf(AwsProviderFactory.class);
    assertThat(factory.description()).contains("AWS SDK");
    try (AmiProvider provider = factory.create()) {
      assertThat(provider).isInstanceOf(AwsAmiProvider.class);
      assertThat(provider.id()).isEqualTo("aws");
    }
  }
}
