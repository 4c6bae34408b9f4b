package io.ami4j;

/**
 * Receives every state change of long operations. Called on the client's scheduler threads:
 * return quickly, and do not block. An exception thrown by a listener is logged and ignored.
 *
 * <pre>{@code
 * AmiClient.builder().listener(e -> log.info("{}", e));
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {
  /**
   * Called for one state change.
   *
   * @param event the change
   */
  void onProgress(ProgressEvent event);
}
