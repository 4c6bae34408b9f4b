package io.ami4j.testkit.internal.world;

import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Filter;
import io.ami4j.model.Image;
import io.ami4j.model.ProductCode;
import io.ami4j.model.WireValue;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * DescribeImages' filters: the values of an image that each filter name compares, with EC2's
 * {@code *} and {@code ?} wildcards. A filter matches when any of its values matches any of the
 * image's values; every filter must match.
 */
final class ImageFilters {
  /** EC2's timestamp format in filters and answers, e.g. {@code 2026-11-27T08:00:00.000Z}. */
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final Map<String, Function<Image, List<String>>> FIELDS = Map.ofEntries(
      Map.entry("name", i -> List.of(i.name())),
      Map.entry("description", i -> opt(i.description())),
      Map.entry("image-id", i -> List.of(i.id().value())),
      Map.entry("owner-id", i -> List.of(i.ownerId().value())),
      Map.entry("owner-alias", i -> opt(i.ownerAlias())),
      Map.entry("state", i -> List.of(WireValue.text(i.state(), i.unknownValues(), "state"))),
      Map.entry("architecture", i -> List.of(WireValue.text(i.architecture(), i.unknownValues(), "architecture"))),
      Map.entry("root-device-type", i -> List.of(WireValue.text(i.rootDeviceType(), i.unknownValues(), "rootDeviceType"))),
      Map.entry("root-device-name", i -> opt(i.rootDeviceName())),
      Map.entry("virtualization-type",
          i -> List.of(WireValue.text(i.virtualizationType(), i.unknownValues(), "virtualizationType"))),
      Map.entry("hypervisor", i -> opt(WireValue.text(i.hypervisor(), i.unknownValues(), "hypervisor"))),
      Map.entry("image-type", i -> List.of(WireValue.text(i.imageType(), i.unknownValues(), "imageType"))),
      Map.entry("is-public", i -> List.of(String.valueOf(i.isPublic()))),
      Map.entry("platform", i -> opt(i.platform())),
      Map.entry("platform-details", i -> opt(i.platformDetails())),
      Map.entry("usage-operation", i -> opt(i.usageOperation())),
      Map.entry("ena-support", i -> List.of(String.valueOf(i.enaSupport()))),
      Map.entry("sriov-net-support", i -> opt(i.sriovNetSupport())),
      Map.entry("imds-support", i -> opt(WireValue.text(i.imdsSupport(), i.unknownValues(), "imdsSupport"))),
      Map.entry("kernel-id", i -> opt(i.kernelId())),
      Map.entry("ramdisk-id", i -> opt(i.ramdiskId())),
      Map.entry("manifest-location", i -> opt(i.imageLocation())),
      Map.entry("product-code", i -> map(i.productCodes(), ProductCode::id)),
      Map.entry("product-code.type", i -> map(i.productCodes(), p -> WireValue.text(p.type(), p.unknownValues(), "type"))),
      Map.entry("source-image-id", i -> opt(i.sourceImageId().map(Object::toString))),
      Map.entry("source-image-region", i -> opt(i.sourceImageRegion().map(Object::toString))),
      Map.entry("source-instance-id", i -> opt(i.sourceInstanceId().map(Object::toString))),
      Map.entry("creation-date", i -> List.of(TIME.format(i.creationDate()))),
      Map.entry("deprecation-time", i -> opt(i.deprecationTime().map(TIME::format))),
      Map.entry("tag-key", i -> List.copyOf(i.tags().keySet())),
      Map.entry("tag-value", i -> List.copyOf(i.tags().values())),
      Map.entry("block-device-mapping.device-name", i -> map(i.blockDeviceMappings(), BlockDeviceMapping::deviceName)),
      Map.entry("block-device-mapping.snapshot-id", i -> ebs(i, e -> e.snapshotId().map(Object::toString))),
      Map.entry("block-device-mapping.volume-size", i -> ebs(i, e -> e.volumeSize().map(String::valueOf))),
      Map.entry("block-device-mapping.volume-type", i -> ebs(i, e -> e.volumeType().map(WireValue::wireValue))),
      Map.entry("block-device-mapping.encrypted", i -> ebs(i, e -> Optional.of(String.valueOf(e.encrypted().orElse(false))))),
      Map.entry("block-device-mapping.delete-on-termination",
          i -> ebs(i, e -> Optional.of(String.valueOf(e.deleteOnTermination())))));

  private ImageFilters() {}

  /** The name of the first filter EC2 would not know, or {@code null}. */
  static String unknown(List<Filter> filters) {
    for (Filter f : filters) {
      if (!f.name().startsWith("tag:") && !FIELDS.containsKey(f.name())) {
        return f.name();
      }
    }
    return null;
  }

  static boolean matches(Image image, List<Filter> filters) {
    for (Filter f : filters) {
      List<String> values;
      if (f.name().startsWith("tag:")) {
        String v = image.tags().get(f.name().substring(4));
        values = v == null ? List.of() : List.of(v);
      } else {
        values = FIELDS.get(f.name()).apply(image);
      }
      if (!anyMatches(f.values(), values)) {
        return false;
      }
    }
    return true;
  }

  static boolean anyMatches(List<String> patterns, List<String> values) {
    for (String v : values) {
      for (String p : patterns) {
        if (Wildcard.matches(p, v)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> opt(Optional<String> value) {
    return value.map(List::of).orElse(List.of());
  }

  private static <T> List<String> map(List<T> items, Function<T, String> f) {
    List<String> out = new ArrayList<>(items.size());
    for (T t : items) {
      out.add(f.apply(t));
    }
    return out;
  }

  private static List<String> ebs(Image image,
      Function<EbsBlockDevice, Optional<String>> f) {
    List<String> out = new ArrayList<>();
    for (BlockDeviceMapping m : image.blockDeviceMappings()) {
      m.ebs().flatMap(f).ifPresent(out::add);
    }
    return out;
  }
}
