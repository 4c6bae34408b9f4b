package io.ami4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiValidationException;
import io.ami4j.model.Architecture;
import io.ami4j.model.Filter;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Owner;
import io.ami4j.model.RootDeviceType;
import io.ami4j.model.VirtualizationType;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DescribeImagesTest extends WorldFixture {
  @Test
  void nameWildcardsStarAndQuestionMark() {
    List<Image> star = list(ec2, east, ImageQuery.builder().addOwners(Owner.AMAZON).name("al2023-ami-2023.9.*-arm64").build());
    assertThat(star).hasSize(3).allMatch(i -> i.architecture() == Architecture.ARM64);
    List<Image> question = list(ec2, east, ImageQuery.builder().addOwners(Owner.AMAZON)
        .name("al2023-ami-2023.9.????????.0-kernel-6.1-arm64").build());
    assertThat(question).hasSize(3);
    assertThat(list(ec2, east, ImageQuery.builder().name("al2023-ami-2023.9.?.0-kernel-6.1-arm64").build())).isEmpty();
  }

  @Test
  void ownersSelfAliasesAndAccounts() {
    ImageId mine = ownImage("web-1");
    assertThat(mine()).extracting(Image::id).containsExactly(mine);
    assertThat(list(ec2, east, ImageQuery.builder().addOwners(Owner.AMAZON).build()))
        .isNotEmpty().allMatch(i -> i.ownerAlias().orElse("").equals("amazon"));
    assertThat(list(ec2, east, ImageQuery.builder().addOwners(Owner.account(FakeEc2.CANONICAL)).build()))
        .isNotEmpty().allMatch(i -> i.ownerId().equals(FakeEc2.CANONICAL));
    assertThat(list(ec2, east, ImageQuery.builder().addOwners(Owner.SELF, Owner.AWS_MARKETPLACE).build()))
        .extracting(i -> i.ownerId()).containsOnly(FakeEc2.DEFAULT_ACCOUNT, FakeEc2.MARKETPLACE);
    assertThat(list(ec2, east, ImageQuery.builder().addOwners(Owner.AWS_BACKUP_VAULT).build())).isEmpty();
  }

  @Test
  void filtersOnAttributesTagsAndMappings() {
    ImageId web = ownImage("web-1", Map.of("env", "prod", "team", "web"));
    ImageId db = ownImage("db-1", Map.of("env", "dev"));
    ImageQuery.Builder self = ImageQuery.builder().addOwners(Owner.SELF);
    assertThat(ids(ImageQuery.builder().from(self.build()).tag("env", "prod").build())).containsExactly(web);
    assertThat(ids(ImageQuery.builder().from(self.build()).tag("env", "p*", "d?v").build())).containsExactly(web, db);
    assertThat(ids(ImageQuery.builder().from(self.build()).tagKey("team").build())).containsExactly(web);
    assertThat(ids(ImageQuery.builder().from(self.build()).state(ImageState.AVAILABLE)
        .architecture(Architecture.X86_64).rootDeviceType(RootDeviceType.EBS)
        .virtualizationType(VirtualizationType.HVM).isPublic(false).build())).containsExactly(web, db);
    assertThat(ids(ImageQuery.builder().from(self.build()).state(ImageState.PENDING).build())).isEmpty();
    String snap = describe(db).snapshotIds().get(0).value();
    assertThat(ids(ImageQuery.builder().blockDeviceMapping("snapshot-id", snap).build())).containsExactly(db);
    assertThat(ids(ImageQuery.builder().from(self.build()).blockDeviceMapping("volume-type", "gp3")
        .blockDeviceMapping("encrypted", "false").build())).containsExactly(web, db);
    String today = ImageFiltersFormat.day(world.clock().instant());
    assertThat(ids(ImageQuery.builder().from(self.build()).creationDate(today + "*").build())).containsExactly(web, db);
    assertThat(ids(ImageQuery.builder().ownerAlias("aws-marketplace").productCode(FakeEc2.MARKETPLACE_PRODUCT_CODE)
        .build())).hasSize(1);
    assertThat(ids(ImageQuery.builder().addFilters(Filter.of("owner-id", FakeEc2.DEFAULT_ACCOUNT.value())).build()))
        .containsExactly(web, db);
  }

  @Test
  void unknownFilterIsRefusedAsEc2Does() {
    assertThatThrownBy(() -> list(ec2, east, ImageQuery.builder().addFilters(Filter.of("colour", "blue")).build()))
        .isInstanceOf(AmiValidationException.class)
        .satisfies(e -> assertThat(((AmiValidationException) e).errorCode()).isEqualTo("InvalidParameterValue"))
        .hasMessageContaining("colour");
  }

  @Test
  void malformedExecutableUserIsRefused() {
    assertThatThrownBy(() -> list(ec2, east, ImageQuery.builder().addExecutableBy("everyone").build()))
        .isInstanceOf(AmiValidationException.class)
        .satisfies(e -> assertThat(((AmiValidationException) e).errorCode()).isEqualTo("InvalidUserID.Malformed"));
  }

  @Test
  void unknownIdsAreNotFound() {
    ImageId nowhere = ImageId.of("ami-0123456789abcdef0");
    assertThatThrownBy(() -> describe(nowhere)).isInstanceOf(AmiNotFoundException.class)
        .hasMessageContaining(nowhere.value())
        .satisfies(e -> assertThat(((AmiNotFoundException) e).errorCode()).isEqualTo("InvalidAMIID.NotFound"));
  }

  @Test
  void paginationWalksEveryImageOnce() {
    List<Image> all = list(ec2, east, ImageQuery.all());
    List<Image> paged = new ArrayList<>();
    PageRequest request = PageRequest.ofSize(5);
    int pages = 0;
    while (true) {
      Page<Image> page = ec2.describeImages(east, ImageQuery.all(), request);
      assertThat(page.items().size()).isLessThanOrEqualTo(5);
      paged.addAll(page.items());
      pages++;
      if (page.nextToken().isEmpty()) {
        break;
      }
      request = request.next(page.nextToken().get());
    }
    assertThat(paged).containsExactlyElementsOf(all);
    assertThat(pages).isEqualTo((all.size() + 4) / 5);
  }

  @Test
  void maxResultsRulesOfEc2() {
    assertThatThrownBy(() -> ec2.describeImages(east, ImageQuery.all(), PageRequest.ofSize(4)))
        .isInstanceOf(AmiValidationException.class).hasMessageContaining("between 5 and 1000");
    assertThatThrownBy(() -> ec2.describeImages(east, ImageQuery.byIds(List.of(al2023())), PageRequest.ofSize(5)))
        .isInstanceOf(AmiValidationException.class)
        .satisfies(e -> assertThat(((AmiValidationException) e).errorCode()).isEqualTo("InvalidParameterCombination"));
    assertThatThrownBy(() -> ec2.describeImages(east, ImageQuery.all(), PageRequest.ofSize(5).next("bogus")))
        .isInstanceOf(AmiValidationException.class);
  }

  @Test
  void visibilityOwnPublicAndShared() {
    ImageId mine = ownImage("private-1");
    var b = world.provider(ACCOUNT_B);
    assertThat(list(b, east, ImageQuery.all())).extracting(Image::id).doesNotContain(mine);
    assertThatThrownBy(() -> describe(b, east, mine)).isInstanceOf(AmiNotFoundException.class);
    ec2.modifyLaunchPermissions(east, mine, List.of(LaunchPermission.account(ACCOUNT_B)), List.of());
    assertThat(describe(b, east, mine).id()).isEqualTo(mine);
    assertThat(list(b, east, ImageQuery.builder().addExecutableBy("self").build()))
        .extracting(Image::id).containsExactly(mine);
    assertThat(list(ec2, east, ImageQuery.builder().addExecutableBy("all").build()))
        .isNotEmpty().allMatch(Image::isPublic);
    assertThat(list(world.provider(ACCOUNT_C), east, ImageQuery.all())).extracting(Image::id).doesNotContain(mine);
  }

  private List<ImageId> ids(ImageQuery q) {
    return list(ec2, east, q).stream().map(Image::id).toList();
  }

  /** EC2's creation-date text, to build a wildcard on the day. */
  static final class ImageFiltersFormat {
    static String day(java.time.Instant t) {
      return t.toString().substring(0, 10);
    }
  }
}
