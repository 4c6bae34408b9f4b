package io.ami4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.AmiProviderFactory;
import io.ami4j.spi.Call;
import io.ami4j.spi.ProviderDiscovery;
import io.ami4j.model.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeProviderFactoryTest {
  @Test
  void serviceLoaderFindsTheFakeById() {
    List<AmiProviderFactory> found = ProviderDiscovery.available(getClass().getClassLoader());
    assertThat(found).extracting(AmiProviderFactory::id).contains("fake");
    AmiProviderFactory fake = ProviderDiscovery.choose("fake", found);
    assertThat(fake).isInstanceOf(FakeProviderFactory.class);
    assertThat(fake.description()).contains("In-memory EC2");
    try (AmiProvider provider = fake.create()) {
      assertThat(provider.id()).isEqualTo("fake");
      assertThat(provider.callerAccount(Call.in(Region.of("us-east-1")))).isEqualTo(FakeEc2.DEFAULT_ACCOUNT);
      assertThat(provider.getParameter(Call.in(Region.of("us-east-1")),
          "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64")).isPresent();
    }
  }
}
