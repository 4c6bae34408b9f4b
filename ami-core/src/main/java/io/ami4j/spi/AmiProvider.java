package io.ami4j.spi;

/**
 * A backend that serves one account: real EC2 and SSM ({@code ami-aws}), or the in-memory world
 * ({@code ami-testkit}). Its calls come in capabilities, one interface each: {@link ImageCalls},
 * {@link SharingCalls}, {@link RetirementCalls}, {@link SnapshotCalls}, {@link InstanceCalls},
 * {@link TagCalls}, {@link ParameterCalls} and {@link IdentityCalls}.
 *
 * <p>The contract: <b>each method is exactly one remote call</b>, the action its {@link Ec2Call}
 * mark names; it carries its region in the {@link Call}, maps the backend's answer onto ami4j's
 * model and its errors onto ami4j's exceptions through {@link Ec2Errors} — and does nothing else:
 * no waiting, no retries, no caching, no pagination loops. The engine in ami-core owns all of
 * those. A {@link Call#dryRun() dry run} of a mutating method throws
 * {@link io.ami4j.AmiDryRunException} when the call would have succeeded.
 *
 * <p>To watch or change calls from outside — logging, metrics, fault injection, recording — write
 * a {@link CallInterceptor} rather than a class that restates every method: the client runs its
 * interceptors around every call ({@code AmiClient.builder().interceptor(…)}), and
 * {@link CallChain} puts them around any provider.
 *
 * <p>Implementations are thread-safe.
 */
public interface AmiProvider extends ImageCalls, SharingCalls, RetirementCalls, SnapshotCalls, InstanceCalls,
    TagCalls, ParameterCalls, IdentityCalls, AutoCloseable {

  /** The provider's id, as its {@link AmiProviderFactory} reports it ({@code aws}, {@code fake}). */
  String id();

  /** Releases the provider's clients and threads; throws nothing. */
  @Override
  void close();
}
