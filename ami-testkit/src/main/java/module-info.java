/**
 * ami4j testkit: the in-memory EC2 world ({@link io.ami4j.testkit.FakeEc2}), its fake provider
 * (id {@code fake}), and the virtual clock ({@code io.ami4j.testkit.time}) that lets tests run
 * a 30-minute copy in microseconds.
 */
module io.ami4j.testkit {
  requires transitive io.ami4j.core;
  requires org.slf4j;
  requires jdk.httpserver;
  requires io.github.bucket4j.core;
  requires org.junit.jupiter.api;
  requires org.assertj.core;
  requires static org.immutables.value.annotations;

  exports io.ami4j.testkit;
  exports io.ami4j.testkit.time;
  exports io.ami4j.testkit.http;
  exports io.ami4j.testkit.server;

  provides io.ami4j.spi.AmiProviderFactory with io.ami4j.testkit.FakeProviderFactory;
}
