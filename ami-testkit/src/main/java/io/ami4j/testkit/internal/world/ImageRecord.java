package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.BootMode;
import io.ami4j.model.Hypervisor;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.ImdsSupport;
import io.ami4j.model.InstanceId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.ProductCode;
import io.ami4j.model.Region;
import io.ami4j.model.RootDeviceType;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.StateReason;
import io.ami4j.model.TpmSupport;
import io.ami4j.model.VirtualizationType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One image as the world keeps it. Its state is a function of the clock: {@code pending} until
 * {@link #readyAt}, then {@code available} (or {@code failed} when a failure was scripted), or
 * {@code disabled}/{@code deregistered} after those calls.
 */
final class ImageRecord {
  enum Protection { NONE, ENABLED, ENABLED_WITH_COOLDOWN }

  final ImageId id;
  final Region region;
  final AccountId owner;
  String ownerAlias;
  final String name;
  String description;
  final Instant created;
  Instant readyAt;
  StateReason failure;
  Architecture architecture = Architecture.X86_64;
  String platform;
  String platformDetails = "Linux/UNIX";
  String usageOperation = "RunInstances";
  VirtualizationType virtualizationType = VirtualizationType.HVM;
  RootDeviceType rootDeviceType = RootDeviceType.EBS;
  String rootDeviceName;
  Hypervisor hypervisor = Hypervisor.XEN;
  boolean enaSupport;
  String sriovNetSupport;
  BootMode bootMode;
  TpmSupport tpmSupport;
  ImdsSupport imdsSupport;
  List<BlockDeviceMapping> mappings = List.of();
  List<ProductCode> productCodes = List.of();
  final Set<LaunchPermission> grants = new LinkedHashSet<>();
  Instant deprecationTime;
  Protection protection = Protection.NONE;
  Instant protectedUntil;
  ImageId sourceImageId;
  Region sourceImageRegion;
  InstanceId sourceInstanceId;
  String imageLocation;
  String kernelId;
  String ramdiskId;
  Instant lastLaunched;
  boolean disabled;
  Instant deregisteredAt;
  Instant binExit;
  /** Texts the world answers for fields instead of its own values (values ami4j may not know). */
  final Map<String, String> answeredAs = new LinkedHashMap<>();

  ImageRecord(ImageId id, Region region, AccountId owner, String name, Instant created, Instant readyAt) {
    this.id = id;
    this.region = region;
    this.owner = owner;
    this.name = name;
    this.created = created;
    this.readyAt = readyAt;
  }

  ImageState state(Instant now) {
    if (deregisteredAt != null) {
      return ImageState.DEREGISTERED;
    }
    if (now.isBefore(readyAt)) {
      return ImageState.PENDING;
    }
    if (failure != null) {
      return ImageState.FAILED;
    }
    return disabled ? ImageState.DISABLED : ImageState.AVAILABLE;
  }

  boolean isPublic() {
    return grants.contains(LaunchPermission.publicAccess());
  }

  /** Registered: counts for name uniqueness and keeps its snapshots in use (the bin too). */
  boolean isRegistered() {
    return deregisteredAt == null;
  }

  boolean inRecycleBin(Instant now) {
    return deregisteredAt != null && binExit != null && now.isBefore(binExit);
  }

  /** Whether DescribeImages still lists it: registered, or deregistered a short while ago. */
  boolean describable(Instant now, java.time.Duration deregisteredVisible) {
    if (deregisteredAt == null) {
      return true;
    }
    return binExit == null && now.isBefore(deregisteredAt.plus(deregisteredVisible));
  }

  boolean deregistrationProtected(Instant now) {
    return protection != Protection.NONE || (protectedUntil != null && now.isBefore(protectedUntil));
  }

  String protectionValue(Instant now) {
    switch (protection) {
      case ENABLED:
        return "enabled";
      case ENABLED_WITH_COOLDOWN:
        return "enabled-with-cooldown";
      default:
        if (protectedUntil != null && now.isBefore(protectedUntil)) {
          return "disabled-until-" + protectedUntil.truncatedTo(ChronoUnit.SECONDS);
        }
        return "disabled";
    }
  }

  List<SnapshotId> snapshotIds() {
    List<SnapshotId> out = new ArrayList<>();
    for (BlockDeviceMapping m : mappings) {
      m.ebs().flatMap(e -> e.snapshotId()).ifPresent(out::add);
    }
    return out;
  }

  Image view(Instant now, Map<String, String> tags) {
    ImageState state = state(now);
    Image.Builder b = Image.builder()
        .id(id)
        .name(name)
        .description(description)
        .ownerId(owner)
        .ownerAlias(ownerAlias)
        .creationDate(created)
        .state(state)
        .architecture(architecture)
        .platform(platform)
        .platformDetails(platformDetails)
        .usageOperation(usageOperation)
        .virtualizationType(virtualizationType)
        .rootDeviceType(rootDeviceType)
        .rootDeviceName(rootDeviceName)
        .hypervisor(hypervisor)
        .enaSupport(enaSupport)
        .sriovNetSupport(sriovNetSupport)
        .bootMode(bootMode)
        .tpmSupport(tpmSupport)
        .imdsSupport(imdsSupport)
        .blockDeviceMappings(mappings)
        .productCodes(productCodes)
        .isPublic(isPublic())
        .tags(tags)
        .deprecationTime(deprecationTime)
        .deregistrationProtection(protectionValue(now))
        .sourceImageId(sourceImageId)
        .sourceImageRegion(sourceImageRegion)
        .sourceInstanceId(sourceInstanceId)
        .imageLocation(imageLocation)
        .lastLaunchedTime(lastLaunched)
        .kernelId(kernelId)
        .ramdiskId(ramdiskId);
    if (state == ImageState.FAILED) {
      b.stateReason(failure);
    }
    answeredAs.forEach((field, text) -> OddValues.answer(b, field, text));
    return b.build();
  }

  @Override
  public String toString() {
    return id + " (" + name + ")";
  }
}
