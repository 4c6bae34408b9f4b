package io.ami4j.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each remote method of the SPI says its action once, on the capability that declares it. */
class Ec2CallMarksTest {
  private static final Set<String> LOCAL = Set.of("id", "close");

  /** An implementation's method carries no mark of its own. */
  abstract static class Partial implements AmiProvider {
    @Override
    public Page<io.ami4j.model.Image> describeImages(Call call, io.ami4j.model.ImageQuery query, PageRequest page) {
      return Page.last(List.of());
    }
  }

  private static List<Method> spiMethods() {
    return Arrays.stream(AmiProvider.class.getMethods()).filter(m -> !Modifier.isStatic(m.getModifiers()))
        .collect(Collectors.toList());
  }

  @Test
  void everyMethodButIdAndCloseIsMarkedWithItsAction() {
    for (Method m : spiMethods()) {
      assertThat(Ec2Action.of(m).isPresent()).as(m.getName()).isEqualTo(!LOCAL.contains(m.getName()));
    }
  }

  /**
   * Where a method's name is not EC2's (or STS's) action name, the action it is: written out here,
   * so that a wrong mark cannot hide behind a test that reads the marks themselves.
   */
  private static final Map<String, String> NAMED_OTHERWISE = Map.of(
      "callerAccount", "GetCallerIdentity",
      "modifyImageDescription", "ModifyImageAttribute",
      "enableDeregistrationProtection", "EnableImageDeregistrationProtection",
      "disableDeregistrationProtection", "DisableImageDeregistrationProtection",
      "describeLaunchPermissions", "DescribeImageAttribute",
      "modifyLaunchPermissions", "ModifyImageAttribute",
      "resetLaunchPermissions", "ResetImageAttribute",
      "describeVolumePermissions", "DescribeSnapshotAttribute",
      "modifyVolumePermissions", "ModifySnapshotAttribute");

  @Test
  void eachMarkIsTheActionTheMethodNames() {
    for (Method m : spiMethods()) {
      if (LOCAL.contains(m.getName())) {
        continue;
      }
      String name = m.getName();
      String expected = NAMED_OTHERWISE.getOrDefault(name, Character.toUpperCase(name.charAt(0)) + name.substring(1));
      assertThat(Ec2Action.of(m).orElseThrow().wireName()).as(name).isEqualTo(expected);
    }
  }

  @Test
  void amiProviderIsTheCapabilitiesAndDeclaresNoRemoteCallItself() {
    assertThat(AmiProvider.class.getInterfaces()).contains(ImageCalls.class, SharingCalls.class,
        RetirementCalls.class, SnapshotCalls.class, InstanceCalls.class, TagCalls.class, ParameterCalls.class,
        IdentityCalls.class);
    assertThat(Arrays.stream(AmiProvider.class.getDeclaredMethods()).map(Method::getName))
        .containsExactlyInAnyOrder("id", "close");
    assertThat(spiMethods().stream().filter(m -> Ec2Action.of(m).isPresent())).hasSize(35);
  }

  @Test
  void anImplementationsMethodIsReadThroughTheInterfaceItImplements() throws Exception {
    Method impl = Partial.class.getMethod("describeImages", Call.class, io.ami4j.model.ImageQuery.class,
        PageRequest.class);
    assertThat(Ec2Action.of(impl)).contains(Ec2Action.DESCRIBE_IMAGES);
    assertThat(Ec2Action.of(Object.class.getMethod("toString"))).isEmpty();
    assertThat(Ec2Action.of(Clock.class.getMethod("instant"))).isEmpty();
  }

  @Test
  void describingActionsDoNotMutateAndTheOthersDo() {
    assertThat(Ec2Action.DESCRIBE_IMAGES.mutating()).isFalse();
    assertThat(Ec2Action.GET_PARAMETER.mutating()).isFalse();
    assertThat(Ec2Action.GET_CALLER_IDENTITY.mutating()).isFalse();
    assertThat(Ec2Action.CREATE_TAGS.mutating()).isTrue();
    assertThat(Ec2Action.DEREGISTER_IMAGE.mutating()).isTrue();
    assertThat(Ec2Action.RUN_INSTANCES.mutating()).isTrue();
  }
}
