package io.ami4j.testkit.assertions;

import static io.ami4j.testkit.assertions.Wire.wire;

import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceState;
import io.ami4j.model.ProductCode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link Instance}; made by {@link AmiAssertions#assertThat(Instance)}.
 *
 * <pre>{@code assertThat(instance).isRunning().wasLaunchedFrom(golden.id()).hasTag("env", "prod"); }</pre>
 */
public final class InstanceAssert extends AbstractAssert<InstanceAssert, Instance> {

  InstanceAssert(Instance actual) {
    super(actual, InstanceAssert.class);
  }

  /**
   * Checks that the instance is {@code running}.
   *
   * @return this assertion
   */
  public InstanceAssert isRunning() {
    return hasState(InstanceState.RUNNING);
  }

  /**
   * Checks the instance's state.
   *
   * @param expected the state
   * @return this assertion
   */
  public InstanceAssert hasState(InstanceState expected) {
    isNotNull();
    if (actual.state() != expected) {
      failWithMessage("Expected instance <%s> to have state <%s> but was <%s>", actual.id(), wire(expected),
          wire(actual.state()));
    }
    return this;
  }

  /**
   * Checks the image the instance was launched from.
   *
   * @param expected the image
   * @return this assertion
   */
  public InstanceAssert wasLaunchedFrom(ImageId expected) {
    isNotNull();
    if (!actual.imageId().equals(expected)) {
      failWithMessage("Expected instance <%s> to have been launched from <%s> but was launched from <%s>",
          actual.id(), expected, actual.imageId());
    }
    return this;
  }

  /**
   * Checks that the instance carries a tag with this value.
   *
   * @param key the tag key
   * @param value the tag value
   * @return this assertion
   */
  public InstanceAssert hasTag(String key, String value) {
    isNotNull();
    if (!actual.tags().containsKey(key)) {
      failWithMessage("Expected instance <%s> to have tag <%s=%s> but it has no tag <%s> (tags: %s)", actual.id(),
          key, value, key, actual.tags());
    } else if (!Objects.equals(actual.tags().get(key), value)) {
      failWithMessage("Expected instance <%s> to have tag <%s=%s> but was <%s=%s>", actual.id(), key, value, key,
          actual.tags().get(key));
    }
    return this;
  }

  /**
   * Checks that the instance carries a product code (inherited from a paid image).
   *
   * @param productCodeId the code's id
   * @return this assertion
   */
  public InstanceAssert hasProductCode(String productCodeId) {
    isNotNull();
    List<String> codes = actual.productCodes().stream().map(ProductCode::id).collect(Collectors.toList());
    if (!codes.contains(productCodeId)) {
      failWithMessage("Expected instance <%s> to have product code <%s> but had <%s>", actual.id(), productCodeId,
          codes);
    }
    return this;
  }
}
