package io.ami4j.aws.internal.ops;

import io.ami4j.aws.internal.client.AwsClients;
import io.ami4j.aws.internal.client.Remote;
import io.ami4j.aws.internal.map.ImageReferences;
import io.ami4j.aws.internal.map.Pages;
import io.ami4j.aws.internal.map.RecycleBinImages;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageReference;
import io.ami4j.model.RecycleBinImage;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.DescribeImageReferencesResponse;
import software.amazon.awssdk.services.ec2.model.ListImagesInRecycleBinResponse;

/**
 * Retiring images: deprecation, deregistration protection, disabling, the Recycle Bin, and the
 * references that tell whether an image is still in use.
 */
public final class RetirementOperations {
  private final AwsClients clients;

  /**
   * Creates the operations.
   *
   * @param clients the provider's clients
   */
  public RetirementOperations(AwsClients clients) {
    this.clients = clients;
  }

  /**
   * EnableImageDeprecation.
   *
   * @param call the call
   * @param imageId the image
   * @param at when (EC2 rounds it to the minute)
   */
  public void enableImageDeprecation(Call call, ImageId imageId, Instant at) {
    Remote.call(Ec2Action.ENABLE_IMAGE_DEPRECATION, () -> clients.ec2(call.region()).enableImageDeprecation(r -> r
        .imageId(imageId.value()).deprecateAt(at).dryRun(DryRun.of(call))));
  }

  /**
   * DisableImageDeprecation.
   *
   * @param call the call
   * @param imageId the image
   */
  public void disableImageDeprecation(Call call, ImageId imageId) {
    Remote.call(Ec2Action.DISABLE_IMAGE_DEPRECATION, () -> clients.ec2(call.region()).disableImageDeprecation(r -> r
        .imageId(imageId.value()).dryRun(DryRun.of(call))));
  }

  /**
   * EnableImageDeregistrationProtection.
   *
   * @param call the call
   * @param imageId the image
   * @param withCooldown whether disabling it later takes 24 hours to apply
   */
  public void enableDeregistrationProtection(Call call, ImageId imageId, boolean withCooldown) {
    Remote.call(Ec2Action.ENABLE_IMAGE_DEREGISTRATION_PROTECTION,
        () -> clients.ec2(call.region()).enableImageDeregistrationProtection(r -> r
            .imageId(imageId.value()).withCooldown(withCooldown ? Boolean.TRUE : null).dryRun(DryRun.of(call))));
  }

  /**
   * DisableImageDeregistrationProtection.
   *
   * @param call the call
   * @param imageId the image
   */
  public void disableDeregistrationProtection(Call call, ImageId imageId) {
    Remote.call(Ec2Action.DISABLE_IMAGE_DEREGISTRATION_PROTECTION,
        () -> clients.ec2(call.region()).disableImageDeregistrationProtection(r -> r
            .imageId(imageId.value()).dryRun(DryRun.of(call))));
  }

  /**
   * DisableImage.
   *
   * @param call the call
   * @param imageId the image
   */
  public void disableImage(Call call, ImageId imageId) {
    Remote.call(Ec2Action.DISABLE_IMAGE, () -> clients.ec2(call.region()).disableImage(r -> r
        .imageId(imageId.value()).dryRun(DryRun.of(call))));
  }

  /**
   * EnableImage.
   *
   * @param call the call
   * @param imageId the image
   */
  public void enableImage(Call call, ImageId imageId) {
    Remote.call(Ec2Action.ENABLE_IMAGE, () -> clients.ec2(call.region()).enableImage(r -> r
        .imageId(imageId.value()).dryRun(DryRun.of(call))));
  }

  /**
   * ListImagesInRecycleBin: one page.
   *
   * @param call the call
   * @param imageIds the images (empty: all)
   * @param page which page
   * @return the page
   */
  public Page<RecycleBinImage> listImagesInRecycleBin(Call call, List<ImageId> imageIds, PageRequest page) {
    ListImagesInRecycleBinResponse answer = Remote.call(Ec2Action.LIST_IMAGES_IN_RECYCLE_BIN,
        () -> clients.ec2(call.region()).listImagesInRecycleBin(r -> r
            .imageIds(ids(imageIds))
            .maxResults(imageIds.isEmpty() ? Pages.maxResults(page, 1, Pages.EC2_MAX) : null)
            .nextToken(Pages.token(page))));
    return RecycleBinImages.page(answer.images(), answer.nextToken());
  }

  /**
   * RestoreImageFromRecycleBin.
   *
   * @param call the call
   * @param imageId the image
   */
  public void restoreImageFromRecycleBin(Call call, ImageId imageId) {
    Remote.call(Ec2Action.RESTORE_IMAGE_FROM_RECYCLE_BIN, () -> clients.ec2(call.region()).restoreImageFromRecycleBin(r -> r
        .imageId(imageId.value()).dryRun(DryRun.of(call))));
  }

  /**
   * DescribeImageReferences: every kind of resource, one page.
   *
   * @param call the call
   * @param imageIds the images
   * @param page which page
   * @return the page
   */
  public Page<ImageReference> describeImageReferences(Call call, List<ImageId> imageIds, PageRequest page) {
    DescribeImageReferencesResponse answer = Remote.call(Ec2Action.DESCRIBE_IMAGE_REFERENCES,
        () -> clients.ec2(call.region()).describeImageReferences(r -> r
            .imageIds(ids(imageIds))
            .includeAllResourceTypes(true)
            .maxResults(Pages.maxResults(page, Pages.EC2_DESCRIBE_MIN, Pages.EC2_MAX))
            .nextToken(Pages.token(page))));
    return ImageReferences.page(answer.imageReferences(), answer.nextToken());
  }

  private static List<String> ids(List<ImageId> imageIds) {
    return imageIds.stream().map(ImageId::value).collect(Collectors.toList());
  }
}
