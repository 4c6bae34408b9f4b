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
 * The assertions on an {@link Instance}, for extension as AssertJ's own
 * {@code Abstract*Assert} classes are: a subclass passes itself as {@code SELF}, and every check
 * returns it, so inherited and added checks chain. {@link InstanceAssert} is the one
 * {@link AmiAssertions#assertThat(Instance)} returns; see {@link AbstractImageAssert} for an example.
 *
 * @param <SELF> the assertion class itself, which every check returns
 */
public abstract class AbstractInstanceAssert<SELF extends AbstractInstanceAssert<SELF>>
    extends AbstractAssert<SELF, Instance> {

  /**
   * Starts assertions on a value.
   *
   * @param actual the value (null fails every check but {@code isNull()})
   * @param selfType the class of the concrete assertion, {@code SELF}
   */
  protected AbstractInstanceAssert(Instance actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Checks that the instance is {@code running}.
   *
   * @return this assertion, for chaining
   */
  public SELF isRunning() {
    return hasState(InstanceState.RUNNING);
  }

  /**
   * Checks the instance's state.
   *
   * @param expected the state
   * @return this assertion, for chaining
   */
  public SELF hasState(InstanceState expected) {
    isNotNull();
    if (actual.state() != expected) {
      failWithMessage("Expected instance <%s> to have state <%s> but was <%s>", actual.id(), wire(expected),
          wire(actual.state()));
    }
    return myself;
  }

  /**
   * Checks the image the instance was launched from.
   *
   * @param expected the image
   * @return this assertion, for chaining
   */
  public SELF wasLaunchedFrom(ImageId expected) {
    isNotNull();
    if (!actual.imageId().equals(expected)) {
      failWithMessage("Expected instance <%s> to have been launched from <%s> but was launched from <%s>",
          actual.id(), expected, actual.imageId());
    }
    return myself;
  }

  /**
   * Checks that the instance carries a tag with this value.
   *
   * @param key the tag key
   * @param value the tag value
   * @return this assertion, for chaining
   */
  public SELF hasTag(String key, String value) {
    isNotNull();
    if (!actual.tags().containsKey(key)) {
      failWithMessage("Expected instance <%s> to have tag <%s=%s> but it has no tag <%s> (tags: %s)", actual.id(),
          key, value, key, actual.tags());
    } else if (!Objects.equals(actual.tags().get(key), value)) {
      failWithMessage("Expected instance <%s> to have tag <%s=%s> but was <%s=%s>", actual.id(), key, value, key,
          actual.tags().get(key));
    }
    return myself;
  }

  /**
   * Checks that the instance carries a product code (inherited from a paid image).
   *
   * @param productCodeId the code's id
   * @return this assertion, for chaining
   */
  public SELF hasProductCode(String productCodeId) {
    isNotNull();
    List<String> codes = actual.productCodes().stream().map(ProductCode::id).collect(Collectors.toList());
    if (!codes.contains(productCodeId)) {
      failWithMessage("Expected instance <%s> to have product code <%s> but had <%s>", actual.id(), productCodeId,
          codes);
    }
    return myself;
  }
}
