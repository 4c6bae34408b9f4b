package io.ami4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.SsmParameter;
import io.ami4j.spi.Page;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SSM public parameters, the safe way to find Amazon's latest images: each Amazon Linux 2023
 * parameter names an available image owned by Amazon, an unknown parameter is simply absent, and
 * GetParametersByPath pages through the hierarchy.
 */
public abstract class SsmContract extends ContractSupport {
  /** For subclasses. */
  protected SsmContract() {}

  private Image imageOf(String parameter) {
    SsmParameter p = owner().getParameter(call(), parameter)
        .orElseThrow(() -> new AssertionError("Expected SSM parameter " + parameter));
    assertThat(p.name()).isEqualTo(parameter);
    return find(owner(), environment().region(), ImageId.of(p.value()))
        .orElseThrow(() -> new AssertionError("Expected the image " + p.value() + " of " + parameter));
  }

  @Test
  @DisplayName("the Amazon Linux 2023 parameters point at available Amazon images of their architecture")
  void amazonLinuxParameters() {
    Image x86 = imageOf(AL2023_X86_64);
    Image arm = imageOf(AL2023_ARM64);

    for (Image image : List.of(x86, arm)) {
      assertThat(image.state()).isEqualTo(ImageState.AVAILABLE);
      assertThat(image.ownerAlias()).contains("amazon");
      assertThat(image.isPublic()).isTrue();
      assertThat(image.name()).startsWith("al2023-ami-");
    }
    assertThat(x86.architecture()).isEqualTo(Architecture.X86_64);
    assertThat(arm.architecture()).isEqualTo(Architecture.ARM64);
  }

  @Test
  @DisplayName("an unknown parameter is empty, not an error")
  void unknownParameterIsEmpty() {
    assertThat(owner().getParameter(call(), AMAZON_LINUX_PATH + "/no-such-image-" + uniqueName("ssm")))
        .isEmpty();
  }

  @Test
  @DisplayName("GetParametersByPath pages through the Amazon Linux hierarchy, each parameter once")
  void parametersByPathPage() {
    List<Page<SsmParameter>> pages = pages(r -> owner().getParametersByPath(call(), AMAZON_LINUX_PATH, r), 2);

    List<SsmParameter> all = items(pages);
    assertThat(pages).allSatisfy(p -> assertThat(p.items()).hasSizeLessThanOrEqualTo(2));
    assertThat(all.size()).as("Amazon Linux parameters").isGreaterThanOrEqualTo(3);
    assertThat(pages.size()).isGreaterThanOrEqualTo((all.size() + 1) / 2);
    List<String> names = all.stream().map(SsmParameter::name).collect(Collectors.toList());
    assertThat(names).doesNotHaveDuplicates().contains(AL2023_X86_64, AL2023_ARM64)
        .allSatisfy(n -> assertThat(n).startsWith(AMAZON_LINUX_PATH + "/"));
    assertThat(all).filteredOn(p -> p.name().equals(AL2023_X86_64)).extracting(SsmParameter::value)
        .containsExactly(owner().getParameter(call(), AL2023_X86_64).get().value());
  }
}
