package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.DeregisterImageAnswer;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.InstanceState;
import io.ami4j.model.KmsKey;
import io.ami4j.model.RootDeviceType;
import io.ami4j.model.SnapshotDeletion;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotOutcome;
import io.ami4j.model.SnapshotState;
import io.ami4j.model.StateReason;
import io.ami4j.model.VirtualizationType;
import io.ami4j.spi.Call;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.RegisterImageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/** CreateImage, RegisterImage, CopyImage and DeregisterImage, with EC2's rules. */
final class ImageLifecycle extends AccountOps {
  /** EC2's quota of images per region (pending and Recycle Bin ones count). */
  static final int IMAGES_PER_REGION = 50_000;
  /** About how many copies EC2 runs at once into one region for an account. */
  static final int COPIES_IN_FLIGHT = 100;

  ImageLifecycle(World world, AccountId account) {
    super(world, account);
  }

  ImageId create(Call call, CreateImageRequest req) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      Instant now = w.now();
      InstanceRecord inst = r.instances.get(req.instanceId());
      if (inst == null || !inst.owner.equals(me)) {
        throw w.error("InvalidInstanceID.NotFound", "The instance ID '" + req.instanceId() + "' does not exist");
      }
      inst.settle(now, w.timing);
      if (inst.state != InstanceState.RUNNING && inst.state != InstanceState.STOPPED) {
        throw w.error("IncorrectInstanceState", "The instance '" + inst.id + "' is not in a state from which"
            + " an image can be created (it is " + inst.state.wireValue() + "; running or stopped is needed)");
      }
      if (inst.rootDeviceType == RootDeviceType.INSTANCE_STORE) {
        throw w.error("UnsupportedOperation", "The instance '" + inst.id + "' has an instance-store root device;"
            + " CreateImage only images EBS-backed instances (bundle it and RegisterImage its manifest instead)");
      }
      checkNewName(r, req.name());
      List<BlockDeviceMapping> volumes = Volumes.resolve(w, r, inst.volumes, req.blockDeviceMappings());
      stopIfDryRun(call);

      ImageRecord source = r.images.get(inst.imageId);
      ImageId id = w.ids.image();
      Instant ready = now.plus(w.timing.createImage());
      List<BlockDeviceMapping> mappings = new ArrayList<>();
      List<SnapshotId> snapshots = new ArrayList<>();
      for (BlockDeviceMapping m : volumes) {
        if (m.ebs().isEmpty()) {
          mappings.add(m);
          continue;
        }
        EbsBlockDevice ebs = m.ebs().get();
        int size = ebs.volumeSize().orElse(Volumes.DEFAULT_SIZE_GIB);
        SnapshotId snap = w.ids.snapshot();
        // EC2 answers the key as its ARN, whatever name the volume was given.
        KmsKey key = ebs.encrypted().orElse(false)
            ? r.keys.arnOf(me, ebs.kmsKey().orElse(KmsKey.AWS_MANAGED_EBS)) : null;
        r.snapshots.put(snap, new SnapshotRecord(snap, me, w.ids.volume(), size, now, ready,
            "Created by CreateImage(" + inst.id + ") for " + id, ebs.encrypted().orElse(false), key));
        snapshots.add(snap);
        r.mutableTags(me, snap.value()).putAll(req.snapshotTags());
        mappings.add(BlockDeviceMapping.ebs(m.deviceName(), EbsBlockDevice.builder().from(ebs)
            .snapshotId(snap).volumeSize(size).encrypted(ebs.encrypted().orElse(false)).kmsKey(
                Optional.ofNullable(key)).build()));
      }
      ImageRecord img = newImage(r, id, req.name(), now, ready, source);
      img.description = req.description().orElse(null);
      img.mappings = List.copyOf(mappings);
      img.productCodes = inst.productCodes;
      img.sourceInstanceId = inst.id;
      r.addImage(img);
      if (source == null) {
        img.architecture = inst.architecture;
        img.platform = inst.platform;
        img.rootDeviceName = mappings.isEmpty() ? "/dev/xvda" : mappings.get(0).deviceName();
      }
      r.mutableTags(me, id.value()).putAll(req.imageTags());
      log(call, "CreateImage", id.value(), "image '" + req.name() + "' from " + inst.id + " with snapshots "
          + snapshots + (req.noReboot() ? " (no reboot)" : " (instance rebooted)"));
      return id;
    }
  }

  ImageId register(Call call, RegisterImageRequest req) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      Instant now = w.now();
      checkNewName(r, req.name());
      if (!req.billingProducts().isEmpty()) {
        throw w.error("UnauthorizedOperation", "Billing products " + req.billingProducts()
            + " may only be set by accounts that AWS has authorized as sellers");
      }
      List<BlockDeviceMapping> mappings = new ArrayList<>();
      for (BlockDeviceMapping m : req.blockDeviceMappings()) {
        if (m.ebs().isEmpty() || m.ebs().get().snapshotId().isEmpty()) {
          mappings.add(m);
          continue;
        }
        EbsBlockDevice ebs = m.ebs().get();
        SnapshotId sid = ebs.snapshotId().get();
        SnapshotRecord snap = r.snapshots.get(sid);
        if (snap == null || !snap.usableBy(me)) {
          throw w.snapshotNotFound(sid);
        }
        if (snap.state(now) != SnapshotState.COMPLETED) {
          throw w.error("IncorrectState", "Snapshot " + sid + " is not completed (it is "
              + snap.state(now).wireValue() + "); register from a completed snapshot");
        }
        if (ebs.volumeSize().isPresent() && ebs.volumeSize().get() < snap.sizeGiB) {
          throw w.error("InvalidBlockDeviceMapping", "Volume of size " + ebs.volumeSize().get()
              + "GB is smaller than snapshot '" + sid + "', expect size >= " + snap.sizeGiB + "GB");
        }
        mappings.add(BlockDeviceMapping.ebs(m.deviceName(), EbsBlockDevice.builder().from(ebs)
            .volumeSize(ebs.volumeSize().orElse(snap.sizeGiB))
            .encrypted(snap.encrypted).kmsKey(snap.kmsKey).build()));
      }
      stopIfDryRun(call);
      ImageId id = w.ids.image();
      ImageRecord img = newImage(r, id, req.name(), now, now.plus(w.timing.registerImage()), null);
      img.description = req.description().orElse(null);
      img.mappings = List.copyOf(mappings);
      boolean manifest = req.imageLocation().isPresent();
      img.imageLocation = req.imageLocation().orElse(null);
      img.rootDeviceType = manifest ? RootDeviceType.INSTANCE_STORE : RootDeviceType.EBS;
      img.rootDeviceName = req.rootDeviceName().orElse(manifest ? "/dev/sda1" : null);
      // EC2's defaults when RegisterImage leaves them out.
      img.architecture = req.architecture().orElse(manifest ? Architecture.I386
          : Architecture.X86_64);
      img.virtualizationType = req.virtualizationType().orElse(VirtualizationType.PARAVIRTUAL);
      img.enaSupport = req.enaSupport().orElse(false);
      img.sriovNetSupport = req.sriovNetSupport().orElse(null);
      img.bootMode = req.bootMode().orElse(null);
      img.tpmSupport = req.tpmSupport().orElse(null);
      img.imdsSupport = req.imdsSupport().orElse(null);
      r.addImage(img);
      r.mutableTags(me, id.value()).putAll(req.tags());
      log(call, "RegisterImage", id.value(), "image '" + req.name() + "' from "
          + (manifest ? req.imageLocation().get() : "snapshots " + img.snapshotIds()));
      return id;
    }
  }

  ImageId copy(Call call, CopyImageRequest req) {
    synchronized (w) {
      RegionState dest = w.region(call.region());
      RegionState src = w.region(req.sourceRegion());
      Instant now = w.now();
      Map<String, RegionState.TokenUse> tokens = dest.tokens(me);
      String tokenKey = req.clientToken().map(t -> "CopyImage:" + t).orElse(null);
      if (tokenKey != null && tokens.containsKey(tokenKey)) {
        RegionState.TokenUse use = tokens.get(tokenKey);
        if (!use.fingerprint().equals(fingerprint(req))) {
          throw w.error("IdempotentParameterMismatch", "The client token '" + req.clientToken().get()
              + "' was already used with different parameters");
        }
        stopIfDryRun(call);
        return ImageId.of(use.resultIds().get(0));
      }
      ImageRecord source = src.images.get(req.sourceImageId());
      if (source == null || !w.sees(me, source, now)) {
        throw w.imageNotFound(req.sourceImageId());
      }
      ImageState state = source.state(now);
      if (state == ImageState.DEREGISTERED) {
        throw w.error("InvalidAMIID.Unavailable", "The image id '[" + source.id + "]' is no longer available");
      }
      if (state != ImageState.AVAILABLE) {
        throw w.error("IncorrectState", "Image " + source.id + " is " + state.wireValue()
            + "; only an available image can be copied");
      }
      checkNewName(dest, req.name());
      if (dest.copiesInFlight(me, now) >= COPIES_IN_FLIGHT) {
        throw w.error("ResourceLimitExceeded", "You have reached the limit of " + COPIES_IN_FLIGHT
            + " concurrent image copies into " + dest.region + "; wait for some to complete");
      }
      stopIfDryRun(call);

      ImageId id = w.ids.image();
      Instant ready = now.plus(w.timing.copyImage());
      boolean sameRegion = dest == src;
      List<BlockDeviceMapping> mappings = new ArrayList<>();
      for (BlockDeviceMapping m : source.mappings) {
        if (m.ebs().isEmpty() || m.ebs().get().snapshotId().isEmpty()) {
          mappings.add(m);
          continue;
        }
        EbsBlockDevice ebs = m.ebs().get();
        SnapshotRecord from = src.snapshots.get(ebs.snapshotId().get());
        int size = from == null ? ebs.volumeSize().orElse(8) : from.sizeGiB;
        boolean sourceEncrypted = from != null && from.encrypted;
        // An encrypted source stays encrypted: with the key asked for, its own key in its
        // region, or the account's default EBS key in another region (KMS keys are regional).
        boolean encrypted = req.encrypted() || sourceEncrypted;
        KmsKey key = null;
        if (encrypted) {
          key = dest.keys.arnOf(me, req.kmsKey().orElse(sourceEncrypted && sameRegion && from.kmsKey != null
              ? from.kmsKey : KmsKey.AWS_MANAGED_EBS));
        }
        SnapshotId snap = w.ids.snapshot();
        dest.snapshots.put(snap, new SnapshotRecord(snap, me, w.ids.volume(), size, now, ready,
            "Copied for DestinationAmi " + id + " from SourceAmi " + source.id + " for SourceSnapshot "
                + ebs.snapshotId().get() + ". Task created on " + now, encrypted, key));
        mappings.add(BlockDeviceMapping.ebs(m.deviceName(), EbsBlockDevice.builder().from(ebs)
            .snapshotId(snap).volumeSize(size).encrypted(encrypted).kmsKey(key).build()));
      }
      ImageRecord img = newImage(dest, id, req.name(), now, ready, source);
      if (!source.owner.equals(me) && src.encryptedWithDefaultKey(source)) {
        // The source's snapshots are encrypted with its owner's AWS managed key, which no other
        // account may use: the copy starts, then fails.
        img.failure = StateReason.of("Client.InvalidKMSKey.InvalidState",
            "The snapshots of " + source.id + " are encrypted with the AWS managed key alias/aws/ebs of account "
                + source.owner + ", which account " + me + " cannot use; the owner must re-encrypt them with a"
                + " customer managed key and share that key");
      }
      img.description = req.description().orElse(source.description);
      img.mappings = List.copyOf(mappings);
      img.productCodes = source.productCodes;
      img.imageLocation = source.imageLocation;
      img.sourceImageId = source.id;
      img.sourceImageRegion = src.region;
      dest.addImage(img);
      dest.copyStarted(me, img);
      Map<String, String> tags = dest.mutableTags(me, id.value());
      if (req.copyImageTags()) {
        tags.putAll(src.tagsOf(me, source.id.value()));
      }
      tags.putAll(req.tags());
      if (tokenKey != null) {
        tokens.put(tokenKey, new RegionState.TokenUse(fingerprint(req), List.of(id.value())));
      }
      log(call, "CopyImage", id.value(), "copy of " + source.id + " from " + src.region
          + (mappings.stream().anyMatch(m -> m.ebs().flatMap(EbsBlockDevice::encrypted).orElse(false))
          ? " (encrypted)" : ""));
      return id;
    }
  }

  DeregisterImageAnswer deregister(Call call, ImageId imageId, boolean deleteSnapshots) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      Instant now = w.now();
      ImageRecord img = w.ownedImage(me, r, imageId, now);
      if (!img.isRegistered()) {
        throw w.error("InvalidAMIID.Unavailable", "The image id '[" + imageId + "]' is already deregistered");
      }
      if (img.deregistrationProtected(now)) {
        throw w.error("OperationNotPermitted", "Image " + imageId + " has deregistration protection ("
            + img.protectionValue(now) + "); disable it with DisableImageDeregistrationProtection first"
            + (img.protection == ImageRecord.Protection.ENABLED_WITH_COOLDOWN
            ? " (with cooldown it stays protected for 24 hours after that)" : ""));
      }
      stopIfDryRun(call);
      img.state(now).moveTo("image " + imageId, ImageState.DEREGISTERED);
      img.deregisteredAt = now;
      Duration retention = w.account(me).recycleBinRetention.get(r.region);
      if (retention != null && img.rootDeviceType == RootDeviceType.EBS) {
        img.binExit = now.plus(retention);
      }
      r.deregistered(img, w.timing.deregisteredVisible());
      log(call, "DeregisterImage", imageId.value(), img.binExit == null ? "deregistered"
          : "deregistered into the Recycle Bin until " + img.binExit);
      List<SnapshotDeletion> report = new ArrayList<>();
      if (deleteSnapshots) {
        for (SnapshotId sid : img.snapshotIds()) {
          report.add(SnapshotDeletion.of(sid, deleteSnapshot(call, r, img, sid, now)));
        }
      }
      return DeregisterImageAnswer.of(imageId, report);
    }
  }

  private SnapshotOutcome deleteSnapshot(Call call, RegionState r, ImageRecord img, SnapshotId sid, Instant now) {
    SnapshotRecord snap = r.snapshots.get(sid);
    if (snap == null) {
      return SnapshotOutcome.CLIENT_ERROR;
    }
    if (!snap.owner.equals(me)) {
      return SnapshotOutcome.MISSING_PERMISSIONS;
    }
    // Kept while the image sits in the Recycle Bin, or while another image still uses it.
    if (!r.imagesUsing(sid, now).isEmpty()) {
      return SnapshotOutcome.SKIPPED;
    }
    r.snapshots.remove(sid);
    r.dropTags(sid.value());
    log(call, "DeleteSnapshot", sid.value(), "deleted with " + img.id);
    return SnapshotOutcome.SUCCESS;
  }

  private void checkNewName(RegionState r, String name) {
    ImageRecord taken = r.imageNamed(me, name);
    if (taken != null) {
      throw w.error("InvalidAMIName.Duplicate", "AMI name " + name + " is already in use by AMI " + taken.id);
    }
    if (r.quotaCount(me) >= IMAGES_PER_REGION) {
      throw w.error("ResourceLimitExceeded", "You have reached the quota of " + IMAGES_PER_REGION
          + " images in " + r.region + " (pending and Recycle Bin images count)");
    }
  }

  /** A new image owned by the caller, inheriting the launch attributes of {@code like}; added once its mappings are set. */
  private ImageRecord newImage(RegionState r, ImageId id, String name, Instant now, Instant ready, ImageRecord like) {
    ImageRecord img = new ImageRecord(id, r.region, me, name, now, ready);
    img.ownerAlias = w.account(me).alias;
    img.failure = w.takeImageFailure(name);
    img.answeredAs.putAll(w.newImagesAnswerAs);
    if (like != null) {
      img.architecture = like.architecture;
      img.platform = like.platform;
      img.platformDetails = like.platformDetails;
      img.usageOperation = like.usageOperation;
      img.virtualizationType = like.virtualizationType;
      img.rootDeviceType = like.rootDeviceType;
      img.rootDeviceName = like.rootDeviceName;
      img.hypervisor = like.hypervisor;
      img.enaSupport = like.enaSupport;
      img.sriovNetSupport = like.sriovNetSupport;
      img.bootMode = like.bootMode;
      img.tpmSupport = like.tpmSupport;
      img.imdsSupport = like.imdsSupport;
      img.kernelId = like.kernelId;
      img.ramdiskId = like.ramdiskId;
    }
    return img;
  }

  private static String fingerprint(CopyImageRequest req) {
    return req.sourceRegion() + "|" + req.sourceImageId() + "|" + req.name() + "|" + req.description().orElse("")
        + "|" + req.encrypted() + "|" + req.kmsKey().map(KmsKey::value).orElse("") + "|" + req.copyImageTags()
        + "|" + req.tags();
  }
}
