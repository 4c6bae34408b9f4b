package io.ami4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.ImdsSupport;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.model.RootDeviceType;
import io.ami4j.model.SsmParameter;
import io.ami4j.model.VolumeType;
import io.ami4j.spi.PageRequest;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest extends WorldFixture {
  private static final String AL = "/aws/service/ami-amazon-linux-latest/";

  @Test
  void everyRegionHasItsOwnCatalog() {
    for (Region r : FakeEc2.DEFAULT_REGIONS) {
      List<Image> images = world.allImages(r);
      assertThat(images).extracting(Image::name)
          .anyMatch(n -> n.matches("al2023-ami-2023\\.9\\.\\d{8}\\.0-kernel-6\\.1-x86_64"))
          .anyMatch(n -> n.matches("al2023-ami-2023\\.9\\.\\d{8}\\.0-kernel-6\\.1-arm64"))
          .anyMatch(n -> n.matches("amzn2-ami-kernel-5\\.10-hvm-2\\.0\\.\\d{8}\\.0-x86_64-gp2"))
          .anyMatch(n -> n.matches("amzn2-ami-kernel-5\\.10-hvm-2\\.0\\.\\d{8}\\.0-arm64-gp2"))
          .anyMatch(n -> n.matches("ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24\\.04-amd64-server-\\d{8}"))
          .anyMatch(n -> n.matches("ubuntu/images/hvm-ssd/ubuntu-jammy-22\\.04-arm64-server-\\d{8}"))
          .anyMatch(n -> n.startsWith("Windows_Server-2022-English-Full-Base-"));
    }
    ImageId east = ImageId.of(world.provider().getParameter(east(), AL + "al2023-ami-kernel-default-x86_64")
        .orElseThrow().value());
    ImageId westImage = ImageId.of(world.provider().getParameter(west, AL + "al2023-ami-kernel-default-x86_64")
        .orElseThrow().value());
    assertThat(east).isNotEqualTo(westImage);
  }

  private io.ami4j.spi.Call east() {
    return east;
  }

  @Test
  void ssmParametersPointAtTheNewestAmazonLinux() {
    List<SsmParameter> params = ec2.getParametersByPath(east, "/aws/service/ami-amazon-linux-latest",
        PageRequest.ofSize(10)).items();
    assertThat(params).extracting(SsmParameter::name).contains(
        AL + "al2023-ami-kernel-default-x86_64", AL + "al2023-ami-kernel-default-arm64",
        AL + "amzn2-ami-hvm-x86_64-gp2", AL + "amzn2-ami-kernel-5.10-hvm-x86_64-gp2",
        AL + "amzn2-ami-kernel-5.10-hvm-arm64-gp2");
    for (String[] p : new String[][] {{"al2023-ami-kernel-default-x86_64", "al2023-ami-2023.*-x86_64"},
        {"al2023-ami-kernel-default-arm64", "al2023-ami-2023.*-arm64"},
        {"amzn2-ami-hvm-x86_64-gp2", "amzn2-ami-hvm-2.0.*-x86_64-gp2"},
        {"amzn2-ami-kernel-5.10-hvm-arm64-gp2", "amzn2-ami-kernel-5.10-hvm-*-arm64-gp2"}}) {
      ImageId pointed = ImageId.of(ec2.getParameter(east, AL + p[0]).orElseThrow().value());
      Image newestByAmazon = list(ec2, east, ImageQuery.builder().addOwners(Owner.AMAZON).name(p[1]).build())
          .stream().max(Comparator.comparing(Image::creationDate)).orElseThrow();
      assertThat(pointed).as(p[0]).isEqualTo(newestByAmazon.id());
    }
  }

  @Test
  void amazonLinux2023CarriesRealisticAttributes() {
    Image al = describe(al2023());
    assertThat(al.ownerId()).isEqualTo(FakeEc2.AMAZON);
    assertThat(al.ownerAlias()).contains("amazon");
    assertThat(al.state()).isEqualTo(ImageState.AVAILABLE);
    assertThat(al.isPublic()).isTrue();
    assertThat(al.architecture()).isEqualTo(Architecture.X86_64);
    assertThat(al.rootDeviceType()).isEqualTo(RootDeviceType.EBS);
    assertThat(al.rootDeviceName()).contains("/dev/xvda");
    assertThat(al.enaSupport()).isTrue();
    assertThat(al.imdsSupport()).contains(ImdsSupport.V2_0);
    assertThat(al.bootMode()).isPresent();
    assertThat(al.platformDetails()).contains("Linux/UNIX");
    assertThat(al.usageOperation()).contains("RunInstances");
    assertThat(al.hypervisor()).isPresent();
    assertThat(al.blockDeviceMappings()).hasSize(1);
    assertThat(al.blockDeviceMappings().get(0).ebs().orElseThrow().volumeType()).contains(VolumeType.GP3);
    assertThat(al.snapshotIds()).hasSize(1);
  }

  @Test
  void windowsAndMarketplaceImagesAreThere() {
    Image windows = list(ec2, east, ImageQuery.builder().addOwners(Owner.AMAZON)
        .name("Windows_Server-2022-English-Full-Base-*").build()).get(0);
    assertThat(windows.isWindows()).isTrue();
    assertThat(windows.ownerId()).isEqualTo(FakeEc2.AMAZON_WINDOWS);
    assertThat(windows.platformDetails()).contains("Windows");
    Image paid = list(ec2, east, ImageQuery.builder().addOwners(Owner.AWS_MARKETPLACE).build()).get(0);
    assertThat(paid.isPaid()).isTrue();
    assertThat(paid.productCodes().get(0).id()).isEqualTo(FakeEc2.MARKETPLACE_PRODUCT_CODE);
    assertThat(paid.ownerId()).isEqualTo(FakeEc2.MARKETPLACE);
    assertThat(list(ec2, east, ImageQuery.builder().addOwners(Owner.account(FakeEc2.CANONICAL))
        .name("ubuntu/images/*").build())).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void anUnownedNewestLookupPicksTheImpostor() {
    ImageQuery al2023Named = ImageQuery.builder().name("al2023-ami-2023.*-kernel-6.1-x86_64").build();
    Image newestOfAnyone = list(ec2, east, al2023Named).stream()
        .max(Comparator.comparing(Image::creationDate)).orElseThrow();
    assertThat(newestOfAnyone.ownerId()).isEqualTo(FakeEc2.IMPOSTOR);
    assertThat(newestOfAnyone.isPublic()).isTrue();

    Image newestOfAmazon = list(ec2, east, ImageQuery.builder().from(al2023Named).addOwners(Owner.AMAZON).build())
        .stream().max(Comparator.comparing(Image::creationDate)).orElseThrow();
    assertThat(newestOfAmazon.id()).isEqualTo(al2023());
  }

  @Test
  void oneDeprecatedReleaseIsHiddenUnlessAskedFor() {
    ImageQuery old = ImageQuery.builder().addOwners(Owner.AMAZON).name("al2023-ami-2023.1.*").build();
    assertThat(list(ec2, east, old)).isEmpty();
    List<Image> withDeprecated = list(ec2, east, ImageQuery.builder().from(old).includeDeprecated(true).build());
    assertThat(withDeprecated).hasSize(1);
    Image deprecated = withDeprecated.get(0);
    assertThat(deprecated.isDeprecatedAt(world.clock().instant())).isTrue();
    assertThat(describe(deprecated.id()).id()).as("still describable by id").isEqualTo(deprecated.id());
  }

  @Test
  void withoutCatalogTheWorldIsEmptyAndIdsRepeatWithTheSeed() {
    FakeEc2 empty = FakeEc2.builder().seedCatalog(false).build();
    assertThat(empty.allImages(US_EAST_1)).isEmpty();
    assertThat(empty.provider().getParameter(east, AL + "al2023-ami-kernel-default-x86_64")).isEmpty();

    FakeEc2 again = FakeEc2.create();
    assertThat(again.allImages(US_EAST_1)).extracting(Image::id)
        .containsExactlyElementsOf(world.allImages(US_EAST_1).stream().map(Image::id).toList());
    FakeEc2 other = FakeEc2.builder().seed(7).build();
    assertThat(other.allImages(US_EAST_1).get(0).id()).isNotEqualTo(world.allImages(US_EAST_1).get(0).id());
  }
}
