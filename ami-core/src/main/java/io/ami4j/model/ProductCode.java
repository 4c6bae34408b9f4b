package io.ami4j.model;

import java.util.Map;
import org.immutables.value.Value;

/** A product code on a paid (marketplace) image; launching it needs a subscription to the product. */
@Value.Immutable
public abstract class ProductCode {
  /** The product code id. */
  public abstract String id();

  /**
   * EC2's text of the fields whose value this release of ami4j does not know, keyed by the
   * field's name (e.g. {@code rootDeviceType → standard}). Such a field holds {@code UNKNOWN}
   * when it is required and is empty when it is optional; nothing EC2 answered is lost.
   */
  public abstract Map<String, String> unknownValues();

  /** The type, {@code marketplace} or {@code devpay}. */
  @Value.Default
  public ProductCodeType type() {
    return ProductCodeType.MARKETPLACE;
  }

  /**
   * A marketplace product code.
   *
   * @param id the code
   * @return the product code
   */
  public static ProductCode marketplace(String id) {
    return ImmutableProductCode.builder().id(id).build();
  }

  /**
   * A product code of the given type.
   *
   * @param id the code
   * @param type its type
   * @return the product code
   */
  public static ProductCode of(String id, ProductCodeType type) {
    return ImmutableProductCode.builder().id(id).type(type).build();
  }

  /**
   * A product code as EC2 answers it: a type ami4j does not know is kept as
   * {@link ProductCodeType#UNKNOWN}, with EC2's text under {@code type} in {@link #unknownValues()}.
   *
   * @param id the product code id
   * @param typeText EC2's type, or {@code null} for the default ({@code marketplace})
   * @return the product code
   */
  public static ProductCode ofAnswer(String id, String typeText) {
    if (typeText == null || typeText.isEmpty()) {
      return marketplace(id);
    }
    ProductCodeType type = ProductCodeType.fromAnswer(typeText);
    ImmutableProductCode.Builder b = ImmutableProductCode.builder().id(id).type(type);
    if (!type.isKnown()) {
      b.putUnknownValues("type", typeText);
    }
    return b.build();
  }
}
