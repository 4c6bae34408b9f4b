package io.ami4j.testkit.fault;

import static io.ami4j.testkit.fault.Requests.CALL;
import static io.ami4j.testkit.fault.Requests.IMAGE;
import static io.ami4j.testkit.fault.Requests.INSTANCE;
import static io.ami4j.testkit.fault.Requests.SNAPSHOT;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.ImageQuery;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Ec2Action;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.SnapshotQuery;
import io.ami4j.testkit.time.VirtualClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each SPI method is counted as exactly one call of the EC2 action its {@code @Ec2Call} mark names,
 * takes a token of that action's bucket, and reaches the backend once.
 */
class FaultingProviderMappingTest {

  static Stream<Arguments> methods() {
    return Stream.of(
        m("callerAccount", p -> p.callerAccount(CALL)),
        m("describeImages", p -> p.describeImages(CALL, ImageQuery.all(), PageRequest.first())),
        m("createImage", p -> p.createImage(CALL, Requests.create())),
        m("registerImage", p -> p.registerImage(CALL, Requests.register())),
        m("copyImage", p -> p.copyImage(CALL, Requests.copy())),
        m("deregisterImage", p -> p.deregisterImage(CALL, IMAGE, true)),
        m("describeLaunchPermissions", p -> p.describeLaunchPermissions(CALL, IMAGE)),
        m("modifyLaunchPermissions", p -> p.modifyLaunchPermissions(CALL, IMAGE, List.of(), List.of())),
        m("resetLaunchPermissions", p -> p.resetLaunchPermissions(CALL, IMAGE)),
        m("cancelImageLaunchPermission", p -> p.cancelImageLaunchPermission(CALL, IMAGE)),
        m("modifyImageDescription", p -> p.modifyImageDescription(CALL, IMAGE, "d")),
        m("enableImageDeprecation", p -> p.enableImageDeprecation(CALL, IMAGE, Instant.parse("2027-01-01T00:00:00Z"))),
        m("disableImageDeprecation", p -> p.disableImageDeprecation(CALL, IMAGE)),
        m("enableDeregistrationProtection", p -> p.enableDeregistrationProtection(CALL, IMAGE, true)),
        m("disableDeregistrationProtection", p -> p.disableDeregistrationProtection(CALL, IMAGE)),
        m("disableImage", p -> p.disableImage(CALL, IMAGE)),
        m("enableImage", p -> p.enableImage(CALL, IMAGE)),
        m("listImagesInRecycleBin", p -> p.listImagesInRecycleBin(CALL, List.of(), PageRequest.first())),
        m("restoreImageFromRecycleBin", p -> p.restoreImageFromRecycleBin(CALL, IMAGE)),
        m("describeImageReferences", p -> p.describeImageReferences(CALL, List.of(IMAGE), PageRequest.first())),
        m("getImageBlockPublicAccessState", p -> p.getImageBlockPublicAccessState(CALL)),
        m("enableImageBlockPublicAccess", p -> p.enableImageBlockPublicAccess(CALL)),
        m("disableImageBlockPublicAccess", p -> p.disableImageBlockPublicAccess(CALL)),
        m("describeSnapshots", p -> p.describeSnapshots(CALL, SnapshotQuery.byIds(List.of(SNAPSHOT)), PageRequest.first())),
        m("deleteSnapshot", p -> p.deleteSnapshot(CALL, SNAPSHOT)),
        m("describeVolumePermissions", p -> p.describeVolumePermissions(CALL, SNAPSHOT)),
        m("modifyVolumePermissions", p -> p.modifyVolumePermissions(CALL, SNAPSHOT, List.of(), List.of())),
        m("runInstances", p -> p.runInstances(CALL, Requests.run(IMAGE))),
        m("describeInstances", p -> p.describeInstances(CALL, InstanceQuery.byIds(List.of(INSTANCE)), PageRequest.first())),
        m("terminateInstances", p -> p.terminateInstances(CALL, List.of(INSTANCE))),
        m("createTags", p -> p.createTags(CALL, List.of(IMAGE, SNAPSHOT), Map.of("k", "v"))),
        m("deleteTags", p -> p.deleteTags(CALL, List.of(IMAGE), List.of("k"))),
        m("describeKey", p -> p.describeKey(CALL, io.ami4j.model.KmsKey.AWS_MANAGED_EBS)),
        m("getParameter", p -> p.getParameter(CALL, "/aws/service/x")),
        m("getParametersByPath", p -> p.getParametersByPath(CALL, "/aws/service", PageRequest.first())));
  }

  /** A method, the action its mark names, and a call of it. */
  private static Arguments m(String method, Consumer<FaultingProvider> invoke) {
    Method m = Arrays.stream(AmiProvider.class.getMethods()).filter(x -> x.getName().equals(method)).findFirst()
        .orElseThrow();
    return Arguments.of(method, Ec2Action.of(m).orElseThrow(), invoke);
  }

  @Test
  void everyRemoteMethodIsListedHere() {
    assertThat(methods().map(a -> (String) a.get()[0]))
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(AmiProvider.class.getMethods())
            .filter(x -> Ec2Action.of(x).isPresent()).map(Method::getName).collect(Collectors.toList()));
  }

  @ParameterizedTest(name = "{0} is one {1}")
  @MethodSource("methods")
  void eachMethodIsOneCallOfItsAction(String method, Ec2Action action, Consumer<FaultingProvider> invoke) {
    RecordingProvider backend = new RecordingProvider();
    FaultingProvider provider = FaultingProvider.wrap(backend.provider(), FaultPlan.none(),
        VirtualClock.startingAt(Instant.parse("2026-01-01T00:00:00Z")));

    invoke.accept(provider);

    assertThat(backend.calls).containsExactly(method);
    assertThat(provider.stats().callsByAction()).containsExactly(Map.entry(action, 1L));
    assertThat(provider.stats().totalCalls()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} is throttled by the {1} bucket")
  @MethodSource("methods")
  void eachMethodTakesATokenOfItsActionsBucket(String method, Ec2Action action, Consumer<FaultingProvider> invoke) {
    RecordingProvider backend = new RecordingProvider();
    // Only the action's own bucket is empty after one call; every other bucket stays full.
    io.ami4j.spi.RateLimits limits = io.ami4j.spi.RateLimits.unlimited().with(action.bucket(), 1, 1e-3);
    FaultingProvider provider = FaultingProvider.wrap(backend.provider(), FaultPlan.builder().throttling(limits).build(),
        VirtualClock.startingAt(Instant.parse("2026-01-01T00:00:00Z")));

    invoke.accept(provider);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> invoke.accept(provider))
        .isInstanceOf(io.ami4j.AmiThrottledException.class);

    assertThat(backend.calls).containsExactly(method);
    assertThat(provider.stats().throttledAnswers(action)).isEqualTo(1);
  }
}
