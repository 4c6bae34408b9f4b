package io.ami4j.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.ami4j.AmiClient;
import io.ami4j.cleanup.CleanupPlan;
import io.ami4j.cleanup.CleanupResult;
import io.ami4j.DeregistrationResult;
import io.ami4j.LaunchedInstance;
import io.ami4j.model.Architecture;
import io.ami4j.model.Image;
import io.ami4j.model.ImageId;
import io.ami4j.model.ImageState;
import io.ami4j.model.Owner;
import io.ami4j.model.Region;
import io.ami4j.model.RootDeviceType;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.contract.ImagesContract;
import io.ami4j.testkit.http.FakeEc2Server;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The AMI lifecycle through {@link AwsAmiProvider} against a backend that answers, for every image
 * it makes, values ami4j does not know for every enum field it has — as moto answers
 * {@code rootDeviceType} {@code standard}: WireMock on the wire, the in-memory world behind it.
 * Find, launch, create, copy, list, deregister and clean up all see the images, and keep EC2's
 * text; no wait runs into its deadline.
 */
class OddValuesLifecycleWireMockTest {
  private static final Region HOME = Region.of("us-east-1");
  private static final Region AWAY = Region.of("eu-west-1");
  private static final Map<String, String> ODD = ImagesContract.UNKNOWN_IMAGE_VALUES;

  private final FakeEc2 world = FakeEc2.create();
  private final WireMockServer wireMock = new WireMockServer(wireMockConfig().dynamicPort());
  private FakeEc2Server server;
  private AwsAmiProvider aws;
  private AmiClient amis;

  @BeforeEach
  void start() {
    server = FakeEc2Server.builder().providers(world::provider).start();
    wireMock.start();
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(server.endpoint().toString())));
    aws = AwsAmiProvider.builder().endpointOverride(URI.create(wireMock.baseUrl()))
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(FakeEc2.DEFAULT_ACCOUNT.value(), "odd-values-secret")))
        .build();
    amis = world.clientBuilder().provider(aws).region(HOME).build();
    ODD.forEach(world::answerNewImagesFieldAs);
  }

  @AfterEach
  void stop() {
    amis.close();
    aws.close();
    wireMock.stop();
    server.close();
    world.close();
  }

  private static void assertKeepsEc2sText(Image image) {
    assertThat(image.unknownValues()).isEqualTo(ODD);
    assertThat(image.rootDeviceType()).isEqualTo(RootDeviceType.UNKNOWN);
    assertThat(image.architecture()).isEqualTo(Architecture.UNKNOWN);
  }

  @Test
  void findLaunchCreateCopyListAndDeregisterSeeEveryImage() {
    Image base = amis.images().query().ownedBy(Owner.AMAZON).named("al2023-ami-2023*")
        .architecture(Architecture.X86_64).latest().orElseThrow();
    List<LaunchedInstance> launched = amis.launch(base.id()).instanceType("t3.micro").submit().await();

    Image created = amis.create().fromInstance(launched.get(0).instance().id()).named("odd-1").submit().await();
    assertKeepsEc2sText(created);
    Map<Region, Image> copies = amis.copy(created.id()).to(AWAY).submit().await();
    assertKeepsEc2sText(copies.get(AWAY));

    assertThat(amis.images().query().ownedBy(Owner.SELF).named("odd-*").stream().map(Image::id)
        .collect(Collectors.toList())).containsExactly(created.id());
    assertThat(amis.images().awaitAvailable(List.of(created.id())).submit().await()).singleElement()
        .satisfies(OddValuesLifecycleWireMockTest::assertKeepsEc2sText);

    DeregistrationResult gone = amis.deregister(created.id()).deleteSnapshots().submit().await();
    assertThat(gone.imageId()).isEqualTo(created.id());
    assertThat(world.image(HOME, created.id()).map(Image::state).orElse(ImageState.DEREGISTERED))
        .isEqualTo(ImageState.DEREGISTERED);
  }

  @Test
  void aCleanupPlanSeesEveryImageAndRemovesThoseItShould() {
    Image base = amis.images().query().ownedBy(Owner.AMAZON).named("al2023-ami-2023*")
        .architecture(Architecture.X86_64).latest().orElseThrow();
    LaunchedInstance builder = amis.launch(base.id()).instanceType("t3.micro").submit().await().get(0);
    ImageId first = amis.create().fromInstance(builder.instance().id()).named("ci-1").submit().await().id();
    world.clock().advance(java.time.Duration.ofHours(1));
    ImageId second = amis.create().fromInstance(builder.instance().id()).named("ci-2").submit().await().id();

    CleanupPlan plan = amis.cleanup().matching(q -> q.ownedBy(Owner.SELF).named("ci-*")).keepLatest(1)
        .deleteSnapshots().plan();

    assertThat(plan.entries()).extracting(CleanupPlan.Entry::imageId).containsExactlyInAnyOrder(first, second);
    assertThat(plan.entries()).filteredOn(CleanupPlan.Entry::deregister).extracting(CleanupPlan.Entry::imageId)
        .containsExactly(first);
    CleanupResult report = plan.submit().await();
    assertThat(report.deregistered()).extracting(CleanupResult.ImageResult::imageId).containsExactly(first);
    assertThat(world.image(HOME, second)).isPresent();
  }
}
