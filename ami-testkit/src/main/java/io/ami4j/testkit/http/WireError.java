package io.ami4j.testkit.http;

import io.ami4j.AmiException;
import io.ami4j.AmiValidationException;
import io.ami4j.spi.Ec2Errors;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error as it goes on the wire: EC2's code, a message and the HTTP status
 * ({@link Ec2Errors#httpStatus(String)}). ami4j's exceptions carry EC2's code already
 * ({@link AmiException#errorCode()}); ami4j's own client-side validation code becomes EC2's
 * {@code InvalidParameterValue}, and anything unexpected an {@code InternalError}.
 */
final class WireError {
  private final String code;
  private final String message;

  private WireError(String code, String message) {
    this.code = code;
    this.message = message == null ? code : message;
  }

  static WireError of(String code, String message) {
    return new WireError(code, message);
  }

  /** The wire error for an exception raised while serving a request. */
  static WireError from(Throwable t) {
    if (t instanceof AmiException e) {
      String code = e.errorCode();
      if (e instanceof AmiValidationException validation && code != null && !code.isEmpty()
          && (code.equals(AmiValidationException.CLIENT_CODE) || !Character.isUpperCase(code.charAt(0)))) {
        // ami4j's own rule, not EC2's answer. (A String value once picked the backend constructor,
        // leaving the field name as the code: that is recognised here too.)
        String field = validation.field();
        code = validationCode(field.isEmpty() ? code : field);
      } else if (code == null || code.isEmpty() || code.startsWith("ami4j.")) {
        code = "InvalidParameterValue";
      }
      // The request id is the endpoint's, written separately; the message must not repeat one.
      String message = e.requestId().isPresent() ? rawMessage(e) : e.getMessage();
      return new WireError(code, message);
    }
    return new WireError(Ec2Errors.INTERNAL_ERROR,
        "An internal error has occurred (" + t.getClass().getSimpleName() + ")");
  }

  /** EC2's code for a value ami4j's own rules rejected, by the field that broke them. */
  private static String validationCode(String field) {
    switch (field) {
      case "imageId":
        return "InvalidAMIID.Malformed";
      case "snapshotId":
        return "InvalidSnapshotID.Malformed";
      case "instanceId":
        return "InvalidInstanceID.Malformed";
      case "name":
        return "InvalidAMIName.Malformed";
      case "accountId":
      case "owner":
        return "InvalidUserID.Malformed";
      case "subnetId":
        return "InvalidSubnetID.Malformed";
      case "securityGroupId":
        return "InvalidGroupId.Malformed";
      default:
        return "InvalidParameterValue";
    }
  }

  private static String rawMessage(AmiException e) {
    String m = e.getMessage();
    int cut = m.lastIndexOf(" (request id ");
    return cut < 0 ? m : m.substring(0, cut);
  }

  String code() {
    return code;
  }

  String message() {
    return message;
  }

  int httpStatus() {
    return Ec2Errors.httpStatus(code);
  }

  /** EC2's error document. */
  String ec2Xml(String requestId) {
    XmlWriter x = new XmlWriter();
    x.start("Response").start("Errors").start("Error")
        .element("Code", code).element("Message", message)
        .end().end().element("RequestID", requestId).end();
    return x.toXml();
  }

  /** STS's error document (the Query protocol's {@code ErrorResponse}). */
  String stsXml(String requestId) {
    XmlWriter x = new XmlWriter();
    x.root("ErrorResponse", StsActions.NAMESPACE).start("Error")
        .element("Type", httpStatus() >= 500 ? "Receiver" : "Sender")
        .element("Code", code).element("Message", message)
        .end().element("RequestId", requestId).end();
    return x.toXml();
  }

  /** SSM's JSON error body. */
  String ssmJson() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("__type", code);
    body.put("message", message);
    return Json.write(body);
  }
}
