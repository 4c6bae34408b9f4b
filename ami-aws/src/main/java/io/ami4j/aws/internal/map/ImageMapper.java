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
import io.ami4j.model.Region;
import io.ami4j.model.RootDeviceType;
import io.ami4j.model.StateReason;
import io.ami4j.model.TpmSupport;
import io.ami4j.model.VirtualizationType;
import io.ami4j.spi.Page;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** An image of DescribeImages' {@code imagesSet} as ami4j's {@link Image}. */
public final class ImageMapper {
  private ImageMapper() {}

  /**
   * Maps a page of DescribeImages: every image is kept, whatever values ami4j does not know it
   * holds; only an image without an id or with a required field missing is left out, and named in
   * the page's {@link Page#unmapped()}.
   *
   * @param images the SDK's images
   * @param nextToken the answer's next token
   * @return ami4j's page
   */
  public static Page<Image> page(List<software.amazon.awssdk.services.ec2.model.Image> images, String nextToken) {
    return Lenient.page("image", images, software.amazon.awssdk.services.ec2.model.Image::imageId,
        ImageMapper::fromSdk, nextToken);
  }

  /**
   * Maps one image.
   *
   * @param i the SDK's image
   * @return ami4j's
   * @throws AmiValidationException when a required field is missing or unreadable (an enum value
   *     ami4j does not know is kept, see {@link WireEnums})
   */
  public static Image fromSdk(software.amazon.awssdk.services.ec2.model.Image i) {
    Image.Builder b = Image.builder();
    b.id(ImageId.of(i.imageId()))
        .name(required("name", i.name()))
        .description(Optional.ofNullable(i.description()))
        .ownerId(AccountId.of(i.ownerId()))
        .ownerAlias(Optional.ofNullable(i.imageOwnerAlias()))
        .creationDate(Timestamps.parse("creationDate", i.creationDate())
            .orElseThrow(() -> new AmiValidationException("creationDate", (Object) i.creationDate(), "must be an ISO-8601 time")))
        .state(WireEnums.required(ImageState.class, "state", i.stateAsString(), b::putUnknownValues))
        .architecture(WireEnums.required(Architecture.class, "architecture", i.architectureAsString(), b::putUnknownValues))
        .rootDeviceType(WireEnums.required(RootDeviceType.class, "rootDeviceType", i.rootDeviceTypeAsString(),
            b::putUnknownValues))
        .platform(Optional.ofNullable(i.platformAsString()))
        .platformDetails(Optional.ofNullable(i.platformDetails()))
        .usageOperation(Optional.ofNullable(i.usageOperation()))
        .rootDeviceName(Optional.ofNullable(i.rootDeviceName()))
        .hypervisor(WireEnums.optional(Hypervisor.class, "hypervisor", i.hypervisorAsString(), b::putUnknownValues))
        .enaSupport(Boolean.TRUE.equals(i.enaSupport()))
        .sriovNetSupport(Optional.ofNullable(i.sriovNetSupport()))
        .bootMode(WireEnums.optional(BootMode.class, "bootMode", i.bootModeAsString(), b::putUnknownValues))
        .tpmSupport(WireEnums.optional(TpmSupport.class, "tpmSupport", i.tpmSupportAsString(), b::putUnknownValues))
        .imdsSupport(WireEnums.optional(ImdsSupport.class, "imdsSupport", i.imdsSupportAsString(), b::putUnknownValues))
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
    if (i.imageTypeAsString() != null && !i.imageTypeAsString().isEmpty()) {
      b.imageType(WireEnums.required(ImageType.class, "imageType", i.imageTypeAsString(), b::putUnknownValues));
    }
    if (i.virtualizationTypeAsString() != null && !i.virtualizationTypeAsString().isEmpty()) {
      b.virtualizationType(WireEnums.required(VirtualizationType.class, "virtualizationType",
          i.virtualizationTypeAsString(), b::putUnknownValues));
    }
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
        .map(c -> ProductCode.ofAnswer(c.productCodeId(), c.productCodeTypeAsString()))
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
