/**
 * ami4j testkit: the in-memory EC2 world ({@link io.ami4j.testkit.FakeEc2}), its fake provider
 * (id {@code fake}), the virtual clock and scheduler ({@code io.ami4j.testkit.time}) that let
 * tests run a 30-minute copy in microseconds, fault injection and EC2's throttling
 * ({@code io.ami4j.testkit.fault}), AssertJ assertions ({@code io.ami4j.testkit.assertions}), the
 * JUnit 5 extension ({@code io.ami4j.testkit.junit}), the provider contract suite
 * ({@code io.ami4j.testkit.contract}), and the world served over HTTP in EC2's protocol
 * ({@code io.ami4j.testkit.http}, stand-alone in {@code io.ami4j.testkit.server}).
 */
module io.ami4j.testkit {
  requires transitive io.ami4j.core;
  requires org.slf4j;
  requires jdk.httpserver;
  requires io.github.bucket4j.core;
  // Only the JUnit extensions, the assertions and the contract suite use these; FakeEc2 runs without them.
  requires static org.junit.jupiter.api;
  requires static org.junit.platform.commons;
  requires static org.assertj.core;
  requires static org.immutables.value.annotations;

  exports io.ami4j.testkit;
  exports io.ami4j.testkit.time;
  exports io.ami4j.testkit.fault;
  exports io.ami4j.testkit.assertions;
  exports io.ami4j.testkit.junit;
  exports io.ami4j.testkit.contract;
  exports io.ami4j.testkit.http;
  exports io.ami4j.testkit.server;

  provides io.ami4j.spi.AmiProviderFactory with io.ami4j.testkit.FakeProviderFactory;
}
