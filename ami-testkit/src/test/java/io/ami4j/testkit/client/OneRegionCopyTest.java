package io.ami4j.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.AmiClient;
import io.ami4j.AmiConflictException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.Pending;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.Region;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.junit.AmiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code copy(id).toRegion(region)} answers the copy itself; the many-region form keeps its map. */
@AmiTest
class OneRegionCopyTest {
  private static final Region EAST = Region.of("us-east-1");
  private static final Region WEST = Region.of("eu-west-1");
  private static final Region SOUTH = Region.of("ap-south-1");

  private static ImageId golden(AmiClient amis, FakeEc2 world) {
    return amis.register().fromSnapshot(world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, EAST, 8)).named("golden")
        .architecture(Architecture.X86_64).rootDevice("/dev/xvda").tag("env", "prod").submit().await().id();
  }

  @Test
  void aCopyToOneRegionAnswersTheAvailableCopyWithItsTags(AmiClient amis, FakeEc2 world) {
    ImageId source = golden(amis, world);

    Pending<Image> pending = amis.copy(source).toRegion(WEST).copyTags().tag("copied", "yes").submit();
    Image west = pending.await();

    assertThat(west.state()).isEqualTo(ImageState.AVAILABLE);
    assertThat(world.image(WEST, west.id())).isPresent();
    assertThat(west.tags()).containsEntry("env", "prod").containsEntry("copied", "yes");
  }

  @Test
  void anIdenticalSecondCopyIsTheFirstCopyInEitherForm(AmiClient amis, FakeEc2 world) {
    ImageId source = golden(amis, world);

    Image first = amis.copy(source).toRegion(WEST).submit().await();
    Image again = amis.copy(source).toRegion(WEST).submit().await();
    Map<Region, Image> many = amis.copy(source).to(WEST, SOUTH).submit().await();

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(many.get(WEST).id()).isEqualTo(first.id());
    assertThat(many).containsOnlyKeys(WEST, SOUTH);
    assertThat(world.allImages(WEST)).filteredOn(i -> i.name().equals("golden")).hasSize(1);
  }

  @Test
  void aCopyOfAMissingImageFailsWithNotFound(AmiClient amis) {
    assertThatThrownBy(() -> amis.copy(ImageId.of("ami-0123456789abcdef0")).toRegion(WEST).submit().await())
        .isInstanceOf(AmiNotFoundException.class);
  }

  @Test
  void aDifferentCopyUnderATakenNameIsRefusedAndASecondCreateIsRefusedToo(AmiClient amis, FakeEc2 world) {
    ImageId source = golden(amis, world);
    amis.copy(source).toRegion(WEST).submit().await();

    AmiConflictException copy = catchThrowableOfType(AmiConflictException.class,
        () -> amis.copy(source).toRegion(WEST).description("another").submit().await());
    AmiConflictException register = catchThrowableOfType(AmiConflictException.class,
        () -> amis.register().fromSnapshot(world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, EAST, 8)).named("golden")
            .architecture(Architecture.X86_64).rootDevice("/dev/xvda").submit().await());

    assertThat(copy.errorCode()).isEqualTo("InvalidAMIName.Duplicate");
    assertThat(register.errorCode()).isEqualTo("InvalidAMIName.Duplicate");
    assertThat(world.allImages(WEST)).filteredOn(i -> i.name().equals("golden")).hasSize(1);
  }
}
