package io.ami4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ami4j.AmiDryRunException;
import io.ami4j.AmiException;
import io.ami4j.AmiValidationException;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageReference;
import io.ami4j.model.ImageReferenceType;
import io.ami4j.model.ImageState;
import io.ami4j.model.Instance;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Owner;
import io.ami4j.model.RecycleBinImage;
import io.ami4j.model.Region;
import io.ami4j.spi.Call;
import io.ami4j.spi.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Retiring images: deprecation (hidden from other accounts' listings unless asked for, still
 * describable by id), deregistration protection, disable and enable, the Recycle Bin, and the
 * references that tell whether an image is still in use.
 */
public abstract class RetirementContract extends ContractSupport {
  /** For subclasses. */
  protected RetirementContract() {}

  private List<Image> listedToOther(Image image, boolean includeDeprecated) {
    ImageQuery.Builder q = ImageQuery.builder();
    q.addOwners(Owner.account(environment().ownerAccount())).name(image.name())
        .includeDeprecated(includeDeprecated);
    return items(imagePages(other(), environment().region(), q.build(), 100));
  }

  private List<Image> listedToOwner(Image image, boolean includeDisabled) {
    ImageQuery.Builder q = ImageQuery.builder();
    q.addOwners(Owner.SELF).name(image.name()).includeDisabled(includeDisabled);
    return items(imagePages(owner(), environment().region(), q.build(), 100));
  }

  @Test
  @DisplayName("a deprecated image is hidden from other accounts' listings unless asked for, yet describable by id")
  void deprecation() {
    Image image = availableImage("deprecated");
    owner().modifyLaunchPermissions(call(), image.id(),
        List.of(LaunchPermission.account(environment().otherAccount())), List.of());
    eventually().until("the shared image to be listed to the other account",
        () -> listedToOther(image, false), l -> !l.isEmpty());
    Instant at = environment().now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(2));

    owner().enableImageDeprecation(call(), image.id(), at);

    assertThat(image(image.id()).deprecationTime()).contains(at);
    eventually().until("the deprecated image to leave the other account's listing",
        () -> listedToOther(image, false), List::isEmpty);
    assertThat(listedToOther(image, true)).extracting(Image::id).containsExactly(image.id());
    assertThat(find(other(), environment().region(), image.id())).as("described by id")
        .hasValueSatisfying(i -> assertThat(i.isDeprecatedAt(environment().now())).isTrue());
    assertThat(listedToOwner(image, false)).as("the owner's own listing").extracting(Image::id)
        .containsExactly(image.id());

    owner().disableImageDeprecation(call(), image.id());

    eventually().until("the image to be listed again", () -> listedToOther(image, false), l -> !l.isEmpty());
    assertThat(image(image.id()).deprecationTime()).isEmpty();
  }

  @Test
  @DisplayName("a deprecation time in the past is refused")
  void deprecationInThePastIsRefused() {
    Image image = availableImage("deprecated-past");

    assertEc2Error(AmiValidationException.class, null, () -> owner().enableImageDeprecation(call(),
        image.id(), environment().now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES)));

    assertThat(image(image.id()).deprecationTime()).isEmpty();
  }

  @Test
  @DisplayName("a deprecation time is rounded to the nearest minute, and at most 10 years ahead")
  void deprecationTimeIsRoundedAndBounded() {
    Image image = availableImage("deprecated-rounded");
    Instant minute = environment().now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(1));

    owner().enableImageDeprecation(call(), image.id(), minute.plusSeconds(40));
    assertThat(image(image.id()).deprecationTime()).as("40 s past a minute").contains(minute.plusSeconds(60));
    owner().enableImageDeprecation(call(), image.id(), minute.plusSeconds(10));
    assertThat(image(image.id()).deprecationTime()).as("10 s past a minute").contains(minute);

    assertEc2Error(AmiValidationException.class, null, () -> owner().enableImageDeprecation(call(),
        image.id(), minute.atZone(ZoneOffset.UTC).plusYears(11).toInstant()));
    assertThat(image(image.id()).deprecationTime()).contains(minute);
  }

  @Test
  @DisplayName("deregistration protection refuses DeregisterImage until it is disabled")
  void deregistrationProtection() {
    Image image = availableImage("protected");

    owner().enableDeregistrationProtection(call(), image.id(), false);

    Image protectedImage = image(image.id());
    assertThat(protectedImage.isDeregistrationProtected()).isTrue();
    assertThat(protectedImage.deregistrationProtection()).contains("enabled");
    Throwable refused = Assertions.catchThrowable(() -> owner().deregisterImage(call(), image.id(), false));
    assertThat(refused).as("deregistering a protected image")
        .isInstanceOf(AmiException.class).isNotInstanceOf(AmiDryRunException.class);
    assertThat(image(image.id()).state()).isEqualTo(ImageState.AVAILABLE);

    owner().disableDeregistrationProtection(call(), image.id());

    assertThat(image(image.id()).isDeregistrationProtected()).isFalse();
    assertThat(owner().deregisterImage(call(), image.id(), true).imageId()).isEqualTo(image.id());
  }

  @Test
  @DisplayName("protection with cooldown still refuses DeregisterImage for 24 hours after it is disabled")
  @ResourceLock(ACCOUNT_SETTINGS)
  void deregistrationProtectionCooldown() {
    assumeTrue(environment().simulatesTime(), "a day must pass, which only simulated time affords");
    Image image = availableImage("cooldown");

    owner().enableDeregistrationProtection(call(), image.id(), true);
    assertThat(image(image.id()).deregistrationProtection()).contains("enabled-with-cooldown");
    owner().disableDeregistrationProtection(call(), image.id());

    assertThat(image(image.id()).deregistrationProtection()).hasValueSatisfying(
        p -> assertThat(p).startsWith("disabled-until"));
    Throwable refused = Assertions.catchThrowable(() -> owner().deregisterImage(call(), image.id(), false));
    assertThat(refused).as("deregistering during the cooldown")
        .isInstanceOf(AmiException.class).isNotInstanceOf(AmiDryRunException.class);

    environment().letTimePass(Duration.ofHours(24).plusMinutes(1));

    assertThat(owner().deregisterImage(call(), image.id(), true).imageId()).isEqualTo(image.id());
  }

  @Test
  @DisplayName("DisableImage hides the image and drops its grants; EnableImage brings it back")
  void disableAndEnable() {
    Image image = availableImage("disabled");
    owner().modifyLaunchPermissions(call(), image.id(),
        List.of(LaunchPermission.account(environment().otherAccount())), List.of());

    owner().disableImage(call(), image.id());

    eventually().until("the image to be disabled", () -> listedToOwner(image, true),
        l -> l.size() == 1 && l.get(0).state() == ImageState.DISABLED);
    assertThat(listedToOwner(image, false)).as("listed without includeDisabled").isEmpty();
    assertThat(owner().describeLaunchPermissions(call(), image.id())).as("grants of a disabled image").isEmpty();

    owner().enableImage(call(), image.id());

    eventually().until("the image to be available again", () -> listedToOwner(image, false),
        l -> l.size() == 1 && l.get(0).state() == ImageState.AVAILABLE);
    assertThat(owner().describeLaunchPermissions(call(), image.id())).as("grants are not restored").isEmpty();
  }

  @Test
  @DisplayName("a deregistered image kept by a retention rule is listed in the Recycle Bin and restorable")
  void recycleBin() {
    Region bin = environment().recycleBinRegion().orElse(null);
    assumeTrue(bin != null, "the backend has no Recycle Bin");
    Call there = Call.in(bin);
    String name = uniqueName("recycled");
    ImageId id = awaitImage(bin, registerImage(bin, name, Map.of()), ImageState.AVAILABLE).id();

    owner().deregisterImage(there, id, false);

    List<RecycleBinImage> listed = eventually().until("the image to enter the Recycle Bin",
        () -> owner().listImagesInRecycleBin(there, List.of(id), PageRequest.first()).items(),
        l -> !l.isEmpty());
    RecycleBinImage entry = single(listed, "the retained image", b -> b.imageId().equals(id));
    assertThat(entry.name()).isEqualTo(name);
    assertThat(entry.exitTime()).isAfter(entry.enterTime());
    List<ImageId> all = items(pages(r -> owner().listImagesInRecycleBin(there, List.of(), r), 20))
        .stream().map(RecycleBinImage::imageId).collect(Collectors.toList());
    assertThat(all).contains(id).doesNotHaveDuplicates();

    owner().restoreImageFromRecycleBin(there, id);

    awaitImage(bin, id, ImageState.AVAILABLE);
    eventually().until("the image to leave the Recycle Bin",
        () -> items(pages(r -> owner().listImagesInRecycleBin(there, List.of(), r), 20))
            .stream().map(RecycleBinImage::imageId).collect(Collectors.toList()),
        l -> !l.contains(id));
  }

  @Test
  @DisplayName("an instance launched from an image is reported among the image's references")
  void imageReferences() {
    Image used = availableImage("referenced");
    Image unused = availableImage("unreferenced");
    Instance instance = launch(launchOf(used.id()).build()).get(0);

    List<ImageReference> references = eventually().until("the instance to be reported",
        () -> items(pages(r -> owner().describeImageReferences(call(), List.of(used.id(), unused.id()), r), 100)),
        l -> l.stream().anyMatch(ref -> ref.arn().endsWith(instance.id().value())));

    ImageReference reference = single(references, "a reference to " + instance.id(),
        ref -> ref.arn().endsWith(instance.id().value()));
    assertThat(reference.imageId()).isEqualTo(used.id());
    assertThat(reference.resourceType()).isEqualTo(ImageReferenceType.EC2_INSTANCE);
    assertThat(references).extracting(ImageReference::imageId).doesNotContain(unused.id());
  }
}
