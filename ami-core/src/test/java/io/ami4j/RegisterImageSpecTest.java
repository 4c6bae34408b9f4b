package io.ami4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.doubles.Images;
import io.ami4j.doubles.ScriptedProvider;
import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.BootMode;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.ImdsSupport;
import io.ami4j.model.TpmSupport;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RegisterImageRequest;
import org.junit.jupiter.api.Test;

class RegisterImageSpecTest {
  private final ClientFixture f = new ClientFixture();

  private ScriptedProvider.Answer registers(ImageId id) {
    return inv -> {
      RegisterImageRequest req = inv.arg(0);
      Image.Builder b = Images.image(id, req.name(), ImageState.AVAILABLE, f.clock.instant())
          .blockDeviceMappings(req.blockDeviceMappings());
      req.imageLocation().ifPresent(b::imageLocation);
      f.put(b.build());
      return id;
    };
  }

  @Test
  void registersFromASnapshotWithEveryBootAndNetworkSetting() {
    f.provider.always(Ec2Action.REGISTER_IMAGE, registers(Images.id(1)));
    Image image = f.await(f.client.register().fromSnapshot(Images.snap(1)).named("imported").description("from a disk")
        .architecture(Architecture.ARM64).rootDevice("/dev/xvda").bootMode(BootMode.UEFI).ena().tpm().imdsV2()
        .blockDevice(BlockDeviceMapping.ephemeral("/dev/sdb", "ephemeral0")).tag("src", "disk").submit());

    assertThat(image.id()).isEqualTo(Images.id(1));
    RegisterImageRequest sent = f.provider.calls(Ec2Action.REGISTER_IMAGE).get(0).arg(0);
    assertThat(sent.architecture()).contains(Architecture.ARM64);
    assertThat(sent.rootDeviceName()).contains("/dev/xvda");
    assertThat(sent.bootMode()).contains(BootMode.UEFI);
    assertThat(sent.enaSupport()).contains(true);
    assertThat(sent.tpmSupport()).contains(TpmSupport.V2_0);
    assertThat(sent.imdsSupport()).contains(ImdsSupport.V2_0);
    assertThat(sent.blockDeviceMappings()).hasSize(2);
    assertThat(sent.blockDeviceMappings().get(0).ebs().flatMap(EbsBlockDevice::snapshotId)).contains(Images.snap(1));
    assertThat(sent.tags()).containsEntry("src", "disk");
  }

  @Test
  void registersAnInstanceStoreImageFromAManifest() {
    f.provider.always(Ec2Action.REGISTER_IMAGE, registers(Images.id(2)));
    f.await(f.client.register().fromManifest("my-bucket/images/web.manifest.xml").named("legacy").submit());
    RegisterImageRequest sent = f.provider.calls(Ec2Action.REGISTER_IMAGE).get(0).arg(0);
    assertThat(sent.imageLocation()).contains("my-bucket/images/web.manifest.xml");
    assertThat(sent.blockDeviceMappings()).isEmpty();
    assertThatThrownBy(() -> f.client.register().fromManifest("not a manifest"))
        .isInstanceOf(AmiValidationException.class);
  }

  @Test
  void aRetryAfterALostAnswerResolvesToTheImageOfTheSameNameAndRootSnapshot() {
    ScriptedProvider.Answer made = registers(Images.id(3));
    f.provider.once(Ec2Action.REGISTER_IMAGE, inv -> {
      made.answer(inv);
      throw new AmiBackendException("InternalError", "lost", null);
    });
    f.provider.once(Ec2Action.REGISTER_IMAGE, ScriptedProvider.fail(new AmiConflictException(
        "InvalidAMIName.Duplicate", "AMI name imported is already in use", null)));

    Image image = f.await(f.client.register().fromSnapshot(Images.snap(9)).named("imported").submit());

    assertThat(image.id()).isEqualTo(Images.id(3));
    assertThat(f.provider.count(Ec2Action.REGISTER_IMAGE)).isEqualTo(2);
  }

  @Test
  void theSameNameOverAnotherSnapshotIsAConflict() {
    f.put(Images.withSnapshots(Images.available(Images.id(4), "imported", f.clock.instant()), Images.snap(8)));
    f.provider.once(Ec2Action.REGISTER_IMAGE, ScriptedProvider.fail(new AmiBackendException("Unavailable", "x", null)));
    f.provider.once(Ec2Action.REGISTER_IMAGE, ScriptedProvider.fail(new AmiConflictException(
        "InvalidAMIName.Duplicate", "in use", null)));
    Pending<Image> p = f.client.register().fromSnapshot(Images.snap(9)).named("imported").submit();
    f.scheduler.drive(p.completion().handle((v, e) -> v));
    assertThatThrownBy(p::await).isInstanceOf(AmiConflictException.class);
  }

  @Test
  void cancelledWhileARetryWaitsForItsBackoffTheRegistrationIsNotSentAgain() {
    f.provider.once(Ec2Action.REGISTER_IMAGE, ScriptedProvider.fail(new AmiBackendException("Unavailable",
        "Service Unavailable", "req-503")));
    f.provider.always(Ec2Action.REGISTER_IMAGE, registers(Images.id(3)));
    Pending<Image> p = f.client.register().fromSnapshot(Images.snap(1)).named("imported").submit();
    f.scheduler.runDue(); // the first attempt answers 503; the retry waits for its backoff

    assertThat(f.provider.count(Ec2Action.REGISTER_IMAGE)).isEqualTo(1L);
    assertThat(p.cancel()).isTrue();
    f.scheduler.advance(java.time.Duration.ofHours(1));

    assertThat(f.provider.count(Ec2Action.REGISTER_IMAGE)).isEqualTo(1L);
    assertThat(f.images).isEmpty();
    assertThat(p.state()).isEqualTo(Pending.State.CANCELLED);
  }
}
