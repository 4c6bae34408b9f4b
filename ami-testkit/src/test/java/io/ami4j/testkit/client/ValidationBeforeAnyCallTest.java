package io.ami4j.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.AmiClient;
import io.ami4j.AmiValidationException;
import io.ami4j.DryRunResult;
import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.EbsBlockDevice;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.InstanceId;
import io.ami4j.model.LaunchPermission;
import io.ami4j.model.Region;
import io.ami4j.model.SnapshotId;
import io.ami4j.model.VolumeType;
import io.ami4j.spi.AmiProvider;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.junit.AmiTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each of ami4j's input rules on both sides, against the in-memory world: a value just inside
 * the rule is accepted and its dry run reaches EC2 and is allowed; a value just outside is an
 * {@link AmiValidationException} naming the field and the rule, and no remote call is made.
 */
@AmiTest
class ValidationBeforeAnyCallTest {
  private static final Region WEST = Region.of("us-west-2");
  private static final Set<String> LOCAL = Set.of("id", "close", "toString", "hashCode", "equals");

  /** What a case works on: a client whose every remote call is counted, an image, an instance. */
  record Ctx(AmiClient amis, ImageId image, InstanceId instance) {}

  /** One rule: its field, words of its rule text, a value just inside and one just outside. */
  record Rule(String name, String field, String ruleWords, Consumer<Ctx> inside, Consumer<Ctx> outside) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static String bytes(int count) {
    // Two bytes per character in UTF-8: half as many characters as bytes.
    return "é".repeat(count / 2);
  }

  private static BlockDeviceMapping volume(VolumeType type, int size, Integer iops, Integer throughput) {
    EbsBlockDevice.Builder b = EbsBlockDevice.builder().volumeType(type).volumeSize(size);
    if (iops != null) {
      b.iops(iops);
    }
    if (throughput != null) {
      b.throughput(throughput);
    }
    // A new, empty volume beside the root: its size is its own, not a snapshot's.
    return BlockDeviceMapping.ebs("/dev/sdf", b.build());
  }

  private static void allowed(DryRunResult r) {
    assertThat(r.allowed()).as("%s", r).isTrue();
  }

  private static List<LaunchPermission> accounts(int n) {
    List<LaunchPermission> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(LaunchPermission.account(String.format("%012d", 100_000 + i)));
    }
    return out;
  }

  private static void launch(Ctx c, BlockDeviceMapping m) {
    allowed(c.amis().launch(c.image()).blockDevice(m).dryRun());
  }

  static Stream<Rule> rules() {
    return Stream.of(
        new Rule("launch user data in bytes", "userData", "16384 bytes",
            c -> allowed(c.amis().launch(c.image()).userData(bytes(16_384)).dryRun()),
            c -> c.amis().launch(c.image()).userData(bytes(16_386))),
        new Rule("bake user data in bytes", "userData", "16384 bytes",
            c -> allowed(c.amis().bake(c.image()).userData(bytes(16_384)).named("bake-{date}").dryRun()),
            c -> c.amis().bake(c.image()).userData(bytes(16_386))),
        new Rule("gp3 IOPS per GiB above the baseline", "iops", "500 per GiB",
            c -> launch(c, volume(VolumeType.GP3, 10, 5_000, null)),
            c -> c.amis().launch(c.image()).blockDevice(volume(VolumeType.GP3, 10, 5_001, null))),
        new Rule("gp3 IOPS at the baseline on a small volume", "iops", "500 per GiB",
            c -> launch(c, volume(VolumeType.GP3, 1, 3_000, null)),
            c -> c.amis().launch(c.image()).blockDevice(volume(VolumeType.GP3, 1, 3_001, null))),
        new Rule("gp3 throughput per default IOPS", "throughput", "0.25 MiB/s per IOPS",
            c -> launch(c, volume(VolumeType.GP3, 100, null, 750)),
            c -> c.amis().launch(c.image()).blockDevice(volume(VolumeType.GP3, 100, null, 751))),
        new Rule("gp3 throughput per provisioned IOPS", "throughput", "0.25 MiB/s per IOPS",
            c -> launch(c, volume(VolumeType.GP3, 100, 8_000, 2_000)),
            c -> c.amis().launch(c.image()).blockDevice(volume(VolumeType.GP3, 100, 7_999, 2_000))),
        new Rule("io1 IOPS per GiB", "iops", "50 per GiB",
            c -> launch(c, volume(VolumeType.IO1, 10, 500, null)),
            c -> c.amis().launch(c.image()).blockDevice(volume(VolumeType.IO1, 10, 501, null))),
        new Rule("io2 IOPS per GiB", "iops", "1000 per GiB",
            c -> launch(c, volume(VolumeType.IO2, 10, 10_000, null)),
            c -> c.amis().launch(c.image()).blockDevice(volume(VolumeType.IO2, 10, 10_001, null))),
        new Rule("ratios in a bake's block devices", "iops", "500 per GiB",
            c -> c.amis().bake(c.image()).blockDevice(volume(VolumeType.GP3, 10, 5_000, null)),
            c -> c.amis().bake(c.image()).blockDevice(volume(VolumeType.GP3, 10, 5_001, null))),
        new Rule("tags(id).remove: an aws: key", "tag key", "aws:",
            c -> allowed(c.amis().tags(c.image()).remove("aws-owned").dryRun()),
            c -> c.amis().tags(c.image()).remove("aws:cloudformation:stack-name")),
        new Rule("tags(id).remove: an empty key", "tag key", "1 to 128",
            c -> allowed(c.amis().tags(c.image()).remove("e").dryRun()),
            c -> c.amis().tags(c.image()).remove("")),
        new Rule("tagImages().remove: an aws: key", "tag key", "aws:",
            c -> allowed(c.amis().tagImages(List.of(c.image())).remove("AWS-like").dryRun()),
            c -> c.amis().tagImages(List.of(c.image())).remove("AWS:Name")),
        new Rule("a copy's description", "description", "at most 255",
            c -> allowed(c.amis().copy(c.image()).to(WEST).description("d".repeat(255)).dryRun()),
            c -> c.amis().copy(c.image()).to(WEST).description("d".repeat(256)).dryRun()),
        new Rule("sharing entities per image", "launchPermissions", "at most 1000",
            c -> allowed(c.amis().sharing(c.image()).grant(accounts(1_000).toArray(new LaunchPermission[0])).dryRun()),
            c -> c.amis().sharing(c.image()).grant(accounts(1_001).toArray(new LaunchPermission[0])).apply()),
        new Rule("subnet id shape", "subnetId", "'subnet-' followed by 8 or 17",
            c -> allowed(c.amis().launch(c.image()).subnet("subnet-0abc1234").dryRun()),
            c -> c.amis().launch(c.image()).subnet("subnet-0abc")),
        new Rule("security group id shape", "securityGroupId", "'sg-' followed by 8 or 17",
            c -> allowed(c.amis().launch(c.image()).securityGroups("sg-0123456789abcdef0").dryRun()),
            c -> c.amis().launch(c.image()).securityGroups("sg-0123456789abcdef0", "default")),
        new Rule("bake subnet id shape", "subnetId", "'subnet-' followed by 8 or 17",
            c -> c.amis().bake(c.image()).subnet("subnet-0123456789abcdef0"),
            c -> c.amis().bake(c.image()).subnet("subnet-XYZ12345")),
        new Rule("key pair name", "keyName", "printable ASCII",
            c -> allowed(c.amis().launch(c.image()).keyName("ops key 2026").dryRun()),
            c -> c.amis().launch(c.image()).keyName("clé")),
        new Rule("instance profile", "iamInstanceProfile", "instance profile name",
            c -> allowed(c.amis().launch(c.image()).iamInstanceProfile(
                "arn:aws:iam::123456789012:instance-profile/web").dryRun()),
            c -> c.amis().launch(c.image()).iamInstanceProfile("web builder")));
  }

  /** A client over the world whose remote calls are counted. */
  private static AmiClient counted(FakeEc2 world, AtomicInteger calls) {
    AmiProvider real = world.provider();
    AmiProvider counting = (AmiProvider) Proxy.newProxyInstance(AmiProvider.class.getClassLoader(),
        new Class<?>[] {AmiProvider.class}, (proxy, method, args) -> {
          if (!LOCAL.contains(method.getName())) {
            calls.incrementAndGet();
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    return world.clientBuilder().provider(counting).build();
  }

  private static Ctx setup(AmiClient amis, FakeEc2 world, AmiClient counted) {
    SnapshotId snap = world.createSnapshot(FakeEc2.DEFAULT_ACCOUNT, Region.of("us-east-1"), 8);
    Image image = amis.register().fromSnapshot(snap).named("validation-rules").architecture(Architecture.X86_64)
        .rootDevice("/dev/xvda").submit().await();
    InstanceId instance = amis.launch(image.id()).submit().await().get(0).instance().id();
    return new Ctx(counted, image.id(), instance);
  }

  @ParameterizedTest(name = "{0}: a value inside the rule is accepted")
  @MethodSource("rules")
  void aValueInsideTheRuleIsAccepted(Rule rule, AmiClient amis, FakeEc2 world) {
    AtomicInteger calls = new AtomicInteger();
    try (AmiClient client = counted(world, calls)) {
      rule.inside().accept(setup(amis, world, client));
    }
  }

  @ParameterizedTest(name = "{0}: a value outside is refused before any remote call")
  @MethodSource("rules")
  void aValueOutsideIsRefusedBeforeAnyRemoteCall(Rule rule, AmiClient amis, FakeEc2 world) {
    AtomicInteger calls = new AtomicInteger();
    try (AmiClient client = counted(world, calls)) {
      Ctx c = setup(amis, world, client);
      int mark = world.mutations().size();

      AmiValidationException e = catchThrowableOfType(() -> rule.outside().accept(c), AmiValidationException.class);

      assertThat(e).as("refused").isNotNull();
      assertThat(e.field()).isEqualTo(rule.field());
      assertThat(e.getMessage()).contains(rule.ruleWords());
      assertThat(calls.get()).as("remote calls").isZero();
      assertThat(world.mutations().since(mark)).isEmpty();
    }
  }

  static Stream<Arguments> nullEntryPoints() {
    return Stream.<Arguments>of(
        nulls("tags(id).add(null, v)", "tag key", c -> c.amis().tags(c.image()).add(null, "v")),
        nulls("tags(id).add(k, null)", "tag value", c -> c.amis().tags(c.image()).add("k", null)),
        nulls("tags(id).add(null map)", "tags", c -> c.amis().tags(c.image()).add((Map<String, String>) null)),
        nulls("tags(id).remove(null)", "tag keys", c -> c.amis().tags(c.image()).remove((String) null)),
        nulls("tagImages().add(null, v)", "tag key", c -> c.amis().tagImages(List.of(c.image())).add(null, "v")),
        nulls("tagImages().remove(null)", "tag keys", c -> c.amis().tagImages(List.of(c.image())).remove((String) null)),
        nulls("launch().tag(null, v)", "tag key", c -> c.amis().launch(c.image()).tag(null, "v")),
        nulls("launch().tag(k, null)", "tag value", c -> c.amis().launch(c.image()).tag("k", null)),
        nulls("create().tag(null, v)", "tag key", c -> c.amis().create().fromInstance(c.instance()).tag(null, "v")),
        nulls("create().tags(null)", "tags", c -> c.amis().create().fromInstance(c.instance()).tags(null)),
        nulls("create().snapshotTag(k, null)", "tag value",
            c -> c.amis().create().fromInstance(c.instance()).snapshotTag("k", null)),
        nulls("create().named(null)", "name", c -> c.amis().create().fromInstance(c.instance()).named(null)),
        nulls("register().tag(k, null)", "tag value",
            c -> c.amis().register().fromSnapshot(SnapshotId.of("snap-0123456789abcdef0")).tag("k", null)),
        nulls("copy().tag(null, v)", "tag key", c -> c.amis().copy(c.image()).tag(null, "v")),
        nulls("bake().tag(null, v)", "tag key", c -> c.amis().bake(c.image()).tag(null, "v")),
        nulls("images().query().tagged(null)", "tag key", c -> c.amis().images().query().tagged(null, "v")),
        nulls("images().query().tagged(k, null)", "filter tag:k",
            c -> c.amis().images().query().tagged("k", (String) null)),
        nulls("images().query().withTagKey(null)", "filter tag-key",
            c -> c.amis().images().query().withTagKey((String) null)),
        nulls("sharing().grant(null array)", "launchPermissions",
            c -> c.amis().sharing(c.image()).grant((LaunchPermission[]) null)),
        nulls("launch().securityGroups(null)", "securityGroupIds",
            c -> c.amis().launch(c.image()).securityGroups((String) null)));
  }

  private static Arguments nulls(String name, String field, Consumer<Ctx> call) {
    return Arguments.of(name, field, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullEntryPoints")
  void nullIsAValidationErrorNamingTheFieldAtEveryEntryPoint(String name, String field, Consumer<Ctx> call,
      AmiClient amis, FakeEc2 world) {
    AtomicInteger calls = new AtomicInteger();
    try (AmiClient client = counted(world, calls)) {
      Ctx c = setup(amis, world, client);
      AmiValidationException e = catchThrowableOfType(() -> call.accept(c), AmiValidationException.class);
      assertThat(e).as("%s answers AmiValidationException, not NullPointerException", name).isNotNull();
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).contains("must be given");
      assertThat(calls.get()).as("remote calls").isZero();
    }
  }
}
