package io.ami4j.testkit.http;

import io.ami4j.model.ImageId;
import io.ami4j.model.ImageReference;
import io.ami4j.model.RecycleBinImage;
import io.ami4j.spi.Page;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Retiring images and finding who uses them: deprecation, deregistration protection,
 * disable/enable, the Recycle Bin, and DescribeImageReferences.
 */
final class RetirementActions implements ActionGroup {

  @Override
  public void registerInto(Map<String, ActionHandler> table) {
    table.put("EnableImageDeprecation", (c, out) -> {
      c.provider().enableImageDeprecation(c.call(), image(c), instant("DeprecateAt", c.params().required("DeprecateAt")));
      out.element("return", true);
    });
    table.put("DisableImageDeprecation", (c, out) -> {
      c.provider().disableImageDeprecation(c.call(), image(c));
      out.element("return", true);
    });
    table.put("EnableImageDeregistrationProtection", (c, out) -> {
      c.provider().enableDeregistrationProtection(c.call(), image(c), c.params().flag("WithCooldown", false));
      out.element("return", "true");
    });
    table.put("DisableImageDeregistrationProtection", (c, out) -> {
      c.provider().disableDeregistrationProtection(c.call(), image(c));
      out.element("return", "true");
    });
    table.put("DisableImage", (c, out) -> {
      c.provider().disableImage(c.call(), image(c));
      out.element("return", true);
    });
    table.put("EnableImage", (c, out) -> {
      c.provider().enableImage(c.call(), image(c));
      out.element("return", true);
    });
    table.put("RestoreImageFromRecycleBin", (c, out) -> {
      c.provider().restoreImageFromRecycleBin(c.call(), image(c));
      out.element("return", true);
    });
    table.put("ListImagesInRecycleBin", RetirementActions::listImagesInRecycleBin);
    table.put("DescribeImageReferences", RetirementActions::describeImageReferences);
  }

  private static ImageId image(ActionContext c) {
    return Ec2Params.imageId(c.params().required("ImageId"));
  }

  private static List<ImageId> imageIds(ActionContext c) {
    return c.params().list("ImageId").stream().map(Ec2Params::imageId).collect(Collectors.toList());
  }

  private static void listImagesInRecycleBin(ActionContext c, XmlWriter out) {
    Page<RecycleBinImage> page = c.provider().listImagesInRecycleBin(c.call(), imageIds(c), c.page());
    out.start("imageSet");
    for (RecycleBinImage i : page.items()) {
      out.start("item")
          .element("imageId", i.imageId().value())
          .element("name", i.name())
          .element("description", i.description().orElse(null))
          .element("recycleBinEnterTime", WireTime.format(i.enterTime()))
          .element("recycleBinExitTime", WireTime.format(i.exitTime()))
          .end();
    }
    out.end();
    out.element("nextToken", page.nextToken().orElse(null));
  }

  private static void describeImageReferences(ActionContext c, XmlWriter out) {
    Page<ImageReference> page = c.provider().describeImageReferences(c.call(), imageIds(c), c.page());
    out.start("imageReferenceSet");
    for (ImageReference r : page.items()) {
      out.start("item")
          .element("imageId", r.imageId().value())
          .element("resourceType", r.resourceType().wireValue())
          .element("arn", r.arn())
          .end();
    }
    out.end();
    out.element("nextToken", page.nextToken().orElse(null));
  }

  /** EC2's timestamps as clients send them: ISO-8601 with or without an offset (UTC assumed). */
  static Instant instant(String name, String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw QueryRequest.invalid(name, text, "must be an ISO-8601 timestamp such as 2026-12-01T00:00:00Z");
      }
    }
  }
}
