package io.ami4j.spi;

/**
 * Watches — or changes the outcome of — every provider call: logging, auditing, metrics, fault
 * injection, recording. The client runs its interceptors around each attempt of each call
 * ({@code AmiClient.builder().interceptor(…)}), retries included, with the attempt number in the
 * {@link CallContext}; {@link CallChain} puts them around any provider.
 *
 * <p>Interceptors nest like decorators, the first one outermost: {@code beforeCall} runs in the
 * order they were added, {@code afterAnswer} and {@code onError} in the reverse order.
 * {@code beforeCall} may throw to answer the call with a failure without making it (a fault); the
 * interceptors outside it then see {@code onError}. {@code afterAnswer} may throw to turn an
 * answer into a failure (an answer lost on its way back); the interceptors outside it then see
 * {@code onError}. Whatever {@code onError} throws is logged and otherwise ignored: the call's
 * failure stands.
 *
 * <pre>{@code
 * AmiClient amis = AmiClient.builder()
 *     .provider(provider)
 *     .interceptor(new CallInterceptor() {
 *       @Override
 *       public void onError(CallContext call, Throwable error) {
 *         LOG.info("{} attempt {} failed: {}", call, call.attempt(), error.getMessage());
 *       }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>Interceptors are called on the threads that make the calls, concurrently: they must be
 * thread-safe and quick, and must not block.
 */
public interface CallInterceptor {

  /**
   * Before the call is made.
   *
   * @param call the call
   */
  default void beforeCall(CallContext call) {}

  /**
   * After the provider answered.
   *
   * @param call the call
   * @param answer the answer ({@code null} for methods that return nothing)
   */
  default void afterAnswer(CallContext call, Object answer) {}

  /**
   * After the call failed: the provider's failure, or one an interceptor inside this one raised.
   *
   * @param call the call
   * @param error the failure
   */
  default void onError(CallContext call, Throwable error) {}
}
