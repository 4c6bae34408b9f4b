package io.ami4j.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.AmiClient;
import io.ami4j.AmiConflictException;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.InstanceId;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.spi.Call;
import io.ami4j.spi.CreateImageRequest;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RegisterImageRequest;
import io.ami4j.spi.RunInstancesRequest;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.fault.FaultKind;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * CreateImage and RegisterImage take no client token, so a retry after a lost answer meets
 * {@code InvalidAMIName.Duplicate}. The image of that name is adopted only when this request could
 * have made it — same source, made after the first attempt was sent — and otherwise the conflict
 * names the image that holds the name.
 */
class LostAnswerAdoptionTest {
  private static final Region EAST = Region.of("us-east-1");
  private final FakeEc2 world = FakeEc2.create();
  private final FaultingProvider faulty = FaultingProvider.wrap(world.provider(), FaultPlan.none(), world.clock());
  private final AmiClient amis = world.clientBuilder().provider(faulty).retryPolicy(r -> r.seed(5)).build();

  @AfterEach
  void close() {
    amis.close();
    world.close();
  }

  private InstanceId instance() {
    ImageId base = ImageId.of(world.provider().getParameter(Call.in(EAST),
        "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64").orElseThrow().value());
    InstanceId id = world.provider().runInstances(Call.in(EAST), RunInstancesRequest.builder().imageId(base)
        .instanceType("t3.micro").build()).get(0).id();
    world.clock().advance(Duration.ofMinutes(2)); // pending → running
    return id;
  }

  private long named(String name) {
    return world.allImages(EAST).stream().filter(i -> i.name().equals(name)).count();
  }

  @Test
  void aCreateWhoseFirstAttemptFailedDoesNotAdoptYesterdaysImageOfTheSameNameAndSource() {
    InstanceId builder = instance();
    ImageId yesterday = world.provider().createImage(Call.in(EAST), CreateImageRequest.builder().instanceId(builder)
        .name("web-golden").noReboot(true).build());
    world.clock().advance(Duration.ofDays(1));
    faulty.failNext(Ec2Action.CREATE_IMAGE, FaultKind.UNAVAILABLE);

    AmiConflictException e = catchThrowableOfType(AmiConflictException.class,
        () -> amis.create().fromInstance(builder).named("web-golden").noReboot().submit().await());

    assertThat(e.errorCode()).isEqualTo("InvalidAMIName.Duplicate");
    assertThat(e.getMessage()).contains(yesterday.value());
    assertThat(named("web-golden")).isEqualTo(1);
  }

  @Test
  void aCreateWhoseAnswerWasLostAdoptsTheImageItMade() {
    InstanceId builder = instance();
    faulty.failNext(Ec2Action.CREATE_IMAGE, FaultKind.LOST_ANSWER);

    Image made = amis.create().fromInstance(builder).named("web-lost").noReboot().submit().await();

    assertThat(named("web-lost")).isEqualTo(1);
    assertThat(made.sourceInstanceId()).contains(builder);
    assertThat(faulty.stats().injected(FaultKind.LOST_ANSWER)).isEqualTo(1);
  }

  @Test
  void aCreateWhoseAnswerWasLostDoesNotAdoptAnImageOfTheNameFromAnotherInstance() {
    InstanceId other = instance();
    ImageId theirs = world.provider().createImage(Call.in(EAST), CreateImageRequest.builder().instanceId(other)
        .name("web-shared-name").noReboot(true).build());
    faulty.failNext(Ec2Action.CREATE_IMAGE, FaultKind.UNAVAILABLE);

    InstanceId mine = instance();
    AmiConflictException e = catchThrowableOfType(AmiConflictException.class,
        () -> amis.create().fromInstance(mine).named("web-shared-name").noReboot().submit().await());

    assertThat(e.getMessage()).contains(theirs.value());
  }

  @Test
  void aRegisterWhoseFirstAttemptFailedDoesNotAdoptAnOldImageOfTheSameNameAndSnapshot() {
    SnapshotId snap = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, EAST, 8);
    ImageId old = world.provider().registerImage(Call.in(EAST), RegisterImageRequest.builder().name("base-reg")
        .architecture(Architecture.X86_64).rootDeviceName("/dev/xvda")
        .addBlockDeviceMappings(io.ami4j.model.BlockDeviceMapping.ebs("/dev/xvda",
            io.ami4j.model.EbsBlockDevice.builder().snapshotId(snap).build()))
        .build());
    world.clock().advance(Duration.ofHours(3));
    faulty.failNext(Ec2Action.REGISTER_IMAGE, FaultKind.INTERNAL_ERROR);

    AmiConflictException e = catchThrowableOfType(AmiConflictException.class, () -> amis.register()
        .fromSnapshot(snap).named("base-reg").architecture(Architecture.X86_64).rootDevice("/dev/xvda")
        .submit().await());

    assertThat(e.getMessage()).contains(old.value());
    assertThat(named("base-reg")).isEqualTo(1);
  }

  @Test
  void aRegisterWhoseAnswerWasLostAdoptsTheImageItMade() {
    SnapshotId snap = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, EAST, 8);
    faulty.failNext(Ec2Action.REGISTER_IMAGE, FaultKind.LOST_ANSWER);

    Image made = amis.register().fromSnapshot(snap).named("reg-lost").architecture(Architecture.X86_64)
        .rootDevice("/dev/xvda").submit().await();

    assertThat(named("reg-lost")).isEqualTo(1);
    assertThat(world.image(EAST, made.id())).isPresent();
  }
}
