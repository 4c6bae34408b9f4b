package io.ami4j.model;

import static io.ami4j.Violations.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each typed builder method makes the EC2 filter of DescribeImages with EC2's spelling. */
class ImageQueryTest {

  private static Filter only(ImageQuery.Builder b) {
    List<Filter> filters = b.build().filters();
    assertThat(filters).hasSize(1);
    return filters.get(0);
  }

  private static void assertFilter(ImageQuery.Builder b, String name, String... values) {
    Filter f = only(b);
    assertThat(f.name()).isEqualTo(name);
    assertThat(f.values()).containsExactly(values);
  }

  @Test
  void everyFilterHasEc2sNameAndSpelling() {
    assertFilter(ImageQuery.builder().name("web-*", "api-??"), "name", "web-*", "api-??");
    assertFilter(ImageQuery.builder().state(ImageState.AVAILABLE, ImageState.DISABLED), "state",
        "available", "disabled");
    assertFilter(ImageQuery.builder().tag("env", "prod", "staging"), "tag:env", "prod", "staging");
    assertFilter(ImageQuery.builder().tagKey("team", "cost-center"), "tag-key", "team", "cost-center");
    assertFilter(ImageQuery.builder().architecture(Architecture.ARM64, Architecture.X86_64_MAC), "architecture",
        "arm64", "x86_64_mac");
    assertFilter(ImageQuery.builder().rootDeviceType(RootDeviceType.INSTANCE_STORE), "root-device-type",
        "instance-store");
    assertFilter(ImageQuery.builder().virtualizationType(VirtualizationType.PARAVIRTUAL), "virtualization-type",
        "paravirtual");
    assertFilter(ImageQuery.builder().isPublic(true), "is-public", "true");
    assertFilter(ImageQuery.builder().isPublic(false), "is-public", "false");
    assertFilter(ImageQuery.builder().ownerAlias("amazon"), "owner-alias", "amazon");
    assertFilter(ImageQuery.builder().productCode("abc123"), "product-code", "abc123");
    assertFilter(ImageQuery.builder().sourceImageId(ImageId.of("ami-0123456789abcdef0")), "source-image-id",
        "ami-0123456789abcdef0");
    assertFilter(ImageQuery.builder().creationDate("2026-11-*"), "creation-date", "2026-11-*");
    assertFilter(ImageQuery.builder().blockDeviceMapping("snapshot-id", "snap-0123456789abcdef0"),
        "block-device-mapping.snapshot-id", "snap-0123456789abcdef0");
    assertFilter(ImageQuery.builder().blockDeviceMapping("encrypted", "true"),
        "block-device-mapping.encrypted", "true");
    assertFilter(ImageQuery.builder().blockDeviceMapping("volume-type", "gp3", "io2"),
        "block-device-mapping.volume-type", "gp3", "io2");
  }

  @Test
  void filtersAddUpInOrderWithOwnersAndIds() {
    ImageQuery q = ImageQuery.builder().addOwners(Owner.SELF, Owner.account("123456789012")).name("web-*")
        .tag("env", "prod").architecture(Architecture.X86_64).addImageIds(ImageId.of("ami-0123456789abcdef0"))
        .includeDeprecated(true).build();
    assertThat(q.filters()).extracting(Filter::name).containsExactly("name", "tag:env", "architecture");
    assertThat(q.owners()).containsExactly(Owner.SELF, Owner.account("123456789012"));
    assertThat(q.imageIds()).containsExactly(ImageId.of("ami-0123456789abcdef0"));
    assertThat(q.includeDeprecated()).isTrue();
    assertThat(q.includeDisabled()).isFalse();
  }

  @Test
  void allAndByIdsHaveNoFilters() {
    assertThat(ImageQuery.all().filters()).isEmpty();
    assertThat(ImageQuery.all().owners()).isEmpty();
    assertThat(ImageQuery.all().includeDeprecated()).isFalse();
    ImageQuery byIds = ImageQuery.byIds(List.of(ImageId.of("ami-1a2b3c4d")));
    assertThat(byIds.imageIds()).containsExactly(ImageId.of("ami-1a2b3c4d"));
    assertThat(byIds.filters()).isEmpty();
  }

  @Test
  void aFilterNeedsANameAndAValue() {
    assertRejected(() -> ImageQuery.builder().name(), "filter name", "at least one value");
    assertRejected(() -> ImageQuery.builder().tag("env"), "filter tag:env", "at least one value");
    assertRejected(() -> Filter.of("", "x"), "filter name", "must not be empty");
    assertThat(Filter.of("state", List.of("available")).values()).containsExactly("available");
  }
}
