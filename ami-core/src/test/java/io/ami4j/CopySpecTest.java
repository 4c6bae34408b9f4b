package io.ami4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.doubles.Images;
import io.ami4j.doubles.ScriptedProvider;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.KmsKey;
import io.ami4j.model.Region;
import io.ami4j.spi.CopyImageRequest;
import io.ami4j.spi.Ec2Action;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CopySpecTest {
  private static final Region EU = Region.of("eu-west-1");
  private static final Region AP = Region.of("ap-south-1");
  private final ClientFixture f = new ClientFixture();
  private final AtomicInteger next = new AtomicInteger(100);
  private final ImageId source;
  // CopyImage makes a pending image in the destination (one shared table here) available 30 minutes later.
  private final ScriptedProvider.Answer copies = inv -> {
    CopyImageRequest req = inv.arg(0);
    ImageId id = Images.id(next.incrementAndGet());
    f.put(Images.image(id, req.name(), ImageState.PENDING, f.clock.instant()).sourceImageId(req.sourceImageId())
        .build());
    f.scheduler.schedule(() -> f.images.computeIfPresent(id, (k, i) -> Image.builder(i).state(ImageState.AVAILABLE)
        .build()), 30, TimeUnit.MINUTES);
    return id;
  };

  CopySpecTest() {
    source = f.put(Images.available(Images.id(1), "golden", f.clock.instant())).id();
    f.provider.always(Ec2Action.COPY_IMAGE, copies);
  }

  @Test
  void copiesToManyRegionsAtOnceWithAKeyPerRegion() {
    Map<Region, Image> copies = f.await(f.client.copy(source).to(EU, AP)
        .encryptedWith(r -> KmsKey.alias("alias/ami-" + r.name())).copyTags().tag("copied", "yes").submit());

    assertThat(copies).containsOnlyKeys(EU, AP);
    assertThat(copies.values()).allSatisfy(i -> assertThat(i.state()).isEqualTo(ImageState.AVAILABLE));
    Map<Region, CopyImageRequest> sent = f.provider.calls(Ec2Action.COPY_IMAGE).stream()
        .collect(Collectors.toMap(c -> c.call.region(), c -> c.<CopyImageRequest>arg(0)));
    assertThat(sent).containsOnlyKeys(EU, AP);
    assertThat(sent.get(EU).kmsKey()).contains(KmsKey.alias("alias/ami-eu-west-1"));
    assertThat(sent.get(AP).kmsKey()).contains(KmsKey.alias("alias/ami-ap-south-1"));
    assertThat(sent.values()).allSatisfy(r -> {
      assertThat(r.encrypted()).isTrue();
      assertThat(r.copyImageTags()).isTrue();
      assertThat(r.sourceRegion()).isEqualTo(ClientFixture.REGION);
      assertThat(r.name()).isEqualTo("golden");
      assertThat(r.tags()).containsEntry("copied", "yes");
    });
  }

  @Test
  void clientTokensAreDeterministicPerRequestAndRegion() {
    f.await(f.client.copy(source).to(EU, AP).named("golden-copy").submit());
    f.await(f.client.copy(source).to(EU).named("golden-copy").submit());
    f.await(f.client.copy(source).to(EU).named("golden-copy").description("other").submit());

    List<CopyImageRequest> sent = f.provider.calls(Ec2Action.COPY_IMAGE).stream()
        .map(c -> c.<CopyImageRequest>arg(0)).collect(Collectors.toList());
    String euFirst = sent.get(0).clientToken().orElseThrow();
    String apFirst = sent.get(1).clientToken().orElseThrow();
    assertThat(euFirst).hasSize(64);
    assertThat(apFirst).isNotEqualTo(euFirst);
    assertThat(sent.get(2).clientToken()).contains(euFirst);
    assertThat(sent.get(3).clientToken()).isNotEqualTo(sent.get(2).clientToken());
  }

  @Test
  void aCopyRetriedAfterALostAnswerCarriesTheSameToken() {
    f.provider.once(Ec2Action.COPY_IMAGE, inv -> {
      throw new AmiBackendException("InternalError", "lost", null);
    });
    f.await(f.client.copy(source).to(EU).submit());
    List<String> tokens = f.provider.calls(Ec2Action.COPY_IMAGE).stream()
        .map(c -> c.<CopyImageRequest>arg(0).clientToken().orElseThrow()).collect(Collectors.toList());
    assertThat(tokens).hasSize(2);
    assertThat(tokens.get(1)).isEqualTo(tokens.get(0));
  }

  @Test
  void aFailedCopyFailsTheWholeCopyWithItsReason() {
    f.provider.always(Ec2Action.COPY_IMAGE, inv -> {
      ImageId id = Images.id(next.incrementAndGet());
      f.put(Images.image(id, "golden", ImageState.FAILED, f.clock.instant())
          .stateReason(io.ami4j.model.StateReason.of("Server.InternalError", "copy failed")).build());
      return id;
    });
    Pending<Map<Region, Image>> p = f.client.copy(source).to(EU).submit();
    f.scheduler.drive(p.completion().handle((v, e) -> v));
    assertThatThrownBy(p::await).isInstanceOf(AmiImageFailedException.class).hasMessageContaining("copy failed");
  }

  @Test
  void whenOneRegionFailsTheOthersAreNoLongerAwaited() {
    // The copy into EU fails on its retry, after the copy into AP was accepted.
    AtomicInteger euCalls = new AtomicInteger();
    f.provider.always(Ec2Action.COPY_IMAGE, inv -> {
      if (!inv.call.region().equals(EU)) {
        return copies.answer(inv);
      }
      if (euCalls.incrementAndGet() == 1) {
        throw new AmiBackendException("InternalError", "try again", null);
      }
      throw new AmiQuotaExceededException("ResourceLimitExceeded", "too many concurrent copies", null);
    });
    Pending<Map<Region, Image>> p = f.client.copy(source).to(EU, AP).submit();
    f.scheduler.drive(p.completion().handle((v, e) -> v));
    // The copy into the other region was accepted and goes on: the failure names it.
    assertThatThrownBy(p::await).isInstanceOf(AmiCopyFailedException.class)
        .hasCauseInstanceOf(AmiQuotaExceededException.class)
        .satisfies(e -> assertThat(((AmiCopyFailedException) e).copies()).containsOnlyKeys(AP))
        .satisfies(e -> assertThat(((AmiCopyFailedException) e).errorCode()).isEqualTo("ResourceLimitExceeded"));
    long polls = f.provider.count(Ec2Action.DESCRIBE_IMAGES);
    f.scheduler.advance(java.time.Duration.ofHours(1));
    assertThat(f.provider.count(Ec2Action.DESCRIBE_IMAGES)).isEqualTo(polls);
  }

  @Test
  void noDestinationIsRefusedAndDryRunAsksEachDestination() {
    assertThatThrownBy(() -> f.client.copy(source).submit()).isInstanceOf(AmiValidationException.class)
        .hasMessageContaining("to(Region");
    f.provider.refuseDryRun(Ec2Action.COPY_IMAGE, new AmiPermissionDeniedException("UnauthorizedOperation", "no", null));
    DryRunResult r = f.client.copy(source).to(EU, AP).dryRun();
    assertThat(r.allowed()).isFalse();
    assertThat(f.provider.calls(Ec2Action.COPY_IMAGE)).isEmpty();
  }

  @Test
  void aCopyToOneRegionAnswersTheCopyItselfWithTheSameTokenAsTheManyRegionForm() {
    Image west = f.await(f.client.copy(source).toRegion(EU).named("golden-copy")
        .encryptedWith(KmsKey.alias("alias/ami")).copyTags().tag("copied", "yes").submit());

    assertThat(west.state()).isEqualTo(ImageState.AVAILABLE);
    assertThat(west.sourceImageId()).contains(source);
    CopyImageRequest sent = f.provider.calls(Ec2Action.COPY_IMAGE).get(0).arg(0);
    assertThat(f.provider.calls(Ec2Action.COPY_IMAGE).get(0).call.region()).isEqualTo(EU);
    assertThat(sent.kmsKey()).contains(KmsKey.alias("alias/ami"));
    assertThat(sent.copyImageTags()).isTrue();
    assertThat(sent.tags()).containsEntry("copied", "yes");

    f.await(f.client.copy(source).to(EU).named("golden-copy").encryptedWith(r -> KmsKey.alias("alias/ami"))
        .copyTags().tag("copied", "yes").submit());
    CopyImageRequest again = f.provider.calls(Ec2Action.COPY_IMAGE).get(1).arg(0);
    assertThat(again.clientToken()).isEqualTo(sent.clientToken());
  }

  @Test
  void aFailedOneRegionCopyFailsWithItsOwnReasonAndOneRegionIsNotMixedWithMany() {
    f.provider.always(Ec2Action.COPY_IMAGE, inv -> {
      throw new AmiQuotaExceededException("ResourceLimitExceeded", "too many concurrent copies", null);
    });
    Pending<Image> p = f.client.copy(source).toRegion(EU).submit();
    f.scheduler.drive(p.completion().handle((v, e) -> v));
    assertThatThrownBy(p::await).isInstanceOf(AmiQuotaExceededException.class);

    assertThatThrownBy(() -> f.client.copy(source).to(AP).toRegion(EU)).isInstanceOf(AmiValidationException.class)
        .hasMessageContaining("destinations").hasMessageContaining("not both");
    assertThatThrownBy(() -> f.client.copy(source).toRegion(null)).isInstanceOf(AmiValidationException.class)
        .hasMessageContaining("region");
  }
}
