package io.ami4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiValidationException;
import io.ami4j.model.ImageId;
import io.ami4j.model.SsmParameter;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersAndTagsTest extends WorldFixture {
  @Test
  void unknownParameterIsEmpty() {
    assertThat(ec2.getParameter(east, "/aws/service/ami-amazon-linux-latest/no-such-image")).isEmpty();
  }

  @Test
  void parametersByPathArePagedByTen() {
    List<SsmParameter> all = new ArrayList<>();
    PageRequest request = PageRequest.ofSize(2);
    while (true) {
      Page<SsmParameter> page = ec2.getParametersByPath(east, "/aws/service", request);
      all.addAll(page.items());
      if (page.nextToken().isEmpty()) {
        break;
      }
      request = request.next(page.nextToken().get());
    }
    assertThat(all).hasSizeGreaterThanOrEqualTo(5).allMatch(p -> p.name().startsWith("/aws/service/"));
    assertThat(all).extracting(SsmParameter::name).doesNotHaveDuplicates();
    assertThatThrownBy(() -> ec2.getParametersByPath(east, "/aws/service", PageRequest.ofSize(11)))
        .isInstanceOf(AmiException.class).hasMessageContaining("less than or equal to 10");
    assertThat(ec2.getParametersByPath(east, "/nothing/here", PageRequest.first()).items()).isEmpty();
  }

  @Test
  void callerAccountIsTheProvidersAccount() {
    assertThat(ec2.callerAccount(east)).isEqualTo(FakeEc2.DEFAULT_ACCOUNT);
    assertThat(world.provider(ACCOUNT_B).callerAccount(east)).isEqualTo(ACCOUNT_B);
    assertThat(world.provider(ACCOUNT_B)).isSameAs(world.provider(ACCOUNT_B));
    assertThat(ec2.id()).isEqualTo("fake");
  }

  @Test
  void tagsAreCreatedOverwrittenAndDeleted() {
    ImageId id = ownImage("web-1", Map.of("env", "dev"));
    ec2.createTags(east, List.of(id), Map.of("env", "prod", "team", "web"));
    assertThat(world.tagsOf(US_EAST_1, id.value())).containsOnly(Map.entry("env", "prod"), Map.entry("team", "web"));
    ec2.deleteTags(east, List.of(id), List.of("team"));
    assertThat(describe(id).tags()).containsOnly(Map.entry("env", "prod"));
  }

  @Test
  void describeTagsListsAnAccountsTagsAcrossResources() {
    ImageId id = ownImage("web-1", Map.of("env", "prod"));
    var snap = describe(id).snapshotIds().get(0);
    ec2.createTags(east, List.of(snap), Map.of("backup", "daily"));
    world.provider(ACCOUNT_B).createTags(east, List.of(al2023()), Map.of("mine", "b"));
    assertThat(world.tags(FakeEc2.DEFAULT_ACCOUNT, US_EAST_1)).containsExactlyInAnyOrder(
        new ResourceTag(id.value(), "image", "env", "prod"),
        new ResourceTag(snap.value(), "snapshot", "backup", "daily"));
    assertThat(world.tags(ACCOUNT_B, US_EAST_1)).containsExactly(new ResourceTag(al2023().value(), "image", "mine", "b"));
  }

  @Test
  void tagRulesOfEc2() {
    ImageId id = ownImage("web-1");
    assertThatThrownBy(() -> ec2.createTags(east, List.of(id), Map.of("aws:owner", "x")))
        .isInstanceOf(AmiValidationException.class);
    Map<String, String> fifty = new HashMap<>();
    for (int n = 0; n < 50; n++) {
      fifty.put("k" + n, "v");
    }
    ec2.createTags(east, List.of(id), fifty);
    assertThatThrownBy(() -> ec2.createTags(east, List.of(id), Map.of("one-more", "v")))
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("TagLimitExceeded"));
    assertThatThrownBy(() -> ec2.createTags(east, List.of(ImageId.of("ami-0123456789abcdef0")), Map.of("a", "b")))
        .isInstanceOf(AmiNotFoundException.class);
  }

  @Test
  void regionsOutsideTheWorldAreRefused() {
    assertThatThrownBy(() -> ec2.getParameter(io.ami4j.spi.Call.in(io.ami4j.model.Region.of("sa-east-1")), "/x"))
        .isInstanceOf(AmiException.class).hasMessageContaining("sa-east-1").hasMessageContaining("regions(");
    FakeEc2 small = FakeEc2.builder().regions(io.ami4j.model.Region.of("sa-east-1")).seedCatalog(false).build();
    assertThat(small.regions()).containsExactly(io.ami4j.model.Region.of("sa-east-1"));
  }

  @Test
  void realClockWorldReadsTheSystemClock() {
    FakeEc2 real = FakeEc2.builder().realClock().seedCatalog(false).build();
    assertThat(real.time().getZone()).isEqualTo(java.time.ZoneOffset.UTC);
    assertThatThrownBy(real::clock).isInstanceOf(IllegalStateException.class);
  }
}
