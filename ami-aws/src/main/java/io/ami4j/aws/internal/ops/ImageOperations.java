package io.ami4j.aws.internal.ops;

import io.ami4j.aws.internal.client.AwsClients;
import io.ami4j.aws.internal.client.Remote;
import io.ami4j.aws.internal.map.BlockDeviceMappings;
import io.ami4j.aws.internal.map.Filters;
import io.ami4j.aws.internal.map.ImageMapper;
import io.ami4j.aws.internal.map.Pages;
import io.ami4j.aws.internal.map.TagMapper;
import io.ami4j.model.Architecture;
import io.ami4j.model.BootMode;
import io.ami4j.model.DeregisterImageAnswer;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImdsSupport;
import io.ami4j.model.KmsKey;
import io.ami4j.model.Owner;
import io.ami4j.model.SnapshotDeletion;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.TpmSupport;
import io.ami4j.model.VirtualizationType;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RegisterImageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.CopyImageResponse;
import software.amazon.awssdk.services.ec2.model.CreateImageResponse;
import software.amazon.awssdk.services.ec2.model.DeleteSnapshotReturnCode;
import software.amazon.awssdk.services.ec2.model.DeregisterImageResponse;
import software.amazon.awssdk.services.ec2.model.DescribeImagesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ec2.model.RegisterImageResponse;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** The image lifecycle: DescribeImages, CreateImage, RegisterImage, CopyImage, DeregisterImage. */
public final class ImageOperations {
  private final AwsClients clients;

  /**
   * Creates the operations.
   *
   * @param clients the provider's clients
   */
  public ImageOperations(AwsClients clients) {
    this.clients = clients;
  }

  /**
   * DescribeImages: one page.
   *
   * @param call the call
   * @param query what to describe
   * @param page which page
   * @return the page
   */
  public Page<Image> describeImages(Call call, ImageQuery query, PageRequest page) {
    DescribeImagesRequest.Builder r = DescribeImagesRequest.builder()
        .imageIds(query.imageIds().stream().map(ImageId::value).collect(Collectors.toList()))
        .owners(query.owners().stream().map(Owner::value).collect(Collectors.toList()))
        .executableUsers(query.executableBy())
        .filters(Filters.toSdk(query.filters()))
        .nextToken(Pages.token(page));
    if (query.includeDeprecated()) {
      r.includeDeprecated(true);
    }
    if (query.includeDisabled()) {
      r.includeDisabled(true);
    }
    // The ids bound the answer, and EC2 refuses MaxResults together with ids.
    if (query.imageIds().isEmpty()) {
      r.maxResults(Pages.maxResults(page, Pages.EC2_DESCRIBE_MIN, Pages.EC2_MAX));
    }
    DescribeImagesResponse answer = Remote.call(Ec2Action.DESCRIBE_IMAGES,
        () -> clients.ec2(call.region()).describeImages(r.build()));
    return ImageMapper.page(answer.images(), answer.nextToken());
  }

  /**
   * CreateImage.
   *
   * @param call the call
   * @param request the request
   * @return the new image's id
   */
  public ImageId createImage(Call call, CreateImageRequest request) {
    List<TagSpecification> tags = new ArrayList<>();
    TagMapper.addSpec(tags, ResourceType.IMAGE, request.imageTags());
    TagMapper.addSpec(tags, ResourceType.SNAPSHOT, request.snapshotTags());
    CreateImageResponse answer = Remote.call(Ec2Action.CREATE_IMAGE, () -> clients.ec2(call.region()).createImage(r -> r
        .instanceId(request.instanceId().value())
        .name(request.name())
        .description(request.description().orElse(null))
        .noReboot(request.noReboot() ? Boolean.TRUE : null)
        .blockDeviceMappings(BlockDeviceMappings.toSdk(request.blockDeviceMappings()))
        .tagSpecifications(tags)
        .dryRun(DryRun.of(call))));
    return ImageId.of(answer.imageId());
  }

  /**
   * RegisterImage.
   *
   * @param call the call
   * @param request the request
   * @return the new image's id
   */
  public ImageId registerImage(Call call, RegisterImageRequest request) {
    RegisterImageResponse answer = Remote.call(Ec2Action.REGISTER_IMAGE, () -> clients.ec2(call.region()).registerImage(r -> r
        .name(request.name())
        .description(request.description().orElse(null))
        .imageLocation(request.imageLocation().orElse(null))
        .architecture(request.architecture().map(Architecture::wireValue).orElse(null))
        .rootDeviceName(request.rootDeviceName().orElse(null))
        .virtualizationType(request.virtualizationType().map(VirtualizationType::wireValue).orElse(null))
        .enaSupport(request.enaSupport().orElse(null))
        .sriovNetSupport(request.sriovNetSupport().orElse(null))
        .bootMode(request.bootMode().map(BootMode::wireValue).orElse(null))
        .tpmSupport(request.tpmSupport().map(TpmSupport::wireValue).orElse(null))
        .imdsSupport(request.imdsSupport().map(ImdsSupport::wireValue).orElse(null))
        .blockDeviceMappings(BlockDeviceMappings.toSdk(request.blockDeviceMappings()))
        .billingProducts(request.billingProducts())
        .tagSpecifications(TagMapper.addSpec(new ArrayList<>(), ResourceType.IMAGE, request.tags()))
        .dryRun(DryRun.of(call))));
    return ImageId.of(answer.imageId());
  }

  /**
   * CopyImage, called in the destination region.
   *
   * @param call the call (its region is the destination)
   * @param request the request
   * @return the copy's id
   */
  public ImageId copyImage(Call call, CopyImageRequest request) {
    CopyImageResponse answer = Remote.call(Ec2Action.COPY_IMAGE, () -> clients.ec2(call.region()).copyImage(r -> r
        .sourceImageId(request.sourceImageId().value())
        .sourceRegion(request.sourceRegion().name())
        .name(request.name())
        .description(request.description().orElse(null))
        .encrypted(request.encrypted() ? Boolean.TRUE : null)
        .kmsKeyId(request.kmsKey().map(KmsKey::value).orElse(null))
        .copyImageTags(request.copyImageTags() ? Boolean.TRUE : null)
        .tagSpecifications(TagMapper.addSpec(new ArrayList<>(), ResourceType.IMAGE, request.tags()))
        // Without the caller's token the SDK sends a fresh UUID: idempotent within this call only.
        .clientToken(request.clientToken().orElse(null))
        .dryRun(DryRun.of(call))));
    return ImageId.of(answer.imageId());
  }

  /**
   * DeregisterImage.
   *
   * @param call the call
   * @param imageId the image
   * @param deleteSnapshots whether its snapshots are deleted too
   * @return the image and each snapshot's outcome
   */
  public DeregisterImageAnswer deregisterImage(Call call, ImageId imageId, boolean deleteSnapshots) {
    DeregisterImageResponse answer = Remote.call(Ec2Action.DEREGISTER_IMAGE,
        () -> clients.ec2(call.region()).deregisterImage(r -> r
            .imageId(imageId.value())
            .deleteAssociatedSnapshots(deleteSnapshots ? Boolean.TRUE : null)
            .dryRun(DryRun.of(call))));
    List<SnapshotDeletion> snapshots = new ArrayList<>();
    for (DeleteSnapshotReturnCode c : answer.deleteSnapshotResults()) {
      // A code ami4j does not know is kept as UNKNOWN with EC2's text; it is not a success.
      snapshots.add(SnapshotDeletion.ofAnswer(SnapshotId.of(c.snapshotId()), c.returnCodeAsString()));
    }
    return DeregisterImageAnswer.of(imageId, snapshots);
  }
}
