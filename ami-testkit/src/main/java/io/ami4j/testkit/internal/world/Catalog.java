package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.BootMode;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.ImdsSupport;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.ProductCode;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VolumeType;
import io.ami4j.testkit.FakeEc2;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The public catalog every region starts with: Amazon Linux 2 and 2023, Ubuntu 22.04 and 24.04,
 * Windows Server 2022, a paid marketplace image, a deprecated release, the SSM public parameters
 * that point at the newest Amazon Linux images — and one impostor: a public image from an
 * unknown account whose name imitates the newest AL2023 but is newer (CVE-2018-15869).
 *
 * <p>Releases are dated back from the world's start, so names and creation dates agree.
 */
final class Catalog {
  static final AccountId AMAZON = FakeEc2.AMAZON;
  static final AccountId AMAZON_WINDOWS = FakeEc2.AMAZON_WINDOWS;
  static final AccountId CANONICAL = FakeEc2.CANONICAL;
  static final AccountId MARKETPLACE = FakeEc2.MARKETPLACE;
  static final AccountId IMPOSTOR = FakeEc2.IMPOSTOR;
  /** The product code of the paid marketplace image. */
  static final String PRODUCT_CODE = FakeEc2.MARKETPLACE_PRODUCT_CODE;

  static final String SSM_PREFIX = "/aws/service/ami-amazon-linux-latest/";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter WINDOWS_DAY =
      DateTimeFormatter.ofPattern("yyyy.MM.dd").withZone(ZoneOffset.UTC);
  /** How far back each release is, newest first. */
  private static final int[] RELEASE_AGES_DAYS = {6, 34, 62};

  private final World world;
  private final Instant start;

  Catalog(World world) {
    this.world = world;
    this.start = world.now();
  }

  static void registerAliases(World world) {
    world.account(AMAZON).alias = "amazon";
    world.account(AMAZON_WINDOWS).alias = "amazon";
    world.account(MARKETPLACE).alias = "aws-marketplace";
    world.productSellers.put(PRODUCT_CODE, MARKETPLACE);
  }

  void seed(RegionState r) {
    amazonLinux2023(r);
    amazonLinux2(r);
    ubuntu(r);
    windows(r);
    marketplace(r);
    impostor(r);
  }

  private Instant daysAgo(int days) {
    return start.minus(Duration.ofDays(days)).minus(Duration.ofHours(3));
  }

  private void amazonLinux2023(RegionState r) {
    for (Architecture arch : List.of(Architecture.X86_64, Architecture.ARM64)) {
      ImageRecord newest = null;
      for (int i = 0; i < RELEASE_AGES_DAYS.length; i++) {
        Instant when = daysAgo(RELEASE_AGES_DAYS[i]);
        String name = "al2023-ami-2023.9." + DAY.format(when) + ".0-kernel-6.1-" + arch.wireValue();
        ImageRecord img = image(r, AMAZON, name, "Amazon Linux 2023 AMI 2023.9." + DAY.format(when)
            + ".0 " + arch.wireValue() + " HVM kernel-6.1", when, arch, "/dev/xvda", 8, VolumeType.GP3);
        img.bootMode = arch == Architecture.ARM64 ? BootMode.UEFI : BootMode.UEFI_PREFERRED;
        img.imdsSupport = ImdsSupport.V2_0;
        img.deprecationTime = when.plus(Duration.ofDays(730));
        newest = newest == null ? img : newest;
      }
      r.ssmParameters.put(SSM_PREFIX + "al2023-ami-kernel-default-" + arch.wireValue(), newest.id.value());
      r.ssmParameters.put(SSM_PREFIX + "al2023-ami-kernel-6.1-" + arch.wireValue(), newest.id.value());
    }
    // An old release past its deprecation time: hidden from listings, still launchable by id.
    Instant old = daysAgo(400);
    ImageRecord deprecated = image(r, AMAZON, "al2023-ami-2023.1." + DAY.format(old) + ".0-kernel-6.1-x86_64",
        "Amazon Linux 2023 AMI 2023.1." + DAY.format(old) + ".0 x86_64 HVM kernel-6.1", old,
        Architecture.X86_64, "/dev/xvda", 8, VolumeType.GP3);
    deprecated.bootMode = BootMode.UEFI_PREFERRED;
    deprecated.imdsSupport = ImdsSupport.V2_0;
    deprecated.deprecationTime = old.plus(Duration.ofDays(90));
  }

  private void amazonLinux2(RegionState r) {
    for (Architecture arch : List.of(Architecture.X86_64, Architecture.ARM64)) {
      ImageRecord newest = null;
      for (int i = 0; i < RELEASE_AGES_DAYS.length; i++) {
        Instant when = daysAgo(RELEASE_AGES_DAYS[i] + 2);
        String name = "amzn2-ami-kernel-5.10-hvm-2.0." + DAY.format(when) + ".0-" + arch.wireValue() + "-gp2";
        ImageRecord img = image(r, AMAZON, name, "Amazon Linux 2 Kernel 5.10 AMI 2.0." + DAY.format(when)
            + ".0 " + arch.wireValue() + " HVM gp2", when, arch, "/dev/xvda", 8, VolumeType.GP2);
        img.bootMode = arch == Architecture.ARM64 ? BootMode.UEFI : BootMode.UEFI_PREFERRED;
        newest = newest == null ? img : newest;
      }
      r.ssmParameters.put(SSM_PREFIX + "amzn2-ami-kernel-5.10-hvm-" + arch.wireValue() + "-gp2", newest.id.value());
    }
    ImageRecord newest = null;
    for (int i = 0; i < 2; i++) {
      Instant when = daysAgo(RELEASE_AGES_DAYS[i] + 2);
      String name = "amzn2-ami-hvm-2.0." + DAY.format(when) + ".0-x86_64-gp2";
      ImageRecord img = image(r, AMAZON, name, "Amazon Linux 2 AMI 2.0." + DAY.format(when) + ".0 x86_64 HVM gp2",
          when, Architecture.X86_64, "/dev/xvda", 8, VolumeType.GP2);
      img.bootMode = BootMode.LEGACY_BIOS;
      newest = newest == null ? img : newest;
    }
    r.ssmParameters.put(SSM_PREFIX + "amzn2-ami-hvm-x86_64-gp2", newest.id.value());
  }

  private void ubuntu(RegionState r) {
    String[][] releases = {{"jammy", "22.04", "hvm-ssd"}, {"noble", "24.04", "hvm-ssd-gp3"}};
    for (String[] rel : releases) {
      for (Architecture arch : List.of(Architecture.X86_64, Architecture.ARM64)) {
        String deb = arch == Architecture.X86_64 ? "amd64" : "arm64";
        for (int i = 0; i < 2; i++) {
          Instant when = daysAgo(RELEASE_AGES_DAYS[i] + 4);
          String name = "ubuntu/images/" + rel[2] + "/ubuntu-" + rel[0] + "-" + rel[1] + "-" + deb
              + "-server-" + DAY.format(when);
          ImageRecord img = image(r, CANONICAL, name, "Canonical, Ubuntu, " + rel[1] + ", " + deb + " "
              + rel[0] + " image", when, arch, "/dev/sda1", 8,
              rel[2].endsWith("gp3") ? VolumeType.GP3 : VolumeType.GP2);
          img.bootMode = arch == Architecture.ARM64 ? BootMode.UEFI : BootMode.UEFI_PREFERRED;
        }
      }
    }
  }

  private void windows(RegionState r) {
    Instant when = daysAgo(14);
    ImageRecord img = image(r, AMAZON_WINDOWS, "Windows_Server-2022-English-Full-Base-" + WINDOWS_DAY.format(when),
        "Microsoft Windows Server 2022 Full Locale English AMI provided by Amazon", when,
        Architecture.X86_64, "/dev/sda1", 30, VolumeType.GP3);
    img.platform = "windows";
    img.platformDetails = "Windows";
    img.usageOperation = "RunInstances:0002";
    img.bootMode = BootMode.LEGACY_BIOS;
  }

  private void marketplace(RegionState r) {
    Instant when = daysAgo(45);
    ImageRecord img = image(r, MARKETPLACE, "acme-hardened-linux-3.2.1-x86_64-" + PRODUCT_CODE,
        "ACME Hardened Linux 3.2.1 (CIS Level 1)", when, Architecture.X86_64, "/dev/xvda", 10, VolumeType.GP3);
    img.productCodes = List.of(ProductCode.marketplace(PRODUCT_CODE));
    img.bootMode = BootMode.UEFI_PREFERRED;
    img.imdsSupport = ImdsSupport.V2_0;
  }

  private void impostor(RegionState r) {
    Instant when = daysAgo(1);
    ImageRecord img = image(r, IMPOSTOR, "al2023-ami-2023.9." + DAY.format(when) + ".0-kernel-6.1-x86_64",
        "Amazon Linux 2023 AMI 2023.9." + DAY.format(when) + ".0 x86_64 HVM kernel-6.1", when,
        Architecture.X86_64, "/dev/xvda", 8, VolumeType.GP3);
    img.bootMode = BootMode.UEFI_PREFERRED;
    img.imdsSupport = ImdsSupport.V2_0;
  }

  private ImageRecord image(RegionState r, AccountId owner, String name, String description, Instant when,
      Architecture arch, String rootDevice, int sizeGiB, VolumeType volumeType) {
    SnapshotId snap = world.ids.snapshot();
    r.snapshots.put(snap, new SnapshotRecord(snap, owner, world.ids.volume(), sizeGiB, when, when,
        "Snapshot of " + name, false, null));
    ImageRecord img = new ImageRecord(world.ids.image(), r.region, owner, name, when, when);
    img.ownerAlias = world.account(owner).alias;
    img.description = description;
    img.architecture = arch;
    img.rootDeviceName = rootDevice;
    img.enaSupport = true;
    img.sriovNetSupport = "simple";
    img.mappings = List.of(BlockDeviceMapping.ebs(rootDevice, EbsBlockDevice.builder()
        .snapshotId(snap).volumeSize(sizeGiB).volumeType(volumeType).encrypted(false)
        .deleteOnTermination(true).build()));
    img.grants.add(LaunchPermission.publicAccess());
    r.addImage(img);
    return img;
  }
}
