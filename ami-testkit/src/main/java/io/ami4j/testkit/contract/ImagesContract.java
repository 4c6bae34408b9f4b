package io.ami4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ami4j.AmiConflictException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiValidationException;
import io.ami4j.model.Architecture;
import io.ami4j.model.DeregisterImageAnswer;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Filter;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.Instance;
import io.ami4j.model.KmsKey;
import io.ami4j.model.Owner;
import io.ami4j.model.RootDeviceType;
import io.ami4j.model.Snapshot;
import io.ami4j.model.SnapshotDeletion;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.SnapshotOutcome;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.Page;
import io.ami4j.spi.RegisterImageRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The image lifecycle every provider must serve alike: finding images (ids, owners, filters with
 * wildcards, pagination), making them (CreateImage, RegisterImage, CopyImage with tags,
 * encryption and idempotency), deregistering them with their snapshot report, and the errors
 * users handle ({@code InvalidAMIName.Duplicate}, {@code InvalidAMIID.NotFound},
 * {@code IdempotentParameterMismatch}, malformed values).
 */
public abstract class ImagesContract extends ContractSupport {
  /**
   * A text for every enum field of an image that ami4j does not know (moto's {@code rootDeviceType}
   * {@code standard} among them), in the order of the fields; for backends that can be told to
   * answer them ({@link ContractEnvironment#answerImageFieldAs}).
   */
  public static final Map<String, String> UNKNOWN_IMAGE_VALUES = unknownImageValues();

  /** For subclasses. */
  protected ImagesContract() {}

  private static Map<String, String> unknownImageValues() {
    Map<String, String> odd = new LinkedHashMap<>();
    odd.put("rootDeviceType", "standard"); // moto's answer
    odd.put("architecture", "riscv128");
    odd.put("imageType", "container");
    odd.put("virtualizationType", "nitro-only");
    odd.put("hypervisor", "nitro");
    odd.put("bootMode", "uefi-next");
    odd.put("tpmSupport", "v3.0");
    odd.put("imdsSupport", "v3.0");
    return Collections.unmodifiableMap(odd);
  }

  private List<Image> selfImagesNamed(String pattern) {
    return items(imagePages(owner(), environment().region(),
        ImageQuery.builder().addOwners(Owner.SELF).name(pattern).build(), 100));
  }

  private static Set<ImageId> ids(List<Image> images) {
    return images.stream().map(Image::id).collect(Collectors.toSet());
  }

  @Test
  @DisplayName("an image described by id carries its name, owner, tags and devices")
  void describesAnImageById() {
    String name = uniqueName("by-id");
    ImageId id = registerImage(name, Map.of("team", "platform"));

    Image image = awaitAvailable(id);

    assertThat(image.id()).isEqualTo(id);
    assertThat(image.name()).isEqualTo(name);
    assertThat(image.ownerId()).isEqualTo(environment().ownerAccount());
    assertThat(image.tags()).containsEntry("team", "platform");
    assertThat(image.architecture()).isEqualTo(Architecture.X86_64);
    assertThat(image.rootDeviceType()).isEqualTo(RootDeviceType.EBS);
    assertThat(image.isPublic()).isFalse();
  }

  @Test
  @DisplayName("owner self lists only the account's images; owner amazon only Amazon's")
  void ownersSelfAndAmazon() {
    String prefix = uniqueName("owners");
    ImageId mine = registerImage(prefix + "-a", Map.of());

    List<Image> self = items(imagePages(owner(), environment().region(),
        ImageQuery.builder().addOwners(Owner.SELF).build(), 100));
    assertThat(ids(self)).contains(mine);
    assertThat(self).allSatisfy(i -> assertThat(i.ownerId()).isEqualTo(environment().ownerAccount()));

    List<Image> amazon = items(imagePages(owner(), environment().region(),
        ImageQuery.builder().addOwners(Owner.AMAZON).name("al2023-ami-*").build(), 100));
    assertThat(amazon).as("Amazon Linux 2023 images owned by amazon").isNotEmpty();
    assertThat(amazon).allSatisfy(i -> assertThat(i.ownerAlias()).contains("amazon"));
    assertThat(ids(amazon)).doesNotContain(mine).contains(amazonLinux());

    ImageQuery.Builder publicByAlias = ImageQuery.builder();
    publicByAlias.ownerAlias("amazon").isPublic(true).name("al2023-ami-*");
    assertThat(ids(items(imagePages(owner(), environment().region(), publicByAlias.build(), 100))))
        .as("public images by owner-alias amazon").containsExactlyInAnyOrderElementsOf(ids(amazon));
  }

  @Test
  @DisplayName("the name filter honours * and ? wildcards")
  void nameFilterWithWildcards() {
    String prefix = uniqueName("wild");
    ImageId alpha1 = registerImage(prefix + "-alpha-1", Map.of());
    ImageId alpha2 = registerImage(prefix + "-alpha-2", Map.of());
    ImageId beta1 = registerImage(prefix + "-beta-1", Map.of());

    assertThat(ids(selfImagesNamed(prefix + "-alpha-*"))).containsExactlyInAnyOrder(alpha1, alpha2);
    assertThat(ids(selfImagesNamed(prefix + "-?eta-1"))).containsExactlyInAnyOrder(beta1);
    assertThat(ids(selfImagesNamed(prefix + "-*-1"))).containsExactlyInAnyOrder(alpha1, beta1);
    assertThat(ids(selfImagesNamed(prefix + "-alpha-1"))).containsExactlyInAnyOrder(alpha1);
    assertThat(selfImagesNamed(prefix + "-gamma-*")).isEmpty();
  }

  @Test
  @DisplayName("state, tag:KEY, tag-key and architecture filters select exactly the matching images")
  void stateTagAndArchitectureFilters() {
    String prefix = uniqueName("filters");
    ImageId prod = awaitAvailable(registerImage(prefix + "-prod", Map.of("env", "prod"))).id();
    ImageId dev = awaitAvailable(registerImage(prefix + "-dev", Map.of("env", "dev"))).id();
    RegisterImageRequest.Builder armRequest = registration(prefix + "-arm", newSnapshot(8));
    armRequest.architecture(Architecture.ARM64);
    ImageId arm = awaitAvailable(remember(owner().registerImage(call(), armRequest.build()))).id();

    ImageQuery.Builder available = ImageQuery.builder();
    available.addOwners(Owner.SELF).name(prefix + "-*").state(ImageState.AVAILABLE);
    assertThat(ids(list(available))).containsExactlyInAnyOrder(prod, dev, arm);

    ImageQuery.Builder pending = ImageQuery.builder();
    pending.addOwners(Owner.SELF).name(prefix + "-*").state(ImageState.PENDING);
    assertThat(list(pending)).isEmpty();

    ImageQuery.Builder prodOnly = ImageQuery.builder();
    prodOnly.addOwners(Owner.SELF).name(prefix + "-*").tag("env", "prod");
    assertThat(ids(list(prodOnly))).containsExactly(prod);

    ImageQuery.Builder anyEnv = ImageQuery.builder();
    anyEnv.addOwners(Owner.SELF).name(prefix + "-*").tagKey("env");
    assertThat(ids(list(anyEnv))).containsExactlyInAnyOrder(prod, dev);

    ImageQuery.Builder arm64 = ImageQuery.builder();
    arm64.addOwners(Owner.SELF).name(prefix + "-*").architecture(Architecture.ARM64);
    assertThat(list(arm64)).extracting(Image::id, Image::architecture)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(arm, Architecture.ARM64));
  }

  private List<Image> list(ImageQuery.Builder query) {
    return items(imagePages(owner(), environment().region(), query.build(), 100));
  }

  @Test
  @DisplayName("pages of 5, followed by their tokens, list every image exactly once")
  void paginationListsEveryImageOnce() {
    String prefix = uniqueName("pages");
    Set<ImageId> made = new HashSet<>();
    for (int i = 0; i < 12; i++) {
      made.add(registerImage(prefix + "-" + i, Map.of()));
    }

    List<Page<Image>> pages = imagePages(owner(), environment().region(),
        ImageQuery.builder().addOwners(Owner.SELF).name(prefix + "-*").build(), 5);

    assertThat(pages).allSatisfy(p -> assertThat(p.items()).hasSizeLessThanOrEqualTo(5));
    assertThat(pages.size()).as("pages needed for 12 images of at most 5").isGreaterThanOrEqualTo(3);
    List<ImageId> listed = new ArrayList<>();
    pages.forEach(p -> p.items().forEach(i -> listed.add(i.id())));
    assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(made);
  }

  @Test
  @DisplayName("CreateImage from a running instance: pending, then available, with tagged snapshots")
  void createImageFromInstance() {
    Instance instance = runningInstance();
    String name = uniqueName("created");

    ImageId id = remember(owner().createImage(call(), CreateImageRequest.builder()
        .instanceId(instance.id()).name(name).description("made by the contract suite")
        .noReboot(true)
        .putImageTags("made-by", "contract").putSnapshotTags("backup-of", name)
        .build()));

    Image first = eventually().until("the new image to be listed", () -> image(id), i -> true);
    assertThat(first.state()).as("state right after CreateImage").isEqualTo(ImageState.PENDING);

    Image image = awaitAvailable(id);
    assertThat(image.name()).isEqualTo(name);
    assertThat(image.description()).contains("made by the contract suite");
    assertThat(image.tags()).containsEntry("made-by", "contract");
    assertThat(image.snapshotIds()).as("snapshots of the instance's EBS volumes").isNotEmpty();
    for (SnapshotId s : image.snapshotIds()) {
      Snapshot snapshot = snapshot(s);
      assertThat(snapshot.ownerId()).isEqualTo(environment().ownerAccount());
      assertThat(snapshot.tags()).containsEntry("backup-of", name);
    }
  }

  @Test
  @DisplayName("a second image of the same name is refused: InvalidAMIName.Duplicate")
  void duplicateNameIsAConflict() {
    String name = uniqueName("dup");
    ImageId first = registerImage(name, Map.of());

    assertEc2Error(AmiConflictException.class, "InvalidAMIName.Duplicate",
        () -> owner().registerImage(call(), registration(name, newSnapshot(8)).build()));
    Instance instance = runningInstance();
    assertEc2Error(AmiConflictException.class, "InvalidAMIName.Duplicate",
        () -> owner().createImage(call(), CreateImageRequest.builder()
            .instanceId(instance.id()).name(name).noReboot(true).build()));

    assertThat(selfImagesNamed(name)).extracting(Image::id).containsExactly(first);
  }

  @Test
  @DisplayName("RegisterImage from a snapshot makes an available EBS image on that snapshot")
  void registerImageFromSnapshot() {
    SnapshotId root = newSnapshot(8);
    String name = uniqueName("registered");
    RegisterImageRequest.Builder request = registration(name, root);
    request.description("registered by the contract suite").putTags("kind", "registered");

    Image image = awaitAvailable(remember(owner().registerImage(call(), request.build())));

    assertThat(image.name()).isEqualTo(name);
    assertThat(image.description()).contains("registered by the contract suite");
    assertThat(image.rootDeviceName()).contains("/dev/xvda");
    assertThat(image.rootDeviceType()).isEqualTo(RootDeviceType.EBS);
    assertThat(image.enaSupport()).isTrue();
    assertThat(image.snapshotIds()).containsExactly(root);
    assertThat(image.tags()).containsEntry("kind", "registered");
  }

  @Test
  @DisplayName("ModifyImageAttribute description changes what DescribeImages reports")
  void modifiesTheDescription() {
    Image image = availableImage("described");

    owner().modifyImageDescription(call(), image.id(), "second description");

    eventually().untilAsserted("the new description",
        () -> assertThat(image(image.id()).description()).contains("second description"));
  }

  @Test
  @DisplayName("CopyImage to another region: a new image that names its source and keeps its tags")
  void copyToAnotherRegion() {
    ImageId source = awaitAvailable(registerImage(uniqueName("copy-src"), Map.of("app", "web"))).id();
    String name = uniqueName("copy");

    ImageId copy = remember(environment().otherRegion(), owner().copyImage(otherRegionCall(),
        CopyImageRequest.builder().sourceImageId(source).sourceRegion(environment().region())
            .name(name).copyImageTags(true).putTags("copied", "yes").build()));

    assertThat(copy).isNotEqualTo(source);
    Image image = awaitImage(environment().otherRegion(), copy, ImageState.AVAILABLE);
    assertThat(image.name()).isEqualTo(name);
    assertThat(image.sourceImageId()).contains(source);
    assertThat(image.sourceImageRegion()).contains(environment().region());
    assertThat(image.tags()).containsEntry("app", "web").containsEntry("copied", "yes");
    assertThat(findIfAny(owner(), environment().region(), copy)).as("the copy, in the source region").isEmpty();
  }

  @Test
  @DisplayName("CopyImage encrypted with a KMS key: the copy's snapshots are encrypted with that key")
  void encryptedCopy() {
    ImageId source = availableImage("enc-src").id();
    KmsKey key = environment().kmsKeyInOtherRegion();

    ImageId copy = remember(environment().otherRegion(), owner().copyImage(otherRegionCall(),
        CopyImageRequest.builder().sourceImageId(source).sourceRegion(environment().region())
            .name(uniqueName("enc")).encrypted(true).kmsKey(key).build()));

    Image image = awaitImage(environment().otherRegion(), copy, ImageState.AVAILABLE);
    List<EbsBlockDevice> volumes = image.blockDeviceMappings().stream()
        .flatMap(m -> m.ebs().stream()).collect(Collectors.toList());
    assertThat(volumes).isNotEmpty().allSatisfy(v -> {
      assertThat(v.encrypted()).contains(true);
      assertThat(v.kmsKey()).contains(key);
    });
    for (SnapshotId s : image.snapshotIds()) {
      Snapshot snapshot = findSnapshot(owner(), environment().otherRegion(), s)
          .orElseThrow(() -> new AssertionError("Expected the copy's snapshot " + s));
      assertThat(snapshot.encrypted()).isTrue();
      assertThat(snapshot.kmsKey()).contains(key);
    }
  }

  @Test
  @DisplayName("a copy of an encrypted image stays encrypted, even when encryption is not asked for")
  void copyOfAnEncryptedImageStaysEncrypted() {
    ImageId source = availableImage("enc-twice").id();
    ImageId encrypted = remember(environment().otherRegion(), owner().copyImage(otherRegionCall(),
        CopyImageRequest.builder().sourceImageId(source).sourceRegion(environment().region())
            .name(uniqueName("enc-first")).encrypted(true).kmsKey(environment().kmsKeyInOtherRegion()).build()));
    awaitImage(environment().otherRegion(), encrypted, ImageState.AVAILABLE);

    ImageId back = remember(owner().copyImage(call(), CopyImageRequest.builder()
        .sourceImageId(encrypted).sourceRegion(environment().otherRegion())
        .name(uniqueName("enc-back")).build()));

    Image image = awaitAvailable(back);
    assertThat(image.sourceImageId()).contains(encrypted);
    List<EbsBlockDevice> volumes = image.blockDeviceMappings().stream()
        .flatMap(m -> m.ebs().stream()).collect(Collectors.toList());
    assertThat(volumes).isNotEmpty().allSatisfy(v -> assertThat(v.encrypted()).contains(true));
    for (SnapshotId s : image.snapshotIds()) {
      assertThat(snapshot(s).encrypted()).as("snapshot %s of the copy", s).isTrue();
    }
  }

  @Test
  @DisplayName("CopyImage with a ClientToken is idempotent; the token with other parameters is refused")
  void copyIsIdempotentByClientToken() {
    ImageId source = availableImage("token-src").id();
    String token = uniqueName("token");
    CopyImageRequest request = CopyImageRequest.builder().sourceImageId(source)
        .sourceRegion(environment().region()).name(uniqueName("token-copy")).clientToken(token).build();

    ImageId first = remember(environment().otherRegion(), owner().copyImage(otherRegionCall(), request));
    ImageId again = owner().copyImage(otherRegionCall(), request);

    assertThat(again).as("the same token and parameters answer the same image").isEqualTo(first);
    CopyImageRequest changed = CopyImageRequest.builder().from(request).name(uniqueName("other")).build();
    assertEc2Error(AmiConflictException.class, "IdempotentParameterMismatch",
        () -> owner().copyImage(otherRegionCall(), changed));
    List<Image> copies = items(imagePages(owner(), environment().otherRegion(),
        ImageQuery.builder().addOwners(Owner.SELF).sourceImageId(source).build(), 100));
    assertThat(copies).extracting(Image::id).containsExactly(first);
  }

  @Test
  @DisplayName("an image answered with values ami4j does not know is kept, listed, awaited and deregistered")
  void valuesAmi4jDoesNotKnowNeverDropAnImage() {
    String name = uniqueName("odd-values");
    ImageId id = registerImage(name, Map.of());
    Map<String, String> odd = UNKNOWN_IMAGE_VALUES;
    for (Map.Entry<String, String> e : odd.entrySet()) {
      assumeTrue(environment().answerImageFieldAs(id, e.getKey(), e.getValue()),
          "the backend cannot be told to answer values ami4j does not know");
    }

    Image image = awaitAvailable(id);

    assertThat(image.unknownValues()).isEqualTo(odd);
    assertThat(image.rootDeviceType()).isEqualTo(RootDeviceType.UNKNOWN);
    assertThat(image.architecture()).isEqualTo(Architecture.UNKNOWN);
    assertThat(image.bootMode()).isEmpty();
    assertThat(image.snapshotIds()).hasSize(1);
    assertThat(selfImagesNamed(name)).extracting(Image::id).containsExactly(id);
    assertThat(items(imagePages(owner(), environment().region(), ImageQuery.builder().addOwners(Owner.SELF)
        .addFilters(Filter.of("root-device-type", "standard")).name(name).build(), 100)))
        .as("EC2's text is what its filters match").extracting(Image::id).containsExactly(id);

    DeregisterImageAnswer result = owner().deregisterImage(call(), id, true);

    assertThat(result.snapshots()).extracting(SnapshotDeletion::outcome).containsExactly(SnapshotOutcome.SUCCESS);
    eventually().until("the image to be gone", () -> findIfAny(owner(), environment().region(), id),
        i -> i.isEmpty() || i.get().state() == ImageState.DEREGISTERED);
  }

  @Test
  @DisplayName("DeregisterImage without snapshots keeps them, and reports none")
  void deregisterKeepingSnapshots() {
    Image image = availableImage("dereg-keep");
    SnapshotId root = image.snapshotIds().get(0);

    DeregisterImageAnswer result = owner().deregisterImage(call(), image.id(), false);

    assertThat(result.imageId()).isEqualTo(image.id());
    assertThat(result.snapshots()).isEmpty();
    eventually().until("the image to be gone", () -> findIfAny(owner(), environment().region(), image.id()),
        i -> i.isEmpty() || i.get().state() == ImageState.DEREGISTERED);
    assertThat(findSnapshot(owner(), environment().region(), root)).as("the kept snapshot").isPresent();
  }

  @Test
  @DisplayName("DeregisterImage with snapshots deletes them and reports success for each")
  void deregisterWithSnapshots() {
    Image image = availableImage("dereg-snaps");
    SnapshotId root = image.snapshotIds().get(0);

    DeregisterImageAnswer result = owner().deregisterImage(call(), image.id(), true);

    assertThat(result.snapshots()).extracting(SnapshotDeletion::snapshotId, SnapshotDeletion::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(root, SnapshotOutcome.SUCCESS));
    eventually().until("snapshot " + root + " to be deleted",
        () -> findSnapshot(owner(), environment().region(), root), Optional::isEmpty);
  }

  @Test
  @DisplayName("a snapshot another image still uses is skipped, not deleted")
  void sharedSnapshotIsSkipped() {
    SnapshotId shared = newSnapshot(8);
    ImageId first = awaitAvailable(remember(owner().registerImage(call(),
        registration(uniqueName("shared-a"), shared).build()))).id();
    ImageId second = awaitAvailable(remember(owner().registerImage(call(),
        registration(uniqueName("shared-b"), shared).build()))).id();

    DeregisterImageAnswer result = owner().deregisterImage(call(), first, true);

    assertThat(result.snapshots()).extracting(SnapshotDeletion::snapshotId, SnapshotDeletion::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(shared, SnapshotOutcome.SKIPPED));
    assertThat(findSnapshot(owner(), environment().region(), shared)).isPresent();
    assertThat(image(second).state()).isEqualTo(ImageState.AVAILABLE);
  }

  @Test
  @DisplayName("an unknown image id: InvalidAMIID.NotFound for describe and deregister")
  void unknownImageIsNotFound() {
    ImageId unknown = ImageId.of("ami-0fedcba9876543210");

    assertEc2Error(AmiNotFoundException.class, "InvalidAMIID.NotFound",
        () -> owner().describeImages(call(), ImageQuery.byIds(List.of(unknown)),
            io.ami4j.spi.PageRequest.first()));
    assertEc2Error(AmiNotFoundException.class, "InvalidAMIID.NotFound",
        () -> owner().deregisterImage(call(), unknown, false));
  }

  @Test
  @DisplayName("malformed values are refused: ids and names before any call, unknown snapshots by the backend")
  void malformedInputsAreRejected() {
    assertThatThrownBy(() -> ImageId.of("ami-123")).as("a malformed image id")
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("ami-123");
    assertThatThrownBy(() -> registration("x", SnapshotId.of("snap-0123456789abcdef0")).build())
        .as("an image name of one character").isInstanceOf(AmiValidationException.class);
    assertThatThrownBy(() -> CopyImageRequest.builder().sourceImageId(ImageId.of("ami-0123456789abcdef0"))
        .sourceRegion(environment().region()).name("valid-name").kmsKey(KmsKey.alias("alias/x")).build())
        .as("a KMS key without encryption").isInstanceOf(AmiValidationException.class);

    String name = uniqueName("ghost");
    RegisterImageRequest ghost = registration(name, SnapshotId.of("snap-0fedcba9876543210")).build();
    assertEc2Error(AmiNotFoundException.class, "InvalidSnapshot.NotFound",
        () -> owner().registerImage(call(), ghost));
    assertThat(selfImagesNamed(name)).isEmpty();
  }
}
