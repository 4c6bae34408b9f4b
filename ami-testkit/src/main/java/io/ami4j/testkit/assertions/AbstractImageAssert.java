package io.ami4j.testkit.assertions;

import static io.ami4j.testkit.assertions.Wire.wire;

import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Image;
import io.ami4j.model.ImageState;
import io.ami4j.model.ProductCode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * The assertions on an {@link Image}, for extension: a team's own assertion class extends this one with
 * itself as {@code SELF}, and every check, the inherited ones included, returns that class, so
 * checks of both kinds chain. {@link ImageAssert} is the one {@link AmiAssertions#assertThat(Image)}
 * returns.
 *
 * <pre>{@code
 * public class GoldenImageAssert extends AbstractImageAssert<GoldenImageAssert> {
 *   public GoldenImageAssert(Image actual) {
 *     super(actual, GoldenImageAssert.class);
 *   }
 *
 *   public GoldenImageAssert isGolden() {
 *     return hasTag("golden", "true").isEncrypted();
 *   }
 * }
 *
 * new GoldenImageAssert(image).isAvailable().isGolden().hasName("web-1");
 * }</pre>
 *
 * @param <SELF> the assertion class itself, which every check returns
 */
public abstract class AbstractImageAssert<SELF extends AbstractImageAssert<SELF>>
    extends AbstractAssert<SELF, Image> {

  /**
   * Starts assertions on a value.
   *
   * @param actual the value (null fails every check but {@code isNull()})
   * @param selfType the class of the concrete assertion, {@code SELF}
   */
  protected AbstractImageAssert(Image actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Checks that the image is {@code available}.
   *
   * @return this assertion, for chaining
   */
  public SELF isAvailable() {
    return hasState(ImageState.AVAILABLE);
  }

  /**
   * Checks that the image is {@code pending}.
   *
   * @return this assertion, for chaining
   */
  public SELF isPending() {
    return hasState(ImageState.PENDING);
  }

  /**
   * Checks the image's state.
   *
   * @param expected the state
   * @return this assertion, for chaining
   */
  public SELF hasState(ImageState expected) {
    isNotNull();
    if (actual.state() != expected) {
      failWithMessage("Expected image <%s> to have state <%s> but was <%s>", actual.id(), wire(expected),
          wire(actual.state()));
    }
    return myself;
  }

  /**
   * Checks the image's name.
   *
   * @param expected the name
   * @return this assertion, for chaining
   */
  public SELF hasName(String expected) {
    isNotNull();
    if (!actual.name().equals(expected)) {
      failWithMessage("Expected image <%s> to have name <%s> but was <%s>", actual.id(), expected, actual.name());
    }
    return myself;
  }

  /**
   * Checks that the image carries a tag with this value.
   *
   * @param key the tag key
   * @param value the tag value
   * @return this assertion, for chaining
   */
  public SELF hasTag(String key, String value) {
    isNotNull();
    if (!actual.tags().containsKey(key)) {
      failWithMessage("Expected image <%s> to have tag <%s=%s> but it has no tag <%s> (tags: %s)", actual.id(),
          key, value, key, actual.tags());
    } else if (!Objects.equals(actual.tags().get(key), value)) {
      failWithMessage("Expected image <%s> to have tag <%s=%s> but was <%s=%s>", actual.id(), key, value, key,
          actual.tags().get(key));
    }
    return myself;
  }

  /**
   * Checks that the image carries no tag with this key.
   *
   * @param key the tag key
   * @return this assertion, for chaining
   */
  public SELF hasNoTag(String key) {
    isNotNull();
    if (actual.tags().containsKey(key)) {
      failWithMessage("Expected image <%s> to have no tag <%s> but was <%s=%s>", actual.id(), key, key,
          actual.tags().get(key));
    }
    return myself;
  }

  /**
   * Checks that anyone may launch the image.
   *
   * @return this assertion, for chaining
   */
  public SELF isPublic() {
    isNotNull();
    if (!actual.isPublic()) {
      failWithMessage("Expected image <%s> to be public but it was not", actual.id());
    }
    return myself;
  }

  /**
   * Checks that the image is not public.
   *
   * @return this assertion, for chaining
   */
  public SELF isNotPublic() {
    isNotNull();
    if (actual.isPublic()) {
      failWithMessage("Expected image <%s> not to be public but it was", actual.id());
    }
    return myself;
  }

  /**
   * Checks that the image has a deprecation time (EnableImageDeprecation was called), whether or
   * not it has passed; see {@link #isDeprecatedAt(Instant)} to check it against a time.
   *
   * @return this assertion, for chaining
   */
  public SELF isDeprecated() {
    isNotNull();
    if (actual.deprecationTime().isEmpty()) {
      failWithMessage("Expected image <%s> to be deprecated but it has no deprecation time", actual.id());
    }
    return myself;
  }

  /**
   * Checks that the image is deprecated at {@code now}: its deprecation time is {@code now} or
   * earlier. Pass the test's (virtual) clock time.
   *
   * @param now the time
   * @return this assertion, for chaining
   */
  public SELF isDeprecatedAt(Instant now) {
    isNotNull();
    if (!actual.isDeprecatedAt(now)) {
      failWithMessage("Expected image <%s> to be deprecated at <%s> but its deprecation time was <%s>",
          actual.id(), now, actual.deprecationTime().map(Object::toString).orElse("none"));
    }
    return myself;
  }

  /**
   * Checks that deregistration protection is on, with or without cooldown.
   *
   * @return this assertion, for chaining
   */
  public SELF isDeregistrationProtected() {
    isNotNull();
    if (!actual.isDeregistrationProtected()) {
      failWithMessage("Expected image <%s> to be protected from deregistration but its protection was <%s>",
          actual.id(), actual.deregistrationProtection().orElse("disabled"));
    }
    return myself;
  }

  /**
   * Checks that the image carries a product code.
   *
   * @param productCodeId the code's id
   * @return this assertion, for chaining
   */
  public SELF hasProductCode(String productCodeId) {
    isNotNull();
    List<String> codes = actual.productCodes().stream().map(ProductCode::id).collect(Collectors.toList());
    if (!codes.contains(productCodeId)) {
      failWithMessage("Expected image <%s> to have product code <%s> but had <%s>", actual.id(), productCodeId,
          codes);
    }
    return myself;
  }

  /**
   * Checks the image's architecture.
   *
   * @param expected the architecture
   * @return this assertion, for chaining
   */
  public SELF hasArchitecture(Architecture expected) {
    isNotNull();
    if (actual.architecture() != expected) {
      failWithMessage("Expected image <%s> to have architecture <%s> but was <%s>", actual.id(), wire(expected),
          wire(actual.architecture()));
    }
    return myself;
  }

  /**
   * Checks how many snapshots back the image's EBS mappings.
   *
   * @param expected the count
   * @return this assertion, for chaining
   */
  public SELF hasSnapshotCount(int expected) {
    isNotNull();
    int count = actual.snapshotIds().size();
    if (count != expected) {
      failWithMessage("Expected image <%s> to have <%s> snapshots but had <%s> %s", actual.id(), expected, count,
          actual.snapshotIds());
    }
    return myself;
  }

  /**
   * Checks that every EBS mapping of the image is encrypted; an image without EBS mappings fails,
   * as there is nothing encrypted about it.
   *
   * @return this assertion, for chaining
   */
  public SELF isEncrypted() {
    isNotNull();
    List<BlockDeviceMapping> ebs = actual.blockDeviceMappings().stream().filter(m -> m.ebs().isPresent())
        .collect(Collectors.toList());
    if (ebs.isEmpty()) {
      failWithMessage("Expected image <%s> to be encrypted but it has no EBS mapping", actual.id());
    }
    List<String> plain = ebs.stream()
        .filter(m -> !m.ebs().flatMap(EbsBlockDevice::encrypted).orElse(false))
        .map(BlockDeviceMapping::deviceName).collect(Collectors.toList());
    if (!plain.isEmpty()) {
      failWithMessage("Expected image <%s> to be encrypted but these mappings were not: <%s>", actual.id(), plain);
    }
    return myself;
  }
}
