package io.ami4j.testkit.http;

import io.ami4j.model.AccountId;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.InstanceState;
import io.ami4j.spi.Call;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RunInstancesRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Launching from images: RunInstances, DescribeInstances, TerminateInstances.
 *
 * <p>The SPI does not model reservations, so the endpoint remembers which instances each
 * RunInstances launched together and answers them as one reservation, as EC2 does; an instance
 * it did not launch is a reservation of its own.
 */
final class InstanceActions implements ActionGroup {
  /** EC2 launches this type when a request names none. */
  private static final String DEFAULT_INSTANCE_TYPE = "m1.small";

  private final Map<InstanceId, String> reservations = new ConcurrentHashMap<>();

  @Override
  public void registerInto(Map<String, ActionHandler> table) {
    table.put("RunInstances", this::runInstances);
    table.put("DescribeInstances", this::describeInstances);
    table.put("TerminateInstances", InstanceActions::terminateInstances);
  }

  private void runInstances(ActionContext c, XmlWriter out) {
    QueryRequest q = c.params();
    int min = q.integer("MinCount").orElse(1);
    int max = q.integer("MaxCount").orElse(min);
    if (min < 1 || max < min) {
      throw QueryRequest.invalid("MaxCount", String.valueOf(max), "must be at least MinCount, which must be at least 1");
    }
    RunInstancesRequest.Builder b = RunInstancesRequest.builder()
        .imageId(Ec2Params.imageId(q.required("ImageId")))
        .instanceType(q.get("InstanceType").orElse(DEFAULT_INSTANCE_TYPE))
        .count(max)
        .addAllSecurityGroupIds(q.list("SecurityGroupId"))
        .addAllBlockDeviceMappings(Ec2Params.blockDeviceMappings(q))
        .putAllTags(Ec2Params.tagSpecification(q, "instance"));
    q.get("SubnetId").ifPresent(b::subnetId);
    q.get("KeyName").ifPresent(b::keyName);
    q.get("UserData").ifPresent(u -> b.userData(decodeUserData(u)));
    q.get("IamInstanceProfile.Arn").or(() -> q.get("IamInstanceProfile.Name")).ifPresent(b::iamInstanceProfile);
    q.get("ClientToken").filter(t -> !t.isEmpty()).ifPresent(b::clientToken);
    List<Instance> launched = c.provider().runInstances(c.call(), b.build());
    String reservationId = reservationId(launched.get(0).id());
    launched.forEach(i -> reservations.put(i.id(), reservationId));
    reservation(out, reservationId, c.account(), launched);
  }

  /** EC2 takes user data base64-encoded; the SPI takes it as text. */
  private static String decodeUserData(String encoded) {
    try {
      return new String(Base64.getMimeDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw QueryRequest.invalid("UserData", "(" + encoded.length() + " characters)", "must be base64-encoded");
    }
  }

  /** A reservation's members: its id, owner and instances. */
  private static void reservation(XmlWriter out, String reservationId, AccountId owner, List<Instance> instances) {
    out.element("reservationId", reservationId)
        .element("ownerId", owner.value());
    out.start("instancesSet");
    for (int i = 0; i < instances.size(); i++) {
      out.start("item");
      Ec2Xml.instance(out, instances.get(i), i);
      out.end();
    }
    out.end();
  }

  private static String reservationId(InstanceId id) {
    return "r-" + id.value().substring(2);
  }

  private void describeInstances(ActionContext c, XmlWriter out) {
    QueryRequest q = c.params();
    InstanceQuery query = InstanceQuery.builder()
        .addAllInstanceIds(ids(q))
        .addAllFilters(Ec2Params.filters(q))
        .build();
    Page<Instance> page = c.provider().describeInstances(c.call(), query, c.page());
    Map<String, List<Instance>> byReservation = new LinkedHashMap<>();
    for (Instance i : page.items()) {
      String id = reservations.getOrDefault(i.id(), reservationId(i.id()));
      byReservation.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
    }
    out.start("reservationSet");
    byReservation.forEach((id, instances) -> {
      out.start("item");
      reservation(out, id, c.account(), instances);
      out.end();
    });
    out.end();
    out.element("nextToken", page.nextToken().orElse(null));
  }

  private static List<InstanceId> ids(QueryRequest q) {
    return q.list("InstanceId").stream().map(Ec2Params::instanceId).collect(Collectors.toList());
  }

  private static void terminateInstances(ActionContext c, XmlWriter out) {
    List<InstanceId> ids = ids(c.params());
    if (ids.isEmpty()) {
      c.params().required("InstanceId.1");
    }
    // EC2 answers each instance's previous state; the SPI's terminate does not return it, so read it first.
    Map<InstanceId, InstanceState> before = c.provider()
        .describeInstances(Call.in(c.region()), InstanceQuery.byIds(ids), PageRequest.first())
        .items().stream().collect(Collectors.toMap(Instance::id, Instance::state, (a, b) -> a));
    c.provider().terminateInstances(c.call(), ids);
    out.start("instancesSet");
    for (InstanceId id : ids) {
      InstanceState previous = before.getOrDefault(id, InstanceState.RUNNING);
      InstanceState current = previous == InstanceState.TERMINATED ? InstanceState.TERMINATED : InstanceState.SHUTTING_DOWN;
      out.start("item").element("instanceId", id.value());
      Ec2Xml.instanceState(out, "currentState", current);
      Ec2Xml.instanceState(out, "previousState", previous);
      out.end();
    }
    out.end();
  }

}
