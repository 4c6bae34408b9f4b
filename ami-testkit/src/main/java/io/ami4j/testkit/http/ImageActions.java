package io.ami4j.testkit.http;

import io.ami4j.model.Architecture;
import io.ami4j.model.BootMode;
import io.ami4j.model.DeregisterImageAnswer;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImdsSupport;
import io.ami4j.model.KmsKey;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.model.TpmSupport;
import io.ami4j.model.VirtualizationType;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.Page;
import io.ami4j.spi.RegisterImageRequest;
import java.util.Map;
import java.util.stream.Collectors;

/** The image lifecycle: DescribeImages, CreateImage, RegisterImage, CopyImage, DeregisterImage. */
final class ImageActions implements ActionGroup {

  @Override
  public void registerInto(Map<String, ActionHandler> table) {
    table.put("DescribeImages", ImageActions::describeImages);
    table.put("CreateImage", ImageActions::createImage);
    table.put("RegisterImage", ImageActions::registerImage);
    table.put("CopyImage", ImageActions::copyImage);
    table.put("DeregisterImage", ImageActions::deregisterImage);
  }

  private static void describeImages(ActionContext c, XmlWriter out) {
    QueryRequest q = c.params();
    ImageQuery query = ImageQuery.builder()
        .addAllImageIds(q.list("ImageId").stream().map(Ec2Params::imageId).collect(Collectors.toList()))
        .addAllOwners(q.list("Owner").stream().map(Owner::of).collect(Collectors.toList()))
        .addAllExecutableBy(q.list("ExecutableBy"))
        .addAllFilters(Ec2Params.filters(q))
        .includeDeprecated(q.flag("IncludeDeprecated", false))
        .includeDisabled(q.flag("IncludeDisabled", false))
        .build();
    Page<Image> page = c.provider().describeImages(c.call(), query, c.page());
    out.start("imagesSet");
    for (Image image : page.items()) {
      out.start("item");
      Ec2Xml.image(out, image);
      out.end();
    }
    out.end();
    out.element("nextToken", page.nextToken().orElse(null));
  }

  private static void createImage(ActionContext c, XmlWriter out) {
    QueryRequest q = c.params();
    CreateImageRequest.Builder b = CreateImageRequest.builder()
        .instanceId(Ec2Params.instanceId(q.required("InstanceId")))
        .name(q.required("Name"))
        .noReboot(q.flag("NoReboot", false))
        .addAllBlockDeviceMappings(Ec2Params.blockDeviceMappings(q))
        .putAllImageTags(Ec2Params.tagSpecification(q, "image"))
        .putAllSnapshotTags(Ec2Params.tagSpecification(q, "snapshot"));
    q.get("Description").ifPresent(b::description);
    ImageId id = c.provider().createImage(c.call(), b.build());
    out.element("imageId", id.value());
  }

  private static void registerImage(ActionContext c, XmlWriter out) {
    QueryRequest q = c.params();
    RegisterImageRequest.Builder b = RegisterImageRequest.builder()
        .name(q.required("Name"))
        .addAllBlockDeviceMappings(Ec2Params.blockDeviceMappings(q))
        .addAllBillingProducts(q.list("BillingProduct"))
        .putAllTags(Ec2Params.tagSpecification(q, "image"));
    q.get("Description").ifPresent(b::description);
    q.get("ImageLocation").ifPresent(b::imageLocation);
    q.get("Architecture").ifPresent(a -> b.architecture(Architecture.fromWire(a)));
    q.get("RootDeviceName").ifPresent(b::rootDeviceName);
    q.get("VirtualizationType").ifPresent(v -> b.virtualizationType(VirtualizationType.fromWire(v)));
    q.optionalFlag("EnaSupport").ifPresent(b::enaSupport);
    q.get("SriovNetSupport").ifPresent(b::sriovNetSupport);
    q.get("BootMode").ifPresent(m -> b.bootMode(BootMode.fromWire(m)));
    q.get("TpmSupport").ifPresent(t -> b.tpmSupport(TpmSupport.fromWire(t)));
    q.get("ImdsSupport").ifPresent(i -> b.imdsSupport(ImdsSupport.fromWire(i)));
    ImageId id = c.provider().registerImage(c.call(), b.build());
    out.element("imageId", id.value());
  }

  private static void copyImage(ActionContext c, XmlWriter out) {
    QueryRequest q = c.params();
    CopyImageRequest.Builder b = CopyImageRequest.builder()
        .sourceImageId(Ec2Params.imageId(q.required("SourceImageId")))
        .sourceRegion(Region.of(q.required("SourceRegion")))
        .name(q.required("Name"))
        .encrypted(q.flag("Encrypted", false))
        .copyImageTags(q.flag("CopyImageTags", false))
        .putAllTags(Ec2Params.tagSpecification(q, "image"));
    q.get("Description").ifPresent(b::description);
    q.get("KmsKeyId").ifPresent(k -> b.kmsKey(KmsKey.of(k)));
    q.get("ClientToken").filter(t -> !t.isEmpty()).ifPresent(b::clientToken);
    ImageId id = c.provider().copyImage(c.call(), b.build());
    out.element("imageId", id.value());
  }

  private static void deregisterImage(ActionContext c, XmlWriter out) {
    QueryRequest q = c.params();
    ImageId id = Ec2Params.imageId(q.required("ImageId"));
    boolean deleteSnapshots = q.flag("DeleteAssociatedSnapshots", false);
    DeregisterImageAnswer result = c.provider().deregisterImage(c.call(), id, deleteSnapshots);
    out.element("return", true);
    if (deleteSnapshots) {
      out.start("deleteSnapshotResultSet");
      result.snapshots().forEach(s -> out.start("item")
          .element("snapshotId", s.snapshotId().value())
          .element("returnCode", s.outcome().wireValue())
          .end());
      out.end();
    }
  }
}
