package io.ami4j.aws.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ami4j.AmiException;
import io.ami4j.model.Region;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.utils.SdkAutoCloseable;

class RegionalClientsTest {
  /** A stand-in for an SDK client that records whether it was closed. */
  static final class FakeClient implements SdkAutoCloseable {
    final Region region;
    volatile boolean closed;

    FakeClient(Region region) {
      this.region = region;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private final List<FakeClient> made = new CopyOnWriteArrayList<>();
  private final RegionalClients<FakeClient> clients = new RegionalClients<>("EC2", r -> {
    FakeClient c = new FakeClient(r);
    made.add(c);
    return c;
  });

  @Test
  void makesNoClientBeforeItIsUsedAndOnePerRegion() {
    assertThat(made).isEmpty();

    FakeClient east = clients.in(Region.of("us-east-1"));
    FakeClient eastAgain = clients.in(Region.of("us-east-1"));
    FakeClient west = clients.in(Region.of("eu-west-1"));

    assertThat(eastAgain).isSameAs(east);
    assertThat(west.region).isEqualTo(Region.of("eu-west-1"));
    assertThat(made).hasSize(2);
  }

  @Test
  void concurrentFirstCallsInARegionShareOneClient() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<FakeClient>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return clients.in(Region.of("ap-south-1"));
        }));
      }
      start.countDown();
      FakeClient first = results.get(0).get(10, TimeUnit.SECONDS);
      for (Future<FakeClient> f : results) {
        assertThat(f.get(10, TimeUnit.SECONDS)).isSameAs(first);
      }
      assertThat(made).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void closeClosesEveryClientAndRefusesLaterCalls() {
    FakeClient east = clients.in(Region.of("us-east-1"));
    FakeClient west = clients.in(Region.of("eu-west-1"));

    clients.close();

    assertThat(east.closed).isTrue();
    assertThat(west.closed).isTrue();
    assertThatThrownBy(() -> clients.in(Region.of("us-east-1")))
        .isInstanceOfSatisfying(AmiException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("ami4j.ProviderClosed");
          assertThat(e.retryable()).isFalse();
        });
    assertThat(made).hasSize(2);
  }
}
