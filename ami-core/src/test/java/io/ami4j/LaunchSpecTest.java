package io.ami4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.doubles.Images;
import io.ami4j.doubles.ScriptedProvider;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.InstanceState;
import io.ami4j.model.StateReason;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Page;
import io.ami4j.spi.RunInstancesRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class LaunchSpecTest {
  private final ClientFixture f = new ClientFixture();
  private final Map<InstanceId, Instance> instances = new ConcurrentHashMap<>();

  LaunchSpecTest() {
    f.provider.always(Ec2Action.DESCRIBE_INSTANCES, inv -> Page.last(new ArrayList<>(instances.values())));
  }

  private Instance instance(int n, ImageId image, InstanceState state) {
    return Instance.builder().id(InstanceId.of(String.format("i-%017x", n))).imageId(image).state(state)
        .instanceType("t3.micro").launchTime(f.clock.instant()).keyName("ops")
        .publicDnsName("ec2-3-80-0-" + n + ".compute-1.amazonaws.com").privateIpAddress("10.0.0." + n).build();
  }

  /** RunInstances starts pending instances that run 40 seconds later. */
  private ScriptedProvider.Answer launches(ImageId image) {
    return inv -> {
      RunInstancesRequest req = inv.arg(0);
      List<Instance> started = new ArrayList<>();
      for (int i = 1; i <= req.count(); i++) {
        Instance x = instance(i, image, InstanceState.PENDING);
        instances.put(x.id(), x);
        started.add(x);
      }
      f.scheduler.schedule(() -> instances.replaceAll((id, x) -> Instance.builder().from(x)
          .state(InstanceState.RUNNING).build()), 40, java.util.concurrent.TimeUnit.SECONDS);
      return started;
    };
  }

  @Test
  void launchesAwaitsRunningAndTellsHowToConnectToAmazonLinux() {
    ImageId id = f.put(Images.available(Images.id(1), "al2023-ami-2023.6-x86_64", f.clock.instant())).id();
    f.provider.always(Ec2Action.RUN_INSTANCES, launches(id));

    List<LaunchedInstance> web = f.await(f.client.launch(id).instanceType("t3.small").count(2).subnet("subnet-0abc1234")
        .securityGroups("sg-0abc1234").keyName("ops").userData("#!/bin/sh\necho hi").iamInstanceProfile("web")
        .tag("env", "prod").submit());

    assertThat(web).hasSize(2);
    assertThat(web).allSatisfy(i -> assertThat(i.instance().state()).isEqualTo(InstanceState.RUNNING));
    assertThat(web.get(0).loginUser()).isEqualTo("ec2-user");
    assertThat(web.get(0).connectionHint()).isEqualTo("ssh -i ops.pem ec2-user@ec2-3-80-0-1.compute-1.amazonaws.com");
    RunInstancesRequest sent = f.provider.calls(Ec2Action.RUN_INSTANCES).get(0).arg(0);
    assertThat(sent.instanceType()).isEqualTo("t3.small");
    assertThat(sent.count()).isEqualTo(2);
    assertThat(sent.securityGroupIds()).containsExactly("sg-0abc1234");
    assertThat(sent.tags()).containsEntry("env", "prod");
    assertThat(sent.clientToken()).isPresent();
    assertThat(f.events).extracting(ProgressEvent::state).contains("requested", "pending", "running");
  }

  @Test
  void theImageIsDescribedWithDeprecatedAndDisabledImagesIncludedAsEveryVerbDoes() {
    ImageId id = f.put(Images.available(Images.id(7), "al2023-ami", f.clock.instant())).id();
    f.provider.always(Ec2Action.RUN_INSTANCES, launches(id));

    f.await(f.client.launch(id).submit());

    io.ami4j.model.ImageQuery asked = f.provider.calls(Ec2Action.DESCRIBE_IMAGES).get(0).arg(0);
    assertThat(asked.imageIds()).containsExactly(id);
    // A disabled image still has running instances to connect to: it must not be "not found".
    assertThat(asked.includeDisabled()).isTrue();
    assertThat(asked.includeDeprecated()).isTrue();
  }

  @Test
  void instancesNotVisibleRightAfterLaunchAreAwaitedNotFailed() {
    ImageId id = f.put(Images.available(Images.id(6), "al2023-ami", f.clock.instant())).id();
    f.provider.always(Ec2Action.RUN_INSTANCES, launches(id));
    f.provider.once(Ec2Action.DESCRIBE_INSTANCES, inv -> {
      throw new AmiNotFoundException("InvalidInstanceID.NotFound", "The instance ID does not exist", null);
    });
    List<LaunchedInstance> web = f.await(f.client.launch(id).submit());
    assertThat(web).singleElement().satisfies(i -> assertThat(i.instance().state()).isEqualTo(InstanceState.RUNNING));
  }

  @Test
  void ubuntuLogsInAsUbuntuAndWindowsOverRdpAsAdministrator() {
    ImageId ubuntu = f.put(Images.available(Images.id(2), "ubuntu/images/hvm-ssd/ubuntu-noble-24.04-amd64-server-2026",
        f.clock.instant())).id();
    f.provider.always(Ec2Action.RUN_INSTANCES, launches(ubuntu));
    LaunchedInstance u = f.await(f.client.launch(ubuntu).keyName("ops").submit()).get(0);
    assertThat(u.connectionHint()).startsWith("ssh -i ops.pem ubuntu@");

    instances.clear();
    ImageId windows = f.put(Image.builder(Images.available(Images.id(3), "Windows_Server-2022-English-Full-Base",
        f.clock.instant())).platform("windows").build()).id();
    f.provider.always(Ec2Action.RUN_INSTANCES, launches(windows));
    LaunchedInstance w = f.await(f.client.launch(windows).keyName("ops").submit()).get(0);
    assertThat(w.protocol()).isEqualTo(LaunchedInstance.Protocol.RDP);
    assertThat(w.loginUser()).isEqualTo("Administrator");
    assertThat(w.connectionHint()).startsWith("RDP to ec2-3-80-0-1.compute-1.amazonaws.com:3389 as Administrator")
        .contains("get-password-data");
  }

  @Test
  void aPaidImageWithoutSubscriptionFailsWithTheTypedOptInError() {
    ImageId paid = f.put(Images.available(Images.id(4), "vendor-appliance", f.clock.instant())).id();
    f.provider.always(Ec2Action.RUN_INSTANCES, ScriptedProvider.fail(new AmiOptInRequiredException("OptInRequired",
        "In order to use this AWS Marketplace product you need to accept terms and subscribe.", "req-o")));

    Pending<List<LaunchedInstance>> p = f.client.launch(paid).submit();
    f.scheduler.drive(p.completion().handle((v, e) -> v));

    assertThatThrownBy(p::await).isInstanceOf(AmiOptInRequiredException.class).hasMessageContaining("subscribe");
    assertThat(f.provider.count(Ec2Action.RUN_INSTANCES)).isEqualTo(1);
  }

  @Test
  void anInstanceThatTerminatesWhileLaunchingFailsWithItsReason() {
    ImageId id = f.put(Images.available(Images.id(5), "al2023-ami", f.clock.instant())).id();
    f.provider.always(Ec2Action.RUN_INSTANCES, inv -> {
      Instance x = instance(1, id, InstanceState.PENDING);
      instances.put(x.id(), x);
      f.scheduler.schedule(() -> instances.put(x.id(), Instance.builder().from(x).state(InstanceState.TERMINATED)
          .stateReason(StateReason.of("Server.InsufficientInstanceCapacity", "Insufficient capacity.")).build()),
          10, java.util.concurrent.TimeUnit.SECONDS);
      return List.of(x);
    });
    java.time.Instant start = f.clock.instant();
    Pending<List<LaunchedInstance>> p = f.client.launch(id).submit();
    f.scheduler.drive(p.completion().handle((v, e) -> v));
    // RunInstances had started the instance: the failure names it, the step's own error is the cause.
    assertThatThrownBy(p::await).isInstanceOf(AmiLaunchFailedException.class)
        .hasMessageContaining("Insufficient capacity").hasMessageContaining(instance(1, id, InstanceState.PENDING).id()
            .value()).hasCauseInstanceOf(AmiStateException.class);
    // Failed at the first poll that saw it, not at the deadline.
    assertThat(Duration.between(start, f.clock.instant())).isLessThan(Duration.ofMinutes(1));
  }
}
