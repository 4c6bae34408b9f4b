package io.ami4j.testkit.http;

import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Image;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceState;
import io.ami4j.model.ProductCode;
import io.ami4j.model.Snapshot;
import io.ami4j.model.StateReason;
import io.ami4j.model.WireValue;
import java.util.List;
import java.util.Map;

/**
 * Writes ami4j's model in EC2's XML shapes. Element names and nesting follow the EC2 service
 * model's {@code locationName}s ({@code imagesSet/item}, {@code imageOwnerId}, {@code imageState},
 * {@code tagSet/item/key}); absent values are left out, as EC2 does.
 */
final class Ec2Xml {
  private Ec2Xml() {}

  /** An {@code Image} ({@code imagesSet/item}'s content). */
  static void image(XmlWriter x, Image i) {
    x.element("imageId", i.id().value())
        .element("imageLocation", i.imageLocation().orElse(null))
        .element("imageState", WireValue.text(i.state(), i.unknownValues(), "state"))
        .element("imageOwnerId", i.ownerId().value())
        .element("creationDate", WireTime.format(i.creationDate()))
        .element("isPublic", i.isPublic())
        .element("architecture", WireValue.text(i.architecture(), i.unknownValues(), "architecture"))
        .element("imageType", WireValue.text(i.imageType(), i.unknownValues(), "imageType"))
        .element("kernelId", i.kernelId().orElse(null))
        .element("ramdiskId", i.ramdiskId().orElse(null))
        .element("platform", i.platform().orElse(null))
        .element("platformDetails", i.platformDetails().orElse(null))
        .element("usageOperation", i.usageOperation().orElse(null))
        .element("imageOwnerAlias", i.ownerAlias().orElse(null))
        .element("name", i.name())
        .element("description", i.description().orElse(null))
        .element("rootDeviceType", WireValue.text(i.rootDeviceType(), i.unknownValues(), "rootDeviceType"))
        .element("rootDeviceName", i.rootDeviceName().orElse(null))
        .element("virtualizationType", WireValue.text(i.virtualizationType(), i.unknownValues(), "virtualizationType"))
        .element("hypervisor", WireValue.text(i.hypervisor(), i.unknownValues(), "hypervisor").orElse(null))
        .element("enaSupport", i.enaSupport())
        .element("sriovNetSupport", i.sriovNetSupport().orElse(null))
        .element("bootMode", WireValue.text(i.bootMode(), i.unknownValues(), "bootMode").orElse(null))
        .element("tpmSupport", WireValue.text(i.tpmSupport(), i.unknownValues(), "tpmSupport").orElse(null))
        .element("imdsSupport", WireValue.text(i.imdsSupport(), i.unknownValues(), "imdsSupport").orElse(null))
        .element("deprecationTime", i.deprecationTime().map(WireTime::format).orElse(null))
        .element("deregistrationProtection", i.deregistrationProtection().orElse(null))
        .element("lastLaunchedTime", i.lastLaunchedTime().map(WireTime::format).orElse(null))
        .element("sourceImageId", i.sourceImageId().map(id -> id.value()).orElse(null))
        .element("sourceImageRegion", i.sourceImageRegion().map(r -> r.name()).orElse(null))
        .element("sourceInstanceId", i.sourceInstanceId().map(id -> id.value()).orElse(null));
    i.stateReason().ifPresent(r -> stateReason(x, r));
    blockDeviceMappings(x, "blockDeviceMapping", i.blockDeviceMappings());
    productCodes(x, i.productCodes());
    tagSet(x, i.tags());
  }

  /** A {@code blockDeviceMapping} list (omitted when empty). */
  static void blockDeviceMappings(XmlWriter x, String element, List<BlockDeviceMapping> mappings) {
    if (mappings.isEmpty()) {
      return;
    }
    x.start(element);
    for (BlockDeviceMapping m : mappings) {
      x.start("item").element("deviceName", m.deviceName())
          .element("virtualName", m.virtualName().orElse(null));
      if (m.noDevice()) {
        x.element("noDevice", "");
      }
      m.ebs().ifPresent(e -> ebs(x, e));
      x.end();
    }
    x.end();
  }

  private static void ebs(XmlWriter x, EbsBlockDevice e) {
    x.start("ebs")
        .element("snapshotId", e.snapshotId().map(s -> s.value()).orElse(null))
        .element("volumeSize", e.volumeSize().orElse(null))
        .element("deleteOnTermination", e.deleteOnTermination())
        .element("volumeType", WireValue.text(e.volumeType(), e.unknownValues(), "volumeType").orElse(null))
        .element("iops", e.iops().orElse(null))
        .element("throughput", e.throughput().orElse(null))
        .element("encrypted", e.encrypted().orElse(null))
        .element("kmsKeyId", e.kmsKey().map(k -> k.value()).orElse(null))
        .end();
  }

  /** A {@code productCodes} list (omitted when empty). */
  static void productCodes(XmlWriter x, List<ProductCode> codes) {
    if (codes.isEmpty()) {
      return;
    }
    x.start("productCodes");
    for (ProductCode c : codes) {
      x.start("item").element("productCode", c.id()).element("type", WireValue.text(c.type(), c.unknownValues(), "type")).end();
    }
    x.end();
  }

  /** A {@code tagSet} (omitted when empty). */
  static void tagSet(XmlWriter x, Map<String, String> tags) {
    if (tags.isEmpty()) {
      return;
    }
    x.start("tagSet");
    tags.forEach((k, v) -> x.start("item").element("key", k).element("value", v).end());
    x.end();
  }

  static void stateReason(XmlWriter x, StateReason r) {
    x.start("stateReason").element("code", r.code()).element("message", r.message()).end();
  }

  /** An {@code Instance} ({@code instancesSet/item}'s content). */
  static void instance(XmlWriter x, Instance i, int launchIndex) {
    x.element("instanceId", i.id().value())
        .element("imageId", i.imageId().value());
    x.start("instanceState").element("code", i.state().code())
        .element("name", WireValue.text(i.state(), i.unknownValues(), "state")).end();
    x.element("privateDnsName", i.privateDnsName().orElse(null))
        .element("dnsName", i.publicDnsName().orElse(null))
        .element("keyName", i.keyName().orElse(null))
        .element("amiLaunchIndex", launchIndex);
    productCodes(x, i.productCodes());
    x.element("instanceType", i.instanceType())
        .element("launchTime", WireTime.format(i.launchTime()))
        .element("platform", i.platform().orElse(null))
        .element("subnetId", i.subnetId().orElse(null))
        .element("privateIpAddress", i.privateIpAddress().orElse(null))
        .element("ipAddress", i.publicIpAddress().orElse(null));
    if (!i.securityGroupIds().isEmpty()) {
      x.start("groupSet");
      i.securityGroupIds().forEach(g -> x.start("item").element("groupId", g).end());
      x.end();
    }
    i.stateReason().ifPresent(r -> stateReason(x, r));
    x.element("architecture", WireValue.text(i.architecture(), i.unknownValues(), "architecture").orElse(null))
        .element("rootDeviceType", WireValue.text(i.rootDeviceType(), i.unknownValues(), "rootDeviceType").orElse(null));
    tagSet(x, i.tags());
  }

  /** An {@code InstanceState}: EC2's numeric code and name. */
  static void instanceState(XmlWriter x, String element, InstanceState s) {
    x.start(element).element("code", s.code()).element("name", s.wireValue()).end();
  }

  /** A {@code Snapshot} ({@code snapshotSet/item}'s content). */
  static void snapshot(XmlWriter x, Snapshot s) {
    x.element("snapshotId", s.id().value())
        .element("volumeId", s.volumeId().map(v -> v.value()).orElse(null))
        .element("status", WireValue.text(s.state(), s.unknownValues(), "state"))
        .element("startTime", WireTime.format(s.startTime()))
        .element("progress", s.state().wireValue().equals("completed") ? "100%" : null)
        .element("ownerId", s.ownerId().value())
        .element("volumeSize", s.volumeSize())
        .element("description", s.description().orElse(null))
        .element("encrypted", s.encrypted())
        .element("kmsKeyId", s.kmsKey().map(k -> k.value()).orElse(null));
    tagSet(x, s.tags());
  }
}
