package io.ami4j.aws.internal.map;

import io.ami4j.AmiValidationException;
import io.ami4j.model.Architecture;
import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.InstanceState;
import io.ami4j.model.RootDeviceType;
import io.ami4j.model.StateReason;
import io.ami4j.spi.Page;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.Reservation;

/** An instance of RunInstances' or DescribeInstances' {@code instancesSet} as ami4j's {@link Instance}. */
public final class InstanceMapper {
  private InstanceMapper() {}

  /**
   * Maps instances, leaving out (with a warning) any ami4j cannot hold.
   *
   * @param instances the SDK's
   * @return ami4j's
   */
  public static List<Instance> fromSdk(List<software.amazon.awssdk.services.ec2.model.Instance> instances) {
    return Lenient.mapAll("instance", instances, software.amazon.awssdk.services.ec2.model.Instance::instanceId,
        InstanceMapper::fromSdk);
  }

  /**
   * Maps the instances of DescribeInstances' reservations, in order.
   *
   * @param reservations the SDK's reservations, or {@code null}
   * @return ami4j's instances
   */
  public static List<Instance> fromReservations(List<Reservation> reservations) {
    return fromSdk(instances(reservations));
  }

  /**
   * Maps a page of DescribeInstances, naming any instance ami4j cannot hold in the page's
   * {@link Page#unmapped()}.
   *
   * @param reservations the SDK's reservations, or {@code null}
   * @param nextToken the answer's next token
   * @return ami4j's page
   */
  public static Page<Instance> page(List<Reservation> reservations, String nextToken) {
    return Lenient.page("instance", instances(reservations), software.amazon.awssdk.services.ec2.model.Instance::instanceId,
        InstanceMapper::fromSdk, nextToken);
  }

  private static List<software.amazon.awssdk.services.ec2.model.Instance> instances(List<Reservation> reservations) {
    if (reservations == null) {
      return List.of();
    }
    return reservations.stream().flatMap(r -> r.instances().stream()).collect(Collectors.toList());
  }

  private static Instance fromSdk(software.amazon.awssdk.services.ec2.model.Instance i) {
    if (i.state() == null || i.launchTime() == null) {
      throw new AmiValidationException("instance", (Object) i.instanceId(), "must have a state and a launch time");
    }
    Instance.Builder b = Instance.builder();
    b.id(InstanceId.of(i.instanceId()))
        .imageId(ImageId.of(i.imageId()))
        .state(WireEnums.required(InstanceState.class, "state", i.state().nameAsString(), b::putUnknownValues))
        .instanceType(i.instanceTypeAsString())
        .launchTime(i.launchTime())
        .architecture(WireEnums.optional(Architecture.class, "architecture", i.architectureAsString(), b::putUnknownValues))
        .platform(Optional.ofNullable(i.platformAsString()))
        .rootDeviceType(WireEnums.optional(RootDeviceType.class, "rootDeviceType", i.rootDeviceTypeAsString(),
            b::putUnknownValues))
        .privateIpAddress(nonEmpty(i.privateIpAddress()))
        .privateDnsName(nonEmpty(i.privateDnsName()))
        .publicIpAddress(nonEmpty(i.publicIpAddress()))
        .publicDnsName(nonEmpty(i.publicDnsName()))
        .keyName(nonEmpty(i.keyName()))
        .subnetId(nonEmpty(i.subnetId()))
        .securityGroupIds(i.securityGroups().stream().map(GroupIdentifier::groupId).collect(Collectors.toList()))
        .productCodes(ImageMapper.productCodes(i.productCodes()))
        .tags(TagMapper.fromSdk(i.tags()));
    if (i.stateReason() != null && i.stateReason().code() != null) {
      b.stateReason(StateReason.of(i.stateReason().code(),
          i.stateReason().message() == null ? "" : i.stateReason().message()));
    }
    return b.build();
  }

  // EC2 writes empty elements (<dnsName/>) for addresses an instance does not have yet.
  private static Optional<String> nonEmpty(String value) {
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
