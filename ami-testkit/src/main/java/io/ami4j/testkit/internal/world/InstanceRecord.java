package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.Architecture;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.InstanceState;
import io.ami4j.model.ProductCode;
import io.ami4j.model.RootDeviceType;
import io.ami4j.model.StateReason;
import io.ami4j.testkit.Timing;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One instance as the world keeps it. Transitions are scheduled ({@link #nextState} at
 * {@link #nextAt}) and applied through {@link InstanceState#moveTo} when the instance is read, so
 * it follows EC2's state machine on the world's clock without threads.
 */
final class InstanceRecord {
  final InstanceId id;
  final AccountId owner;
  final ImageId imageId;
  final String instanceType;
  final Instant launchTime;
  final Architecture architecture;
  final String platform;
  final RootDeviceType rootDeviceType;
  final String privateIp;
  final String privateDns;
  final String publicIp;
  final String publicDns;
  final String keyName;
  final String subnetId;
  final List<String> securityGroupIds;
  final List<ProductCode> productCodes;
  /** The volumes, as mappings with their sizes resolved (what CreateImage snapshots). */
  final List<BlockDeviceMapping> volumes;
  final boolean runsUserData;
  final boolean userDataFails;
  InstanceState state = InstanceState.PENDING;
  StateReason stateReason;
  InstanceState nextState;
  Instant nextAt;

  InstanceRecord(InstanceId id, AccountId owner, ImageId imageId, String instanceType, Instant launchTime,
      Architecture architecture, String platform, RootDeviceType rootDeviceType, String[] addresses,
      String keyName, String subnetId, List<String> securityGroupIds, List<ProductCode> productCodes,
      List<BlockDeviceMapping> volumes, boolean runsUserData, boolean userDataFails) {
    this.id = id;
    this.owner = owner;
    this.imageId = imageId;
    this.instanceType = instanceType;
    this.launchTime = launchTime;
    this.architecture = architecture;
    this.platform = platform;
    this.rootDeviceType = rootDeviceType;
    this.privateIp = addresses[0];
    this.privateDns = addresses[1];
    this.publicIp = addresses[2];
    this.publicDns = addresses[3];
    this.keyName = keyName;
    this.subnetId = subnetId;
    this.securityGroupIds = List.copyOf(securityGroupIds);
    this.productCodes = List.copyOf(productCodes);
    this.volumes = List.copyOf(volumes);
    this.runsUserData = runsUserData;
    this.userDataFails = userDataFails;
  }

  void schedule(InstanceState state, Instant at) {
    this.nextState = state;
    this.nextAt = at;
  }

  /** Applies every transition due by {@code now}. */
  void settle(Instant now, Timing timing) {
    while (nextAt != null && !now.isBefore(nextAt)) {
      Instant at = nextAt;
      state = state.moveTo("instance " + id, nextState);
      nextState = null;
      nextAt = null;
      switch (state) {
        case RUNNING:
          // A bake's user data ends by shutting the instance down; a failing script never does.
          if (runsUserData && !userDataFails) {
            schedule(InstanceState.STOPPING, at.plus(timing.userDataRunTime()));
          }
          break;
        case STOPPING:
          if (stateReason == null) {
            stateReason = StateReason.of("Client.InstanceInitiatedShutdown",
                "Client.InstanceInitiatedShutdown: Instance initiated shutdown");
          }
          schedule(InstanceState.STOPPED, at.plus(timing.instanceStopping()));
          break;
        case SHUTTING_DOWN:
          schedule(InstanceState.TERMINATED, at.plus(timing.instanceShuttingDown()));
          break;
        default:
          break;
      }
    }
  }

  /** Starts termination now; a no-op for an instance already shutting down or terminated. */
  void terminate(Instant now, Timing timing) {
    if (state == InstanceState.SHUTTING_DOWN || state == InstanceState.TERMINATED) {
      return;
    }
    state = state.moveTo("instance " + id, InstanceState.SHUTTING_DOWN);
    stateReason = StateReason.of("Client.UserInitiatedShutdown",
        "Client.UserInitiatedShutdown: User initiated shutdown");
    schedule(InstanceState.TERMINATED, now.plus(timing.instanceShuttingDown()));
  }

  Instance view(Map<String, String> tags) {
    boolean hasPublic = state == InstanceState.RUNNING || state == InstanceState.PENDING;
    return Instance.builder()
        .id(id)
        .imageId(imageId)
        .state(state)
        .instanceType(instanceType)
        .launchTime(launchTime)
        .architecture(architecture)
        .platform(platform)
        .rootDeviceType(rootDeviceType)
        .privateIpAddress(state == InstanceState.TERMINATED ? null : privateIp)
        .privateDnsName(state == InstanceState.TERMINATED ? null : privateDns)
        .publicIpAddress(hasPublic ? publicIp : null)
        .publicDnsName(hasPublic ? publicDns : null)
        .keyName(keyName)
        .subnetId(subnetId)
        .securityGroupIds(securityGroupIds)
        .productCodes(productCodes)
        .stateReason(stateReason)
        .tags(tags)
        .build();
  }
}
