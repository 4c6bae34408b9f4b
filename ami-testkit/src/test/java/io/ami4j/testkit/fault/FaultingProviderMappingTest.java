package io.ami4j.testkit.fault;

import static io.ami4j.testkit.fault.Requests.CALL;
import static io.ami4j.testkit.fault.Requests.IMAGE;
import static io.ami4j.testkit.fault.Requests.INSTANCE;
import static io.ami4j.testkit.fault.Requests.SNAPSHOT;
import static org.assertj.core.api.Assertions.assertThat;

import io.ami4j.model.ImageQuery;
import io.ami4j.spi.Ec2Action;
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

/** Each SPI method is counted as exactly one call of its EC2 action and reaches the backend once. */
class FaultingProviderMappingTest {

  static Stream<Arguments> methods() {
    return Stream.of(
        m("callerAccount", Ec2Action.GET_CALLER_IDENTITY, p -> p.callerAccount(CALL)),
        m("describeImages", Ec2Action.DESCRIBE_IMAGES, p -> p.describeImages(CALL, ImageQuery.all(), PageRequest.first())),
        m("createImage", Ec2Action.CREATE_IMAGE, p -> p.createImage(CALL, Requests.create())),
        m("registerImage", Ec2Action.REGISTER_IMAGE, p -> p.registerImage(CALL, Requests.register())),
        m("copyImage", Ec2Action.COPY_IMAGE, p -> p.copyImage(CALL, Requests.copy())),
        m("deregisterImage", Ec2Action.DEREGISTER_IMAGE, p -> p.deregisterImage(CALL, IMAGE, true)),
        m("describeLaunchPermissions", Ec2Action.DESCRIBE_IMAGE_ATTRIBUTE, p -> p.describeLaunchPermissions(CALL, IMAGE)),
        m("modifyLaunchPermissions", Ec2Action.MODIFY_IMAGE_ATTRIBUTE,
            p -> p.modifyLaunchPermissions(CALL, IMAGE, List.of(), List.of())),
        m("resetLaunchPermissions", Ec2Action.RESET_IMAGE_ATTRIBUTE, p -> p.resetLaunchPermissions(CALL, IMAGE)),
        m("cancelImageLaunchPermission", Ec2Action.CANCEL_IMAGE_LAUNCH_PERMISSION,
            p -> p.cancelImageLaunchPermission(CALL, IMAGE)),
        m("modifyImageDescription", Ec2Action.MODIFY_IMAGE_ATTRIBUTE, p -> p.modifyImageDescription(CALL, IMAGE, "d")),
        m("enableImageDeprecation", Ec2Action.ENABLE_IMAGE_DEPRECATION,
            p -> p.enableImageDeprecation(CALL, IMAGE, Instant.parse("2027-01-01T00:00:00Z"))),
        m("disableImageDeprecation", Ec2Action.DISABLE_IMAGE_DEPRECATION, p -> p.disableImageDeprecation(CALL, IMAGE)),
        m("enableDeregistrationProtection", Ec2Action.ENABLE_IMAGE_DEREGISTRATION_PROTECTION,
            p -> p.enableDeregistrationProtection(CALL, IMAGE, true)),
        m("disableDeregistrationProtection", Ec2Action.DISABLE_IMAGE_DEREGISTRATION_PROTECTION,
            p -> p.disableDeregistrationProtection(CALL, IMAGE)),
        m("disableImage", Ec2Action.DISABLE_IMAGE, p -> p.disableImage(CALL, IMAGE)),
        m("enableImage", Ec2Action.ENABLE_IMAGE, p -> p.enableImage(CALL, IMAGE)),
        m("listImagesInRecycleBin", Ec2Action.LIST_IMAGES_IN_RECYCLE_BIN,
            p -> p.listImagesInRecycleBin(CALL, List.of(), PageRequest.first())),
        m("restoreImageFromRecycleBin", Ec2Action.RESTORE_IMAGE_FROM_RECYCLE_BIN,
            p -> p.restoreImageFromRecycleBin(CALL, IMAGE)),
        m("describeImageReferences", Ec2Action.DESCRIBE_IMAGE_REFERENCES,
            p -> p.describeImageReferences(CALL, List.of(IMAGE), PageRequest.first())),
        m("getImageBlockPublicAccessState", Ec2Action.GET_IMAGE_BLOCK_PUBLIC_ACCESS_STATE,
            p -> p.getImageBlockPublicAccessState(CALL)),
        m("enableImageBlockPublicAccess", Ec2Action.ENABLE_IMAGE_BLOCK_PUBLIC_ACCESS,
            p -> p.enableImageBlockPublicAccess(CALL)),
        m("disableImageBlockPublicAccess", Ec2Action.DISABLE_IMAGE_BLOCK_PUBLIC_ACCESS,
            p -> p.disableImageBlockPublicAccess(CALL)),
        m("describeSnapshots", Ec2Action.DESCRIBE_SNAPSHOTS,
            p -> p.describeSnapshots(CALL, SnapshotQuery.byIds(List.of(SNAPSHOT)), PageRequest.first())),
        m("deleteSnapshot", Ec2Action.DELETE_SNAPSHOT, p -> p.deleteSnapshot(CALL, SNAPSHOT)),
        m("describeVolumePermissions", Ec2Action.DESCRIBE_SNAPSHOT_ATTRIBUTE,
            p -> p.describeVolumePermissions(CALL, SNAPSHOT)),
        m("modifyVolumePermissions", Ec2Action.MODIFY_SNAPSHOT_ATTRIBUTE,
            p -> p.modifyVolumePermissions(CALL, SNAPSHOT, List.of(), List.of())),
        m("runInstances", Ec2Action.RUN_INSTANCES, p -> p.runInstances(CALL, Requests.run(IMAGE))),
        m("describeInstances", Ec2Action.DESCRIBE_INSTANCES,
            p -> p.describeInstances(CALL, InstanceQuery.byIds(List.of(INSTANCE)), PageRequest.first())),
        m("terminateInstances", Ec2Action.TERMINATE_INSTANCES, p -> p.terminateInstances(CALL, List.of(INSTANCE))),
        m("createTags", Ec2Action.CREATE_TAGS, p -> p.createTags(CALL, List.of(IMAGE, SNAPSHOT), Map.of("k", "v"))),
        m("deleteTags", Ec2Action.DELETE_TAGS, p -> p.deleteTags(CALL, List.of(IMAGE), List.of("k"))),
        m("describeKey", Ec2Action.DESCRIBE_KEY, p -> p.describeKey(CALL, io.ami4j.model.KmsKey.AWS_MANAGED_EBS)),
        m("getParameter", Ec2Action.GET_PARAMETER, p -> p.getParameter(CALL, "/aws/service/x")),
        m("getParametersByPath", Ec2Action.GET_PARAMETERS_BY_PATH,
            p -> p.getParametersByPath(CALL, "/aws/service", PageRequest.first())));
  }

  private static Arguments m(String method, Ec2Action action, Consumer<FaultingProvider> invoke) {
    return Arguments.of(method, action, invoke);
  }

  @ParameterizedTest(name = "{0} is one {1}")
  @MethodSource("methods")
  void eachMethodIsOneCallOfItsAction(String method, Ec2Action action, Consumer<FaultingProvider> invoke) {
    RecordingProvider backend = new RecordingProvider();
    FaultingProvider provider = FaultingProvider.wrap(backend, FaultPlan.none(),
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
    FaultingProvider provider = FaultingProvider.wrap(backend, FaultPlan.builder().throttling(limits).build(),
        VirtualClock.startingAt(Instant.parse("2026-01-01T00:00:00Z")));

    invoke.accept(provider);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> invoke.accept(provider))
        .isInstanceOf(io.ami4j.AmiThrottledException.class);

    assertThat(backend.calls).containsExactly(method);
    assertThat(provider.stats().throttledAnswers(action)).isEqualTo(1);
  }
}
