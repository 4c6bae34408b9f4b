package io.ami4j.aws.internal.client;

import io.ami4j.AmiBackendException;
import io.ami4j.AmiException;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Ec2Errors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Runs one SDK call and turns every failure into ami4j's exception: service errors through
 * {@link Ec2Errors} with EC2's code, message, request id and HTTP status; failures before an
 * answer (network, timeouts) as a retryable {@link AmiBackendException}.
 */
public final class Remote {
  /** The code of a call that got no answer: network failure, I/O error or a client-side failure. */
  public static final String CLIENT_FAILURE = "ami4j.ClientFailure";
  /** The code of a call that ran out of its {@code apiCallTimeout} or {@code apiCallAttemptTimeout}. */
  public static final String CALL_TIMEOUT = "ami4j.CallTimeout";

  private static final Logger LOG = LoggerFactory.getLogger(Remote.class);

  private Remote() {}

  /**
   * Runs a call.
   *
   * @param action the action, for messages and logs
   * @param call the SDK call
   * @param <T> the answer type
   * @return the answer
   * @throws AmiException for every failure
   */
  public static <T> T call(Ec2Action action, Supplier<T> call) {
    LOG.debug("Calling {}", action.wireName());
    try {
      return call.get();
    } catch (AwsServiceException e) {
      throw translate(e);
    } catch (ApiCallTimeoutException | ApiCallAttemptTimeoutException e) {
      throw new AmiBackendException(CALL_TIMEOUT, action.wireName() + " timed out: " + e.getMessage(), null, e);
    } catch (SdkException | UncheckedIOException e) {
      String what = hasIoCause(e) ? " failed on the network: " : " failed before an answer: ";
      throw new AmiBackendException(CLIENT_FAILURE, action.wireName() + what + e.getMessage(), null, e);
    }
  }

  /**
   * Translates a service error.
   *
   * @param e the SDK's exception
   * @return ami4j's exception, with the SDK's as suppressed exception for diagnosis
   */
  public static AmiException translate(AwsServiceException e) {
    AwsErrorDetails details = e.awsErrorDetails();
    String code = details == null ? null : details.errorCode();
    String message = details != null && details.errorMessage() != null ? details.errorMessage() : e.getMessage();
    AmiException mapped = Ec2Errors.toException(code, message, e.requestId(), e.statusCode());
    // Ec2Errors makes exceptions without a cause; keep the SDK's for whoever reads the stack trace.
    mapped.addSuppressed(e);
    LOG.debug("{} answered {} ({}), request id {}", details == null ? "?" : details.serviceName(), code,
        e.statusCode(), e.requestId());
    return mapped;
  }

  private static boolean hasIoCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }
}
