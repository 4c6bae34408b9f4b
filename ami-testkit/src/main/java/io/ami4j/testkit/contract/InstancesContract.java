package io.ami4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiOptInRequiredException;
import io.ami4j.model.Filter;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageQuery;
import io.ami4j.model.ImageState;
import io.ami4j.model.Instance;
import io.ami4j.model.InstanceId;
import io.ami4j.model.InstanceState;
import io.ami4j.model.ProductCode;
import io.ami4j.spi.InstanceQuery;
import io.ami4j.spi.PageRequest;
import io.ami4j.spi.RunInstancesRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Launching: RunInstances (count, tags, the product codes of a paid image once subscribed, and
 * {@code OptInRequired} before), DescribeInstances by id and by filters, TerminateInstances.
 */
public abstract class InstancesContract extends ContractSupport {
  /** For subclasses. */
  protected InstancesContract() {}

  private static List<InstanceId> idsOf(List<Instance> instances) {
    return instances.stream().map(Instance::id).collect(Collectors.toList());
  }

  private List<Instance> describe(InstanceQuery query) {
    return items(pages(r -> owner().describeInstances(call(), query, r), 1000));
  }

  @Test
  @DisplayName("RunInstances launches as many tagged instances as asked, which then run")
  void runsTaggedInstances() {
    ImageId image = amazonLinux();
    String run = uniqueName("run");

    List<Instance> launched = launch(launchOf(image).count(2).putTags("run", run).build());

    assertThat(launched).hasSize(2).doesNotHaveDuplicates();
    assertThat(launched).allSatisfy(i -> {
      assertThat(i.imageId()).isEqualTo(image);
      assertThat(i.instanceType()).isEqualTo(environment().instanceType());
      assertThat(i.state()).isIn(InstanceState.PENDING, InstanceState.RUNNING);
    });
    List<Instance> running = awaitInstances(idsOf(launched), InstanceState.RUNNING);
    assertThat(running).allSatisfy(i -> assertThat(i.tags()).containsEntry("run", run));
    assertThat(idsOf(running)).containsExactlyInAnyOrderElementsOf(idsOf(launched));
  }

  @Test
  @DisplayName("DescribeInstances filters by image, tag and state")
  void describesByFilters() {
    Image own = availableImage("launch-filter");
    String run = uniqueName("filter");
    List<Instance> fromOwn = launch(launchOf(own.id()).count(2).putTags("run", run).build());
    List<Instance> fromAmazon = launch(launchOf(amazonLinux()).putTags("run", run).build());
    awaitInstances(idsOf(fromOwn), InstanceState.RUNNING);
    awaitInstances(idsOf(fromAmazon), InstanceState.RUNNING);

    List<Instance> byImage = describe(InstanceQuery.builder()
        .addFilters(Filter.of("image-id", own.id().value()), Filter.of("tag:run", run)).build());
    List<Instance> byTag = describe(InstanceQuery.builder().addFilters(Filter.of("tag:run", run)).build());
    List<Instance> running = describe(InstanceQuery.builder()
        .addFilters(Filter.of("tag:run", run), Filter.of("instance-state-name", "running")).build());

    assertThat(idsOf(byImage)).containsExactlyInAnyOrderElementsOf(idsOf(fromOwn));
    assertThat(byTag).hasSize(3);
    assertThat(running).hasSize(3);
  }

  @Test
  @DisplayName("pages of 5 instances, followed by their tokens, list every instance exactly once")
  void paginationListsEveryInstanceOnce() {
    String run = uniqueName("pages");
    List<Instance> launched = launch(launchOf(amazonLinux()).count(7).putTags("run", run).build());

    List<io.ami4j.spi.Page<Instance>> pages = pages(r -> owner().describeInstances(call(),
        InstanceQuery.builder().addFilters(Filter.of("tag:run", run)).build(), r), 5);

    assertThat(pages).allSatisfy(p -> assertThat(p.items()).hasSizeLessThanOrEqualTo(5));
    assertThat(pages.size()).isGreaterThanOrEqualTo(2);
    assertThat(idsOf(items(pages))).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(idsOf(launched));
  }

  @Test
  @DisplayName("TerminateInstances ends in terminated, and the instance no longer counts as running")
  void terminates() {
    String run = uniqueName("terminate");
    List<Instance> launched = launch(launchOf(amazonLinux()).putTags("run", run).build());
    List<InstanceId> ids = idsOf(launched);
    awaitInstances(ids, InstanceState.RUNNING);

    owner().terminateInstances(call(), ids);

    assertThat(describeInstances(ids)).allSatisfy(i ->
        assertThat(i.state()).isIn(InstanceState.SHUTTING_DOWN, InstanceState.TERMINATED));
    awaitInstances(ids, InstanceState.TERMINATED);
    assertThat(describe(InstanceQuery.builder()
        .addFilters(Filter.of("tag:run", run), Filter.of("instance-state-name", "running")).build()))
        .isEmpty();
  }

  @Test
  @DisplayName("RunInstances with a ClientToken launches once; the token with other parameters is refused")
  void runIsIdempotentByClientToken() {
    String run = uniqueName("token");
    RunInstancesRequest request = launchOf(amazonLinux()).putTags("run", run).clientToken(run).build();

    List<Instance> first = launch(request);
    List<Instance> again = launch(request);

    assertThat(idsOf(again)).containsExactlyElementsOf(idsOf(first));
    assertEc2Error(io.ami4j.AmiConflictException.class, "IdempotentParameterMismatch",
        () -> launch(RunInstancesRequest.builder().from(request).count(2).build()));
    assertThat(describe(InstanceQuery.builder().addFilters(Filter.of("tag:run", run)).build()))
        .extracting(Instance::id).containsExactlyElementsOf(idsOf(first));
  }

  @Test
  @DisplayName("RunInstances of an unknown image: InvalidAMIID.NotFound, and nothing launched")
  void unknownImageIsNotFound() {
    String run = uniqueName("ghost");
    RunInstancesRequest request = launchOf(ImageId.of("ami-0fedcba9876543210")).putTags("run", run).build();

    assertEc2Error(AmiNotFoundException.class, "InvalidAMIID.NotFound", () -> launch(request));

    assertThat(describe(InstanceQuery.builder().addFilters(Filter.of("tag:run", run)).build())).isEmpty();
  }

  @Test
  @DisplayName("a paid image needs a subscription: OptInRequired before, product codes on the instance after")
  void paidImageNeedsSubscription() {
    String code = environment().paidProductCode().orElse(null);
    assumeTrue(code != null, "the backend has no paid image to subscribe to");
    ImageQuery.Builder query = ImageQuery.builder();
    query.productCode(code).state(ImageState.AVAILABLE);
    Image paid = items(imagePages(other(), environment().region(), query.build(), 100)).stream()
        .findFirst().orElseThrow(() -> new AssertionError("Expected a public image with product code " + code));
    assertThat(paid.productCodes()).extracting(ProductCode::id).contains(code);
    RunInstancesRequest request = launchOf(paid.id()).build();

    assertEc2Error(AmiOptInRequiredException.class, "OptInRequired", () -> launch(other(), request));

    environment().subscribe(environment().otherAccount(), code);
    Instance launched = launch(other(), request).get(0);
    assertThat(launched.imageId()).isEqualTo(paid.id());
    Instance described = eventually().until("the paid instance to be described",
        () -> other().describeInstances(call(), InstanceQuery.byIds(List.of(launched.id())),
            PageRequest.first()).items(), l -> !l.isEmpty()).get(0);
    assertThat(described.productCodes()).extracting(ProductCode::id).contains(code);
  }
}
