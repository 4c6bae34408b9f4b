package io.ami4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiConflictException;
import io.ami4j.AmiException;
import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiOptInRequiredException;
import io.ami4j.model.Filter;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageReference;
import io.ami4j.model.ImageReferenceType;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.InstanceState;
import io.ami4j.model.Owner;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RunInstancesRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstancesTest extends WorldFixture {
  private Instance current(InstanceId id) {
    return ec2.describeInstances(east, InstanceQuery.byIds(List.of(id)), PageRequest.first()).items().get(0);
  }

  private RunInstancesRequest.Builder launch(ImageId image) {
    return RunInstancesRequest.builder().imageId(image).instanceType("t3.micro");
  }

  @Test
  void instancesFollowTheStateMachineOnTheClock() {
    Instance i = ec2.runInstances(east, launch(al2023()).putTags("role", "web").build()).get(0);
    assertThat(i.state()).isEqualTo(InstanceState.PENDING);
    world.clock().advance(world.timing().instancePending());
    assertThat(current(i.id()).state()).isEqualTo(InstanceState.RUNNING);
    ec2.terminateInstances(east, List.of(i.id()));
    assertThat(current(i.id()).state()).isEqualTo(InstanceState.SHUTTING_DOWN);
    assertThat(current(i.id()).stateReason().orElseThrow().code()).isEqualTo("Client.UserInitiatedShutdown");
    world.clock().advance(world.timing().instanceShuttingDown());
    assertThat(current(i.id()).state()).isEqualTo(InstanceState.TERMINATED);
    ec2.terminateInstances(east, List.of(i.id()));
    assertThat(current(i.id()).state()).isEqualTo(InstanceState.TERMINATED);
  }

  @Test
  void userDataRunsThenTheInstanceStopsItself() {
    Instance i = ec2.runInstances(east, launch(al2023()).userData("#!/bin/sh\nbake && shutdown -h now").build()).get(0);
    world.clock().advance(world.timing().instancePending().plus(world.timing().userDataRunTime()));
    assertThat(current(i.id()).state()).isEqualTo(InstanceState.STOPPING);
    world.clock().advance(world.timing().instanceStopping());
    assertThat(current(i.id()).state()).isEqualTo(InstanceState.STOPPED);
    assertThat(current(i.id()).stateReason().orElseThrow().code()).isEqualTo("Client.InstanceInitiatedShutdown");
  }

  @Test
  void failedUserDataLeavesTheInstanceRunning() {
    world.failNextUserData();
    Instance broken = ec2.runInstances(east, launch(al2023()).userData("exit 1").build()).get(0);
    Instance fine = ec2.runInstances(east, launch(al2023()).userData("true").build()).get(0);
    world.clock().advance(Duration.ofHours(1));
    assertThat(current(broken.id()).state()).isEqualTo(InstanceState.RUNNING);
    assertThat(current(fine.id()).state()).isEqualTo(InstanceState.STOPPED);
  }

  @Test
  void describeFiltersByImageStateAndTag() {
    ImageId ubuntu = list(ec2, east, ImageQuery.builder().addOwners(Owner.account(FakeEc2.CANONICAL))
        .name("ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-*").build()).get(0).id();
    Instance web = ec2.runInstances(east, launch(al2023()).putTags("role", "web").build()).get(0);
    Instance db = ec2.runInstances(east, launch(ubuntu).putTags("role", "db").build()).get(0);
    world.clock().advance(world.timing().instancePending());
    ec2.terminateInstances(east, List.of(db.id()));
    assertThat(ids(InstanceQuery.builder().addFilters(Filter.of("image-id", ubuntu.value())).build())).containsExactly(db.id());
    assertThat(ids(InstanceQuery.builder().addFilters(Filter.of("instance-state-name", "running")).build())).containsExactly(web.id());
    assertThat(ids(InstanceQuery.builder().addFilters(Filter.of("tag:role", "w*")).build())).containsExactly(web.id());
    assertThat(world.provider(ACCOUNT_B).describeInstances(east, InstanceQuery.builder().build(), PageRequest.first()).items()).isEmpty();
    assertThatThrownBy(() -> world.provider(ACCOUNT_B).describeInstances(east, InstanceQuery.byIds(List.of(web.id())), PageRequest.first()))
        .isInstanceOf(AmiNotFoundException.class)
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("InvalidInstanceID.NotFound"));
  }

  @Test
  void addressesAndDnsNamesLookReal() {
    Instance east1 = runningInstance();
    Instance running = current(east1.id());
    assertThat(running.privateIpAddress().orElseThrow()).matches("172\\.31\\.\\d{1,3}\\.\\d{1,3}");
    assertThat(running.privateDnsName().orElseThrow())
        .isEqualTo("ip-" + running.privateIpAddress().get().replace('.', '-') + ".ec2.internal");
    assertThat(running.publicDnsName().orElseThrow())
        .isEqualTo("ec2-" + running.publicIpAddress().orElseThrow().replace('.', '-') + ".compute-1.amazonaws.com");
    ImageId westAl = ImageId.of(ec2.getParameter(west, "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64")
        .orElseThrow().value());
    Instance inWest = ec2.runInstances(west, launch(westAl).build()).get(0);
    assertThat(inWest.privateDnsName().orElseThrow()).endsWith(".eu-west-1.compute.internal");
  }

  @Test
  void launchingUpdatesLastLaunchedTime() {
    ImageId id = ownImage("web-1");
    assertThat(describe(id).lastLaunchedTime()).isEmpty();
    world.clock().advance(Duration.ofHours(2));
    ec2.runInstances(east, launch(id).build());
    assertThat(describe(id).lastLaunchedTime()).contains(world.clock().instant());
  }

  @Test
  void paidImagesNeedASubscriptionAndPassTheirProductCode() {
    Image paid = list(ec2, east, ImageQuery.builder().addOwners(Owner.AWS_MARKETPLACE).build()).get(0);
    assertThatThrownBy(() -> ec2.runInstances(east, launch(paid.id()).build()))
        .isInstanceOf(AmiOptInRequiredException.class)
        .satisfies(e -> assertThat(((AmiException) e).errorCode()).isEqualTo("OptInRequired"));
    assertThat(world.allInstances(US_EAST_1)).isEmpty();
    world.subscribe(FakeEc2.DEFAULT_ACCOUNT, FakeEc2.MARKETPLACE_PRODUCT_CODE);
    Instance i = ec2.runInstances(east, launch(paid.id()).build()).get(0);
    assertThat(i.productCodes()).isEqualTo(paid.productCodes());

    // An image made from it carries the code, and so does every launch of that image.
    world.clock().advance(world.timing().instancePending());
    ImageId derived = ec2.createImage(east, io.ami4j.spi.CreateImageRequest.builder().instanceId(i.id()).name("derived-1").build());
    world.clock().advance(world.timing().createImage());
    assertThat(describe(derived).productCodes()).isEqualTo(paid.productCodes());
    ec2.modifyLaunchPermissions(east, derived, List.of(io.ami4j.model.LaunchPermission.account(ACCOUNT_B)), List.of());
    var b = world.provider(ACCOUNT_B);
    assertThatThrownBy(() -> b.runInstances(east, launch(derived).build())).isInstanceOf(AmiOptInRequiredException.class);
    world.subscribe(ACCOUNT_B, FakeEc2.MARKETPLACE_PRODUCT_CODE);
    assertThat(b.runInstances(east, launch(derived).build()).get(0).productCodes()).isEqualTo(paid.productCodes());
  }

  @Test
  void clientTokenMakesRunInstancesIdempotent() {
    RunInstancesRequest request = launch(al2023()).count(2).clientToken("launch-1").build();
    List<Instance> first = ec2.runInstances(east, request);
    List<Instance> again = ec2.runInstances(east, request);
    assertThat(again).extracting(Instance::id).containsExactlyElementsOf(first.stream().map(Instance::id).toList());
    assertThat(world.allInstances(US_EAST_1)).hasSize(2);
    assertThatThrownBy(() -> ec2.runInstances(east, launch(al2023()).count(3).clientToken("launch-1").build()))
        .isInstanceOf(AmiConflictException.class);
  }

  @Test
  void imageReferencesReportLiveInstancesAndLaunchTemplates() {
    ImageId id = ownImage("web-1");
    Instance live = ec2.runInstances(east, launch(id).build()).get(0);
    Instance gone = ec2.runInstances(east, launch(id).build()).get(0);
    ec2.terminateInstances(east, List.of(gone.id()));
    world.clock().advance(world.timing().instanceShuttingDown());
    String lt = world.createLaunchTemplate(FakeEc2.DEFAULT_ACCOUNT, US_EAST_1, id);
    List<ImageReference> refs = ec2.describeImageReferences(east, List.of(id), PageRequest.first()).items();
    assertThat(refs).containsExactlyInAnyOrder(
        ImageReference.of(id, ImageReferenceType.EC2_INSTANCE,
            "arn:aws:ec2:us-east-1:" + FakeEc2.DEFAULT_ACCOUNT + ":instance/" + live.id()),
        ImageReference.of(id, ImageReferenceType.EC2_LAUNCH_TEMPLATE,
            "arn:aws:ec2:us-east-1:" + FakeEc2.DEFAULT_ACCOUNT + ":launch-template/" + lt));
    assertThat(lt).matches("lt-[0-9a-f]{17}");
    assertThatThrownBy(() -> world.provider(ACCOUNT_B).describeImageReferences(east, List.of(id), PageRequest.first()))
        .isInstanceOf(AmiNotFoundException.class);
  }

  private List<InstanceId> ids(InstanceQuery q) {
    return ec2.describeInstances(east, q, PageRequest.first()).items().stream().map(Instance::id).toList();
  }
}
