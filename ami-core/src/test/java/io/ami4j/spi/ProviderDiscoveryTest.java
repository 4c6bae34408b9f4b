package io.ami4j.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.AmiException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Choosing a provider: never a silent default, always an error that says how to choose. */
class ProviderDiscoveryTest {
  private String savedProperty;

  @BeforeEach
  void clearProperty() {
    savedProperty = System.getProperty(ProviderDiscovery.PROPERTY);
    System.clearProperty(ProviderDiscovery.PROPERTY);
  }

  @AfterEach
  void restoreProperty() {
    if (savedProperty == null) {
      System.clearProperty(ProviderDiscovery.PROPERTY);
    } else {
      System.setProperty(ProviderDiscovery.PROPERTY, savedProperty);
    }
  }

  private static List<AmiProviderFactory> found() {
    return ProviderDiscovery.available(ProviderDiscoveryTest.class.getClassLoader());
  }

  private static AmiException failure(String requestedId, List<AmiProviderFactory> factories) {
    AmiException e = catchThrowableOfType(AmiException.class, () -> ProviderDiscovery.choose(requestedId, factories));
    assertThat(e).isNotNull();
    assertThat(e.errorCode()).isEqualTo(ProviderDiscovery.CODE);
    assertThat(e.retryable()).isFalse();
    return e;
  }

  @Test
  void theServiceLoaderFindsTheRegisteredFactories() {
    assertThat(found()).extracting(AmiProviderFactory::id).containsExactlyInAnyOrder("alpha", "beta");
  }

  @Test
  void aClassLoaderWithoutRegistrationsFindsNone() throws Exception {
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      assertThat(ProviderDiscovery.available(empty)).isEmpty();
    }
  }

  @Test
  void noneFoundSaysHowToAddOne() {
    AmiException e = failure(null, List.of());
    assertThat(e.getMessage()).contains("No ami4j provider found", "ami-aws", "'aws'", "ami-testkit", "'fake'",
        "AmiClient.builder().provider(");
  }

  @Test
  void severalFoundAndNoneNamedListsThemAndSaysHowToChoose() {
    AmiException e = failure(null, found());
    assertThat(e.getMessage()).contains("Several ami4j providers found",
        "alpha (discovery fixture alpha)", "beta (discovery fixture beta)",
        "AmiClient.builder().providerId(", "-Dami4j.provider=");
  }

  @Test
  void theOnlyOneFoundIsChosenWithoutAName() {
    List<AmiProviderFactory> onlyBeta = List.of(new DiscoveryFixtures.Beta());
    assertThat(ProviderDiscovery.choose(null, onlyBeta).id()).isEqualTo("beta");
  }

  @Test
  void theNamedOneIsChosen() {
    assertThat(ProviderDiscovery.choose("alpha", found())).isInstanceOf(DiscoveryFixtures.Alpha.class);
    assertThat(ProviderDiscovery.choose("beta", found())).isInstanceOf(DiscoveryFixtures.Beta.class);
  }

  @Test
  void anUnknownIdListsWhatWasFound() {
    AmiException e = failure("gamma", found());
    assertThat(e.getMessage()).contains("No ami4j provider with id 'gamma'", "alpha (discovery fixture alpha)",
        "beta (discovery fixture beta)", "ami-aws", "ami-testkit");
  }

  @Test
  void anUnknownIdWithNothingFoundSaysNone() {
    AmiException e = failure("aws", List.of());
    assertThat(e.getMessage()).contains("No ami4j provider with id 'aws'", "Found: none", "ami-aws");
  }

  @Test
  void theSystemPropertyNamesTheProvider() {
    System.setProperty(ProviderDiscovery.PROPERTY, "beta");
    assertThat(ProviderDiscovery.choose(null, found()).id()).isEqualTo("beta");
  }

  @Test
  void anIdGivenInCodeWinsOverTheSystemProperty() {
    System.setProperty(ProviderDiscovery.PROPERTY, "beta");
    assertThat(ProviderDiscovery.choose("alpha", found()).id()).isEqualTo("alpha");
  }

  @Test
  void anUnknownIdFromTheSystemPropertyIsAnError() {
    System.setProperty(ProviderDiscovery.PROPERTY, "gamma");
    assertThat(failure(null, found()).getMessage()).contains("'gamma'");
  }
}
