package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.RecycleBinImage;
import io.ami4j.spi.Call;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Retiring images: description, deprecation, deregistration protection, disable/enable, and the
 * Recycle Bin.
 */
final class Retirement extends AccountOps {
  /** How long deregistration protection lasts after it is disabled, when enabled with cooldown. */
  static final Duration COOLDOWN = Duration.ofHours(24);
  /** The furthest EC2 lets a deprecation be scheduled. */
  static final int DEPRECATION_MAX_YEARS = 10;

  Retirement(World world, AccountId account) {
    super(world, account);
  }

  void describe(Call call, ImageId imageId, String description) {
    synchronized (w) {
      ImageRecord img = live(call, imageId);
      if (description.length() > 255) {
        throw w.error("InvalidParameterValue", "The description must be at most 255 characters");
      }
      stopIfDryRun(call);
      img.description = description;
      log(call, "ModifyImageAttribute", imageId.value(), "description set");
    }
  }

  void deprecate(Call call, ImageId imageId, Instant at) {
    synchronized (w) {
      ImageRecord img = live(call, imageId);
      Instant now = w.now();
      // EC2 rounds to the nearest minute.
      Instant rounded = at.plusSeconds(30).truncatedTo(ChronoUnit.MINUTES);
      if (rounded.isBefore(now.truncatedTo(ChronoUnit.MINUTES))) {
        throw w.error("InvalidParameterValue", "The deprecation time " + rounded + " is in the past (now is "
            + now + ")");
      }
      if (rounded.isAfter(now.atZone(ZoneOffset.UTC).plusYears(DEPRECATION_MAX_YEARS).toInstant())) {
        throw w.error("InvalidParameterValue", "The deprecation time " + rounded + " is more than "
            + DEPRECATION_MAX_YEARS + " years ahead");
      }
      stopIfDryRun(call);
      img.deprecationTime = rounded;
      log(call, "EnableImageDeprecation", imageId.value(), "deprecated at " + rounded);
    }
  }

  void undeprecate(Call call, ImageId imageId) {
    synchronized (w) {
      ImageRecord img = live(call, imageId);
      stopIfDryRun(call);
      if (img.deprecationTime != null) {
        img.deprecationTime = null;
        log(call, "DisableImageDeprecation", imageId.value(), "deprecation removed");
      }
    }
  }

  void protect(Call call, ImageId imageId, boolean withCooldown) {
    synchronized (w) {
      ImageRecord img = live(call, imageId);
      stopIfDryRun(call);
      img.protection = withCooldown ? ImageRecord.Protection.ENABLED_WITH_COOLDOWN : ImageRecord.Protection.ENABLED;
      img.protectedUntil = null;
      log(call, "EnableImageDeregistrationProtection", imageId.value(), img.protectionValue(w.now()));
    }
  }

  void unprotect(Call call, ImageId imageId) {
    synchronized (w) {
      ImageRecord img = live(call, imageId);
      Instant now = w.now();
      stopIfDryRun(call);
      if (img.protection == ImageRecord.Protection.ENABLED_WITH_COOLDOWN) {
        img.protectedUntil = now.plus(COOLDOWN);
      }
      if (img.protection != ImageRecord.Protection.NONE) {
        img.protection = ImageRecord.Protection.NONE;
        log(call, "DisableImageDeregistrationProtection", imageId.value(), img.protectionValue(now));
      }
    }
  }

  void disable(Call call, ImageId imageId) {
    synchronized (w) {
      ImageRecord img = live(call, imageId);
      ImageState state = img.state(w.now());
      if (state != ImageState.AVAILABLE) {
        throw w.error("IncorrectState", "Image " + imageId + " is " + state.wireValue()
            + "; only an available image can be disabled");
      }
      stopIfDryRun(call);
      state.moveTo("image " + imageId, ImageState.DISABLED);
      img.disabled = true;
      img.grants.clear();
      log(call, "DisableImage", imageId.value(), "disabled; launch permissions removed");
    }
  }

  void enable(Call call, ImageId imageId) {
    synchronized (w) {
      ImageRecord img = live(call, imageId);
      ImageState state = img.state(w.now());
      if (state != ImageState.DISABLED) {
        throw w.error("IncorrectState", "Image " + imageId + " is " + state.wireValue()
            + "; only a disabled image can be enabled");
      }
      stopIfDryRun(call);
      state.moveTo("image " + imageId, ImageState.AVAILABLE);
      img.disabled = false;
      log(call, "EnableImage", imageId.value(), "enabled (private)");
    }
  }

  Page<RecycleBinImage> listBin(Call call, List<ImageId> ids, PageRequest page) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      Instant now = w.now();
      List<RecycleBinImage> out = new ArrayList<>();
      for (ImageRecord img : r.images.values()) {
        if (img.owner.equals(me) && img.inRecycleBin(now) && (ids.isEmpty() || ids.contains(img.id))) {
          out.add(RecycleBinImage.builder().imageId(img.id).name(img.name)
              .description(img.description).enterTime(img.deregisteredAt).exitTime(img.binExit).build());
        }
      }
      return Paging.page(w, "ListImagesInRecycleBin", out, page, 1000);
    }
  }

  void restore(Call call, ImageId imageId) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      Instant now = w.now();
      ImageRecord img = r.images.get(imageId);
      if (img == null || !img.owner.equals(me) || !img.inRecycleBin(now)) {
        throw w.imageNotFound(imageId);
      }
      ImageRecord clash = r.imageNamed(me, img.name);
      if (clash != null) {
        throw w.error("InvalidAMIName.Duplicate", "AMI name " + img.name + " is already in use by AMI " + clash.id
            + "; deregister or rename it before restoring " + imageId);
      }
      stopIfDryRun(call);
      img.state(now).moveTo("image " + imageId, ImageState.AVAILABLE);
      img.deregisteredAt = null;
      img.binExit = null;
      r.restored(img);
      log(call, "RestoreImageFromRecycleBin", imageId.value(), "restored");
    }
  }

  /** An image of the caller's that is still registered. */
  private ImageRecord live(Call call, ImageId imageId) {
    RegionState r = w.region(call.region());
    ImageRecord img = w.ownedImage(me, r, imageId, w.now());
    if (!img.isRegistered()) {
      throw w.error("InvalidAMIID.Unavailable", "The image id '[" + imageId + "]' is no longer available");
    }
    return img;
  }
}
