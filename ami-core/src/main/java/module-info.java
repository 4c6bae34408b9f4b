/**
 * ami4j core: the fluent API ({@code io.ami4j}, with bakes in {@code io.ami4j.bake} and cleanup by
 * policy in {@code io.ami4j.cleanup}), the model ({@code io.ami4j.model}) and the
 * provider SPI ({@code io.ami4j.spi}). The engine lives in {@code io.ami4j.internal.*} and is not
 * exported, except to ami4j's own provider modules.
 */
module io.ami4j.core {
  requires static org.immutables.value.annotations;
  requires org.slf4j;
  requires io.github.resilience4j.retry;
  requires io.github.resilience4j.core;
  requires io.github.bucket4j.core;

  exports io.ami4j;
  exports io.ami4j.bake;
  exports io.ami4j.cleanup;
  exports io.ami4j.model;
  exports io.ami4j.spi;
  exports io.ami4j.internal.value to io.ami4j.testkit, io.ami4j.aws;
  exports io.ami4j.internal.validate to io.ami4j.testkit, io.ami4j.aws;
  exports io.ami4j.internal.throttle to io.ami4j.testkit;

  uses io.ami4j.spi.AmiProviderFactory;
}
