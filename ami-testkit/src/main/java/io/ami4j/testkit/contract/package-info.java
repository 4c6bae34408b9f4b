/**
 * The provider contract suite (a TCK): abstract JUnit 5 test classes that state, through the
 * {@link io.ami4j.spi.AmiProvider} SPI alone, what every ami4j provider must do — the in-memory
 * fake, the AWS provider against the fake's HTTP endpoint or WireMock, or a provider of your own.
 *
 * <p>A backend supplies a {@link io.ami4j.testkit.contract.ContractEnvironment}: the providers of
 * two accounts of one world, two regions, a way to let time pass, and the few things the SPI
 * cannot make (a completed snapshot, a marketplace subscription, an organization). The tests
 * never sleep themselves: they poll through {@link io.ami4j.testkit.contract.Eventually}, which
 * lets the environment's time pass between polls, so they take microseconds on a virtual clock.
 *
 * <p>The contracts, each an abstract class to extend on its own:
 * {@link io.ami4j.testkit.contract.IdentityContract},
 * {@link io.ami4j.testkit.contract.ImagesContract},
 * {@link io.ami4j.testkit.contract.SnapshotsContract},
 * {@link io.ami4j.testkit.contract.SharingContract},
 * {@link io.ami4j.testkit.contract.RetirementContract},
 * {@link io.ami4j.testkit.contract.InstancesContract},
 * {@link io.ami4j.testkit.contract.TagsContract},
 * {@link io.ami4j.testkit.contract.SsmContract} and
 * {@link io.ami4j.testkit.contract.DryRunContract}.
 * {@link io.ami4j.testkit.contract.AmiProviderContract} runs them all as nested groups:
 *
 * <pre>{@code
 * // the in-memory world, in process
 * class FakeProviderContractTest extends AmiProviderContract {
 *   @Override
 *   protected ContractEnvironment createEnvironment() {
 *     return FakeEc2ContractEnvironment.of(FakeEc2.create());
 *   }
 * }
 *
 * // the AWS provider, over the wire, against the same kind of world
 * class AwsProviderOverHttpContractTest extends AmiProviderContract {
 *   @Override
 *   protected ContractEnvironment createEnvironment() {
 *     FakeEc2 world = FakeEc2.create();
 *     FakeEc2Server server = FakeEc2Server.builder().providers(world::provider).start();
 *     return FakeEc2ContractEnvironment.of(world).withProviders(account -> AwsAmiProvider.builder()
 *         .endpointOverride(server.endpoint())
 *         .credentialsProvider(StaticCredentialsProvider.create(
 *             AwsBasicCredentials.create(account.value(), "secret")))
 *         .build(), server);
 *   }
 * }
 *
 * // a backend of your own
 * class MyProviderContractTest extends AmiProviderContract {
 *   @Override
 *   protected ContractEnvironment createEnvironment() {
 *     return new MyEnvironment();   // implements ContractEnvironment
 *   }
 * }
 *
 * // or one contract only, with an environment the subclass keeps:
 * class MyImagesTest extends ImagesContract {
 *   private final ContractEnvironment env = new MyEnvironment();
 *   @Override
 *   protected ContractEnvironment environment() {
 *     return env;
 *   }
 * }
 * }</pre>
 *
 * <p>Contracts that need what a backend may lack (organizations, a paid image, the Recycle Bin,
 * permission to make an image public) are skipped through JUnit assumptions, saying why, when
 * the environment answers empty or {@code false}. Every test creates what it needs under a unique
 * name and removes it afterwards, best effort.
 */
package io.ami4j.testkit.contract;
