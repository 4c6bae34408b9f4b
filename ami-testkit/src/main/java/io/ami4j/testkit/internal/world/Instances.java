package io.ami4j.testkit.internal.world;

import io.ami4j.model.AccountId;
import io.ami4j.model.BlockDeviceMapping;
import io.ami4j.model.Filter;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageReference;
import io.ami4j.model.ImageReferenceType;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.InstanceState;
import io.ami4j.model.ProductCode;
import io.ami4j.model.Region;
import io.ami4j.model.StateReason;
import io.ami4j.spi.Call;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RunInstancesRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** RunInstances, DescribeInstances, TerminateInstances and DescribeImageReferences. */
final class Instances extends AccountOps {
  Instances(World world, AccountId account) {
    super(world, account);
  }

  List<Instance> run(Call call, RunInstancesRequest req) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      Instant now = w.now();
      Map<String, RegionState.TokenUse> tokens = r.tokens(me);
      String tokenKey = req.clientToken().map(t -> "RunInstances:" + t).orElse(null);
      if (tokenKey != null && tokens.containsKey(tokenKey)) {
        RegionState.TokenUse use = tokens.get(tokenKey);
        if (!use.fingerprint().equals(fingerprint(req))) {
          throw w.error("IdempotentParameterMismatch", "The client token '" + req.clientToken().get()
              + "' was already used with different parameters");
        }
        stopIfDryRun(call);
        List<Instance> same = new ArrayList<>();
        for (String id : use.resultIds()) {
          same.add(view(r, r.instances.get(InstanceId.of(id)), now));
        }
        return same;
      }
      ImageRecord image = ImageQueries.usable(w, me, r, req.imageId(), now);
      // Images derived from a paid image carry its code: launching any of them needs a subscription.
      for (ProductCode code : image.productCodes) {
        if (!me.equals(w.productSellers.get(code.id()))) {
          if (!w.account(me).subscriptions.contains(code.id())) {
            throw w.error("OptInRequired", "In order to use this AWS Marketplace product you need to accept"
                + " terms and subscribe. To do so please visit https://aws.amazon.com/marketplace/pp?sku="
                + code.id());
          }
        }
      }
      List<BlockDeviceMapping> volumes = Volumes.resolve(w, r, image.mappings, req.blockDeviceMappings());
      stopIfDryRun(call);
      boolean unusableKey = !image.owner.equals(me) && r.encryptedWithDefaultKey(image);
      List<Instance> out = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (int n = 0; n < req.count(); n++) {
        InstanceId id = w.ids.instance();
        boolean userData = req.userData().isPresent();
        InstanceRecord inst = new InstanceRecord(id, me, image.id, req.instanceType(), now, image.architecture,
            image.platform, image.rootDeviceType, addresses(r.region), req.keyName().orElse(null),
            req.subnetId().orElse(null), req.securityGroupIds(), image.productCodes, volumes, userData,
            userData && w.takeUserDataFailure());
        if (unusableKey) {
          // Another account's default EBS key cannot be used here: EC2 starts, then terminates it.
          inst.state = InstanceState.SHUTTING_DOWN;
          inst.stateReason = StateReason.of("Client.InvalidKMSKey.InvalidState",
              "Client.InvalidKMSKey.InvalidState: The KMS key provided is in an incorrect state");
          inst.schedule(InstanceState.TERMINATED, now.plus(w.timing.instanceShuttingDown()));
        } else {
          inst.schedule(InstanceState.RUNNING, now.plus(w.timing.instancePending()));
        }
        r.instances.put(id, inst);
        r.mutableTags(me, id.value()).putAll(req.tags());
        ids.add(id.value());
        out.add(view(r, inst, now));
      }
      image.lastLaunched = now;
      if (tokenKey != null) {
        tokens.put(tokenKey, new RegionState.TokenUse(fingerprint(req), List.copyOf(ids)));
      }
      log(call, "RunInstances", String.join(",", ids), req.count() + " x " + req.instanceType() + " from "
          + image.id + (req.userData().isPresent() ? " with user data" : ""));
      return out;
    }
  }

  Page<Instance> describe(Call call, InstanceQuery q, PageRequest page) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      Instant now = w.now();
      if (!q.instanceIds().isEmpty() && page.size().isPresent()) {
        throw w.error("InvalidParameterCombination",
            "The parameter instancesSet cannot be used with the parameter maxResults");
      }
      page.size().ifPresent(s -> {
        if (s < 5 || s > 1000) {
          throw w.error("InvalidParameterValue",
              "Value ( " + s + " ) for parameter maxResults is invalid. Expecting a value between 5 and 1000.");
        }
      });
      for (Filter f : q.filters()) {
        if (!f.name().startsWith("tag:") && !FIELDS.containsKey(f.name())) {
          throw w.error("InvalidParameterValue", "The filter '" + f.name() + "' is invalid");
        }
      }
      List<InstanceRecord> candidates = new ArrayList<>();
      if (!q.instanceIds().isEmpty()) {
        for (InstanceId id : q.instanceIds()) {
          candidates.add(owned(r, id));
        }
      } else {
        for (InstanceRecord i : r.instances.values()) {
          if (i.owner.equals(me)) {
            candidates.add(i);
          }
        }
      }
      List<Instance> out = new ArrayList<>();
      for (InstanceRecord i : candidates) {
        Instance v = view(r, i, now);
        if (matches(v, q.filters())) {
          out.add(v);
        }
      }
      return Paging.page(w, "DescribeInstances", out, page, 1000);
    }
  }

  void terminate(Call call, List<InstanceId> ids) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      Instant now = w.now();
      List<InstanceRecord> targets = new ArrayList<>();
      for (InstanceId id : ids) {
        targets.add(owned(r, id));
      }
      stopIfDryRun(call);
      for (InstanceRecord i : targets) {
        i.settle(now, w.timing);
        InstanceState before = i.state;
        i.terminate(now, w.timing);
        if (before != i.state) {
          log(call, "TerminateInstances", i.id.value(), before.wireValue() + " -> " + i.state.wireValue());
        }
      }
    }
  }

  Page<ImageReference> references(Call call, List<ImageId> imageIds, PageRequest page) {
    synchronized (w) {
      RegionState r = w.region(call.region());
      Instant now = w.now();
      for (ImageId id : imageIds) {
        w.visibleImage(me, r, id, now);
      }
      String prefix = "arn:" + r.region.partition() + ":ec2:" + r.region + ":" + me + ":";
      List<ImageReference> out = new ArrayList<>();
      for (InstanceRecord i : r.instances.values()) {
        if (i.owner.equals(me) && imageIds.contains(i.imageId)) {
          i.settle(now, w.timing);
          if (i.state != InstanceState.TERMINATED) {
            out.add(ImageReference.of(i.imageId, ImageReferenceType.EC2_INSTANCE, prefix + "instance/" + i.id));
          }
        }
      }
      for (RegionState.LaunchTemplate lt : r.launchTemplates.values()) {
        if (lt.owner().equals(me) && imageIds.contains(lt.imageId())) {
          out.add(ImageReference.of(lt.imageId(), ImageReferenceType.EC2_LAUNCH_TEMPLATE,
              prefix + "launch-template/" + lt.id()));
        }
      }
      return Paging.page(w, "DescribeImageReferences", out, page, 1000);
    }
  }

  private static String fingerprint(RunInstancesRequest req) {
    return req.imageId() + "|" + req.instanceType() + "|" + req.count() + "|" + req.userData().orElse("") + "|"
        + req.tags() + "|" + req.subnetId().orElse("") + "|" + req.keyName().orElse("") + "|"
        + req.securityGroupIds() + "|" + req.blockDeviceMappings();
  }

  private InstanceRecord owned(RegionState r, InstanceId id) {
    InstanceRecord i = r.instances.get(id);
    if (i == null || !i.owner.equals(me)) {
      throw w.error("InvalidInstanceID.NotFound", "The instance ID '" + id + "' does not exist");
    }
    return i;
  }

  private Instance view(RegionState r, InstanceRecord i, Instant now) {
    i.settle(now, w.timing);
    return i.view(r.tagsOf(me, i.id.value()));
  }

  /** Realistic addresses: a default-VPC private address and a public one, with EC2's DNS names. */
  private String[] addresses(Region region) {
    int a = w.ids.nextInt(256);
    int b = 1 + w.ids.nextInt(254);
    String privateIp = "172.31." + a + "." + b;
    String dashed = privateIp.replace('.', '-');
    boolean east1 = region.name().equals("us-east-1");
    String privateDns = "ip-" + dashed + (east1 ? ".ec2.internal" : "." + region + ".compute.internal");
    String publicIp = (w.ids.nextInt(2) == 0 ? "3." : "54.") + (1 + w.ids.nextInt(254)) + "."
        + w.ids.nextInt(256) + "." + (1 + w.ids.nextInt(254));
    String publicDns = "ec2-" + publicIp.replace('.', '-')
        + (east1 ? ".compute-1.amazonaws.com" : "." + region + ".compute.amazonaws.com");
    return new String[] {privateIp, privateDns, publicIp, publicDns};
  }

  private static final Map<String, Function<Instance, List<String>>> FIELDS = Map.ofEntries(
      Map.entry("image-id", i -> List.of(i.imageId().value())),
      Map.entry("instance-id", i -> List.of(i.id().value())),
      Map.entry("instance-state-name", i -> List.of(i.state().wireValue())),
      Map.entry("instance-state-code", i -> List.of(String.valueOf(i.state().code()))),
      Map.entry("instance-type", i -> List.of(i.instanceType())),
      Map.entry("architecture", i -> i.architecture().map(x -> List.of(x.wireValue())).orElse(List.of())),
      Map.entry("private-ip-address", i -> i.privateIpAddress().map(List::of).orElse(List.of())),
      Map.entry("ip-address", i -> i.publicIpAddress().map(List::of).orElse(List.of())),
      Map.entry("private-dns-name", i -> i.privateDnsName().map(List::of).orElse(List.of())),
      Map.entry("dns-name", i -> i.publicDnsName().map(List::of).orElse(List.of())),
      Map.entry("key-name", i -> i.keyName().map(List::of).orElse(List.of())),
      Map.entry("subnet-id", i -> i.subnetId().map(List::of).orElse(List.of())),
      Map.entry("product-code", i -> i.productCodes().stream().map(ProductCode::id).toList()),
      Map.entry("tag-key", i -> List.copyOf(i.tags().keySet())));

  private static boolean matches(Instance i, List<Filter> filters) {
    for (Filter f : filters) {
      List<String> values;
      if (f.name().startsWith("tag:")) {
        String v = i.tags().get(f.name().substring(4));
        values = v == null ? List.of() : List.of(v);
      } else {
        values = FIELDS.get(f.name()).apply(i);
      }
      if (!ImageFilters.anyMatches(f.values(), values)) {
        return false;
      }
    }
    return true;
  }
}
