package io.ami4j.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ami4j.spi.Ec2Action;
import io.ami4j.testkit.FakeEc2;
import io.ami4j.testkit.fault.FaultKind;
import io.ami4j.testkit.fault.FaultPlan;
import io.ami4j.testkit.fault.FaultingProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/** Faults injected in front of the world reach the SDK as EC2's own errors and HTTP statuses. */
class FaultsOverHttpTest {
  private final FakeEc2 world = FakeEc2.create();
  private FaultingProvider faulty;
  private FakeEc2Server server;
  private Ec2Client ec2;

  @BeforeEach
  void start() {
    faulty = FaultingProvider.wrap(world.provider(), FaultPlan.none(), world.time());
    server = FakeEc2Server.builder().providers(account -> faulty).start();
    ec2 = SdkClients.ec2(server.endpoint(), "AKIDEXAMPLE", "us-east-1");
  }

  @AfterEach
  void stop() {
    ec2.close();
    server.close();
  }

  @Test
  void serverErrorsAreEc2s5xx() {
    faulty.failNext(Ec2Action.DESCRIBE_IMAGES, FaultKind.UNAVAILABLE, FaultKind.INTERNAL_ERROR);
    Ec2Exception unavailable = catchThrowableOfType(Ec2Exception.class, () -> ec2.describeImages(b -> b.owners("amazon")));
    assertThat(unavailable.statusCode()).isEqualTo(503);
    assertThat(unavailable.awsErrorDetails().errorCode()).isEqualTo("Unavailable");
    Ec2Exception internal = catchThrowableOfType(Ec2Exception.class, () -> ec2.describeImages(b -> b.owners("amazon")));
    assertThat(internal.statusCode()).isEqualTo(500);
    assertThat(internal.awsErrorDetails().errorCode()).isEqualTo("InternalError");
    assertThat(ec2.describeImages(b -> b.owners("amazon")).images()).isNotEmpty();
  }

  @Test
  void throttlingIsRequestLimitExceededWhichTheSdkKnowsAsThrottling() {
    faulty.failNext(Ec2Action.DESCRIBE_IMAGES, FaultKind.THROTTLING);
    Ec2Exception throttled = catchThrowableOfType(Ec2Exception.class, () -> ec2.describeImages(b -> b.owners("amazon")));
    assertThat(throttled.statusCode()).isEqualTo(400);
    assertThat(throttled.awsErrorDetails().errorCode()).isEqualTo("RequestLimitExceeded");
    assertThat(throttled.isThrottlingException()).isTrue();
  }
}
