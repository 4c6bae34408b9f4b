package io.ami4j;

/**
 * A value broke one of EC2's rules. Raised before any remote call when ami4j can tell, and by a
 * provider when the backend answers a validation error ({@code InvalidParameterValue},
 * {@code InvalidAMIName.Malformed}, …). A {@code null} given to the fluent API or the model's
 * factories is one too (the field "must be given"), never a {@code NullPointerException}.
 *
 * <pre>{@code
 * ImageId.of("ami-123"); // AmiValidationException: Invalid imageId 'ami-123':
 *                        // must be 'ami-' followed by 8 or 17 lowercase hexadecimal digits
 * }</pre>
 */
public class AmiValidationException extends AmiException {
  /** The error code ami4j uses for a rule it checked itself, before any call. */
  public static final String CLIENT_CODE = "ami4j.Validation";

  private final String field;
  private final String value;
  private final String rule;

  /**
   * A rule that ami4j checked before any call.
   *
   * @param field the name of the field, e.g. {@code imageId}
   * @param value the value that was given (may be {@code null})
   * @param rule the rule it broke, phrased to finish "must …"
   */
  public AmiValidationException(String field, Object value, String rule) {
    super(CLIENT_CODE, "Invalid " + field + " '" + value + "': " + rule, null, false, null);
    this.field = field;
    this.value = String.valueOf(value);
    this.rule = rule;
  }

  /**
   * A rule that ami4j checked before any call (the same as the constructor).
   *
   * @param field the name of the field, e.g. {@code imageId}
   * @param value the value that was given (may be {@code null})
   * @param rule the rule it broke, phrased to finish "must …"
   * @return the exception
   */
  public static AmiValidationException of(String field, Object value, String rule) {
    return new AmiValidationException(field, value, rule);
  }

  /**
   * A validation error answered by the backend. A factory rather than a constructor, so that
   * {@code new AmiValidationException(field, value, rule)} always means a client-side check,
   * whatever the static type of {@code value}.
   *
   * @param errorCode the backend's code, e.g. {@code InvalidParameterValue}
   * @param message the backend's message
   * @param requestId the request id, or {@code null}
   * @return the exception
   */
  public static AmiValidationException answered(String errorCode, String message, String requestId) {
    return new AmiValidationException(errorCode, message, requestId, true);
  }

  private AmiValidationException(String errorCode, String message, String requestId, boolean answered) {
    super(errorCode, message, requestId, false, null);
    this.field = "";
    this.value = "";
    this.rule = message;
  }


  /** The field whose value broke the rule (empty when the backend did not say). */
  public String field() {
    return field;
  }

  /** The offending value as text (empty when the backend did not say). */
  public String value() {
    return value;
  }

  /** The rule that was broken. */
  public String rule() {
    return rule;
  }
}
