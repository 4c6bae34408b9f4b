package io.ami4j.model;

import org.immutables.value.Value;

/** A product code on a paid (marketplace) image; launching it needs a subscription to the product. */
@Value.Immutable
public abstract class ProductCode {
  /** The product code id. */
  public abstract String id();

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
}
