package io.ami4j.testkit.internal.world;

import io.ami4j.AmiValidationException;
import io.ami4j.model.Architecture;
import io.ami4j.model.BootMode;
import io.ami4j.model.Hypervisor;
import io.ami4j.model.Image;
import io.ami4j.model.ImageState;
import io.ami4j.model.ImageType;
import io.ami4j.model.ImdsSupport;
import io.ami4j.model.RootDeviceType;
import io.ami4j.model.TpmSupport;
import io.ami4j.model.VirtualizationType;
import io.ami4j.model.WireValue;
import java.util.List;
import java.util.Optional;

/**
 * Puts EC2's text for an image's enum field into an image the world answers, by the rule every
 * provider follows: a value ami4j knows becomes its constant; one it does not know is kept in
 * {@code unknownValues()}, with {@code UNKNOWN} in a required field and an optional field left empty.
 */
final class OddValues {
  /** The image fields whose text the world can be told to answer. */
  static final List<String> IMAGE_FIELDS = List.of("state", "architecture", "rootDeviceType", "imageType",
      "virtualizationType", "hypervisor", "bootMode", "tpmSupport", "imdsSupport");

  private OddValues() {}

  /** Checks a field name before the world takes it. */
  static void check(String field, String text) {
    if (!IMAGE_FIELDS.contains(field)) {
      throw AmiValidationException.of("field", field, "must be one of " + String.join(", ", IMAGE_FIELDS));
    }
    if (text == null || text.isEmpty()) {
      throw AmiValidationException.of(field, text, "must be a non-empty text");
    }
  }

  static void answer(Image.Builder b, String field, String text) {
    switch (field) {
      case "state":
        b.state(required(b, field, ImageState.fromAnswer(text), text));
        break;
      case "architecture":
        b.architecture(required(b, field, Architecture.fromAnswer(text), text));
        break;
      case "rootDeviceType":
        b.rootDeviceType(required(b, field, RootDeviceType.fromAnswer(text), text));
        break;
      case "imageType":
        b.imageType(required(b, field, ImageType.fromAnswer(text), text));
        break;
      case "virtualizationType":
        b.virtualizationType(required(b, field, VirtualizationType.fromAnswer(text), text));
        break;
      case "hypervisor":
        b.hypervisor(optional(b, field, Hypervisor.class, text));
        break;
      case "bootMode":
        b.bootMode(optional(b, field, BootMode.class, text));
        break;
      case "tpmSupport":
        b.tpmSupport(optional(b, field, TpmSupport.class, text));
        break;
      case "imdsSupport":
        b.imdsSupport(optional(b, field, ImdsSupport.class, text));
        break;
      default:
        throw new IllegalArgumentException(field);
    }
  }

  private static <E extends WireValue> E required(Image.Builder b, String field, E value, String text) {
    if (!value.isKnown()) {
      b.putUnknownValues(field, text);
    }
    return value;
  }

  private static <E extends Enum<E> & WireValue> Optional<E> optional(Image.Builder b, String field, Class<E> type,
      String text) {
    Optional<E> known = WireValue.find(type, text);
    if (known.isEmpty()) {
      b.putUnknownValues(field, text);
    }
    return known;
  }

}
