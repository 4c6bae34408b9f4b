package io.ami4j;

import io.ami4j.internal.call.CallRunner;
import io.ami4j.internal.engine.Engine;
import io.ami4j.internal.spec.OneImage;
import io.ami4j.internal.spec.LoginUsers;
import io.ami4j.internal.pending.Progress;
import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.LaunchChecks;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.Tags;
import io.ami4j.model.Region;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.RunInstancesRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Launches instances from an image (RunInstances) and awaits {@code running}. A single-use spec.
 * Launching a paid image the account has not subscribed to fails with
 * {@link AmiOptInRequiredException}.
 *
 * <pre>{@code
 * List<LaunchedInstance> web = amis.launch(golden.id()).instanceType("t3.micro").count(2)
 *     .subnet("subnet-0abc1234").securityGroups("sg-0abc1234").keyName("ops").tag("env", "prod")
 *     .submit().await();
 * web.forEach(i -> System.out.println(i.connectionHint()));
 * }</pre>
 */
public final class LaunchSpec {
  private final Engine engine;
  private final ImageId image;
  private final RunInstancesRequest.Builder request = RunInstancesRequest.builder();
  private Region region;

  LaunchSpec(Engine engine, ImageId image) {
    this.engine = engine;
    this.image = image;
    this.region = engine.defaultRegion();
    request.imageId(image).instanceType("t3.micro");
  }

  /**
   * The region, when not the client's.
   *
   * @param region the region
   * @return this spec
   */
  public LaunchSpec in(Region region) {
    this.region = Check.notNull("region", region);
    return this;
  }

  /**
   * The instance type (default {@code t3.micro}).
   *
   * @param type e.g. {@code m7g.large}
   * @return this spec
   */
  public LaunchSpec instanceType(String type) {
    request.instanceType(Check.notNull("instanceType", type));
    return this;
  }

  /**
   * How many instances (default 1).
   *
   * @param count 1 to 1000
   * @return this spec
   */
  public LaunchSpec count(int count) {
    request.count(Check.inRange("count", count, 1, 1000));
    return this;
  }

  /**
   * The subnet.
   *
   * @param subnetId e.g. {@code subnet-0abc…}
   * @return this spec
   */
  public LaunchSpec subnet(String subnetId) {
    request.subnetId(LaunchChecks.subnetId(subnetId));
    return this;
  }

  /**
   * Security groups.
   *
   * @param groupIds e.g. {@code sg-0abc…}
   * @return this spec
   */
  public LaunchSpec securityGroups(String... groupIds) {
    for (String g : Check.noNulls("securityGroupIds", groupIds)) {
      request.addSecurityGroupIds(LaunchChecks.securityGroupId(g));
    }
    return this;
  }

  /**
   * The key pair for SSH (or Windows' password).
   *
   * @param keyName the key pair's name
   * @return this spec
   */
  public LaunchSpec keyName(String keyName) {
    request.keyName(LaunchChecks.keyName(keyName));
    return this;
  }

  /**
   * User data, as plain text.
   *
   * @param userData e.g. a cloud-init script, at most 16,384 bytes as UTF-8 (EC2's 16 KB raw limit)
   * @return this spec
   */
  public LaunchSpec userData(String userData) {
    request.userData(LaunchChecks.userData(userData));
    return this;
  }

  /**
   * The IAM instance profile.
   *
   * @param nameOrArn its name or ARN
   * @return this spec
   */
  public LaunchSpec iamInstanceProfile(String nameOrArn) {
    request.iamInstanceProfile(LaunchChecks.iamInstanceProfile(nameOrArn));
    return this;
  }

  /**
   * Changes or adds a device.
   *
   * @param mapping the mapping
   * @return this spec
   */
  public LaunchSpec blockDevice(BlockDeviceMapping mapping) {
    io.ami4j.model.VolumeLimits.checkRatios(List.of(Check.notNull("blockDeviceMapping", mapping)));
    request.addBlockDeviceMappings(mapping);
    return this;
  }

  /**
   * Tags the instances.
   *
   * @param key the key
   * @param value the value
   * @return this spec
   */
  public LaunchSpec tag(String key, String value) {
    Tags.checkTag(key, value);
    request.putTags(key, value);
    return this;
  }

  /**
   * Starts RunInstances and awaits every instance {@code running}. One client token per
   * submission, so a retried RunInstances never launches twice. When RunInstances started
   * instances and a later step fails, the failure is an {@link AmiLaunchFailedException} that
   * names them.
   *
   * @return the pending instances with their connection hints
   */
  public Pending<List<LaunchedInstance>> submit() {
    RunInstancesRequest req = request.clientToken(UUID.randomUUID().toString()).build();
    Progress progress = engine.progress("RunInstances");
    Instant deadline = engine.deadline();
    CompletableFuture<List<Instance>> started = engine.runner().call(region, Ec2Action.RUN_INSTANCES, deadline,
        c -> engine.provider().runInstances(c, req));
    java.util.concurrent.atomic.AtomicReference<CompletableFuture<List<Instance>>> waiting =
        new java.util.concurrent.atomic.AtomicReference<>();
    CompletableFuture<List<LaunchedInstance>> result = started.thenCompose(list -> {
      List<InstanceId> ids = list.stream().map(Instance::id).collect(Collectors.toList());
      progress.report(ids.toString(), "requested", ids.size() + " instance(s) of " + image + " accepted");
      CompletableFuture<List<Instance>> w = engine.instances(region).awaitRunning(ids, progress, deadline);
      waiting.set(w);
      return w;
    }).thenCompose(running -> describeImage(deadline).thenApply(img -> running.stream()
        .map(i -> LaunchedInstance.of(i, LoginUsers.of(img),
            img.isWindows() ? LaunchedInstance.Protocol.RDP : LaunchedInstance.Protocol.SSH))
        .collect(Collectors.toList())));
    CompletableFuture<List<LaunchedInstance>> out = new CompletableFuture<>();
    result.whenComplete((v, e) -> {
      if (e != null) {
        Throwable cause = CallRunner.unwrap(e);
        if (started.isDone() && !started.isCompletedExceptionally() && !started.join().isEmpty()) {
          // RunInstances started instances: the failure names them, so that none runs unknown.
          cause = new AmiLaunchFailedException(started.join().stream().map(Instance::id)
              .collect(Collectors.toList()), cause);
        }
        progress.report(image.value(), "failed", String.valueOf(cause.getMessage()));
        out.completeExceptionally(cause);
      } else {
        out.complete(v);
      }
    });
    return engine.pending(out, progress).whenCancelled(() -> {
      CompletableFuture<List<Instance>> w = waiting.get();
      if (w != null) {
        w.cancel(false);
      }
    });
  }

  private CompletableFuture<Image> describeImage(Instant deadline) {
    return OneImage.describe(engine, region, image, deadline);
  }

  /**
   * Asks the backend whether RunInstances would be allowed (permissions, subscription,
   * capacity), launching nothing.
   *
   * @return the verdict
   */
  public DryRunResult dryRun() {
    RunInstancesRequest req = request.build();
    return engine.runner().join(engine.runner().dryRun(region, Ec2Action.RUN_INSTANCES,
        c -> engine.provider().runInstances(c, req)));
  }
}
