/**
 * ami4j testkit: the in-memory EC2 world ({@link io.ami4j.testkit.FakeEc2}), its fake provider
 * (id {@code fake}), the virtual clock and scheduler ({@code io.ami4j.testkit.time}) that let
 * tests run a 30-minute copy in microseconds, fault injection and EC2's throttling
 * ({@code io.ami4j.testkit.fault}), and AssertJ assertions ({@code io.ami4j.testkit.assertions}).
 */
module io.ami4j.testkit {
  requires transitive io.ami4j.core;
  requires org.slf4j;
  requires io.github.bucket4j.core;
  requires org.junit.jupiter.api;
  requires org.junit.platform.commons;
  requires org.assertj.core;
  requires static org.immutables.value.annotations;

  exports io.ami4j.testkit;
  exports io.ami4j.testkit.time;
  exports io.ami4j.testkit.fault;
  exports io.ami4j.testkit.assertions;
  exports io.ami4j.testkit.junit;

  provides io.ami4j.spi.AmiProviderFactory with io.ami4j.testkit.FakeProviderFactory;
}
