package io.ami4j.aws.internal.map;

import io.ami4j.AmiValidationException;
import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.BootMode;
import io.ami4j.model.Hypervisor;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.ImageType;
import io.ami4j.model.ImdsSupport;
import io.ami4j.model.InstanceId;
import io.ami4j.model.ProductCode;
import io.ami4j.model.ProductCodeType;
import io.ami4j.model.Region;
import io.ami4j.model.RootDeviceType;
import io.ami4j.model.StateReason;
import io.ami4j.model.TpmSupport;
import io.ami4j.model.VirtualizationType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** An image of DescribeImages' {@code imagesSet} as ami4j's {@link Image}. */
public final class ImageMapper {
  private ImageMapper() {}

  /**
   * Maps the images of an answer, leaving out (with a warning) any that ami4j cannot hold.
   *
   * @param images the SDK's images
   * @return ami4j's
   */
  public static List<Image> fromSdk(List<software.amazon.awssdk.services.ec2.model.Image> images) {
    return Lenient.mapAll("image", images, software.amazon.awssdk.services.ec2.model.Image::imageId,
        ImageMapper::fromSdk);
  }

  /**
   * Maps one image.
   *
   * @param i the SDK's image
   * @return ami4j's
   * @throws AmiValidationException when a required field is missing or unknown
   */
  public static Image fromSdk(software.amazon.awssdk.services.ec2.model.Image i) {
    Image.Builder b = Image.builder()
        .id(ImageId.of(i.imageId()))
        .name(required("name", i.name()))
        .description(Optional.ofNullable(i.description()))
        .ownerId(AccountId.of(i.ownerId()))
        .ownerAlias(Optional.ofNullable(i.imageOwnerAlias()))
        .creationDate(Timestamps.parse("creationDate", i.creationDate())
            .orElseThrow(() -> new AmiValidationException("creationDate", (Object) i.creationDate(), "must be an ISO-8601 time")))
        .state(WireEnums.required(ImageState.class, "imageState", i.stateAsString()))
        .architecture(WireEnums.required(Architecture.class, "architecture", i.architectureAsString()))
        .rootDeviceType(WireEnums.required(RootDeviceType.class, "rootDeviceType", i.rootDeviceTypeAsString()))
        .platform(Optional.ofNullable(i.platformAsString()))
        .platformDetails(Optional.ofNullable(i.platformDetails()))
        .usageOperation(Optional.ofNullable(i.usageOperation()))
        .rootDeviceName(Optional.ofNullable(i.rootDeviceName()))
        .hypervisor(WireEnums.optional(Hypervisor.class, "hypervisor", i.hypervisorAsString()))
        .enaSupport(Boolean.TRUE.equals(i.enaSupport()))
        .sriovNetSupport(Optional.ofNullable(i.sriovNetSupport()))
        .bootMode(WireEnums.optional(BootMode.class, "bootMode", i.bootModeAsString()))
        .tpmSupport(WireEnums.optional(TpmSupport.class, "tpmSupport", i.tpmSupportAsString()))
        .imdsSupport(WireEnums.optional(ImdsSupport.class, "imdsSupport", i.imdsSupportAsString()))
        .blockDeviceMappings(BlockDeviceMappings.fromSdk(i.blockDeviceMappings()))
        .productCodes(productCodes(i.productCodes()))
        .isPublic(Boolean.TRUE.equals(i.publicLaunchPermissions()))
        .tags(TagMapper.fromSdk(i.tags()))
        .deprecationTime(Timestamps.parse("deprecationTime", i.deprecationTime()))
        .deregistrationProtection(Optional.ofNullable(i.deregistrationProtection()))
        .imageLocation(Optional.ofNullable(i.imageLocation()))
        .lastLaunchedTime(Timestamps.parse("lastLaunchedTime", i.lastLaunchedTime()))
        .kernelId(Optional.ofNullable(i.kernelId()))
        .ramdiskId(Optional.ofNullable(i.ramdiskId()));
    WireEnums.optional(ImageType.class, "imageType", i.imageTypeAsString()).ifPresent(b::imageType);
    WireEnums.optional(VirtualizationType.class, "virtualizationType", i.virtualizationTypeAsString())
        .ifPresent(b::virtualizationType);
    if (i.stateReason() != null && i.stateReason().code() != null) {
      b.stateReason(StateReason.of(i.stateReason().code(),
          i.stateReason().message() == null ? "" : i.stateReason().message()));
    }
    if (present(i.sourceImageId())) {
      b.sourceImageId(ImageId.of(i.sourceImageId()));
    }
    if (present(i.sourceImageRegion())) {
      b.sourceImageRegion(Region.of(i.sourceImageRegion()));
    }
    if (present(i.sourceInstanceId())) {
      b.sourceInstanceId(InstanceId.of(i.sourceInstanceId()));
    }
    return b.build();
  }

  /**
   * Maps product codes.
   *
   * @param codes the SDK's, or {@code null}
   * @return ami4j's
   */
  public static List<ProductCode> productCodes(List<software.amazon.awssdk.services.ec2.model.ProductCode> codes) {
    if (codes == null) {
      return List.of();
    }
    return codes.stream()
        .map(c -> ProductCode.of(c.productCodeId(),
            WireEnums.optional(ProductCodeType.class, "productCodeType", c.productCodeTypeAsString())
                .orElse(ProductCodeType.MARKETPLACE)))
        .collect(Collectors.toList());
  }

  private static String required(String field, String value) {
    if (value == null) {
      throw new AmiValidationException(field, (Object) null, "must be in EC2's answer");
    }
    return value;
  }

  private static boolean present(String value) {
    return value != null && !value.isEmpty();
  }
}
