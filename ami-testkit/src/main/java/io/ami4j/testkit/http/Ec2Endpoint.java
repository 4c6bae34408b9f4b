package io.ami4j.testkit.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.ami4j.AmiException;
import io.ami4j.AmiValidationException;
import io.ami4j.model.AccountId;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Ec2Errors;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of any {@link AmiProvider}: one handler that serves EC2 (Query protocol, routed
 * by {@code Action}), STS {@code GetCallerIdentity}, and SSM and KMS (JSON protocol, routed by
 * {@code X-Amz-Target}). Each request is served by the provider of the account its access key
 * names, in the region of its credential scope.
 *
 * <p>Errors always answer in the service's own error format, never HTML: an unknown action is
 * EC2's {@code InvalidAction}, an unexpected failure EC2's {@code InternalError}.
 */
final class Ec2Endpoint implements HttpHandler {
  /** EC2's XML namespace. */
  static final String EC2_NAMESPACE = "http://ec2.amazonaws.com/doc/2016-11-15/";

  private static final Logger LOG = LoggerFactory.getLogger(Ec2Endpoint.class);
  private static final String XML = "text/xml;charset=UTF-8";

  /** What the endpoint saw and answered, for tests that check the wire against the model. */
  interface WireTap {
    void served(String action, QueryRequest request, int status, String body);
  }

  private final Function<AccountId, AmiProvider> providers;
  private final Map<AccountId, AmiProvider> byAccount = new ConcurrentHashMap<>();
  private final Map<String, ActionHandler> actions;
  private final WireTap tap;

  Ec2Endpoint(Function<AccountId, AmiProvider> providers) {
    this(providers, (action, request, status, body) -> { });
  }

  Ec2Endpoint(Function<AccountId, AmiProvider> providers, WireTap tap) {
    this.providers = Objects.requireNonNull(providers, "providers");
    this.tap = Objects.requireNonNull(tap, "tap");
    Map<String, ActionHandler> table = new HashMap<>();
    for (ActionGroup g : List.of(new ImageActions(), new SharingActions(), new RetirementActions(),
        new SnapshotActions(), new InstanceActions(), new TagActions())) {
      g.registerInto(table);
    }
    this.actions = Map.copyOf(table);
  }

  /** The EC2 actions served, by name. */
  Set<String> ec2Actions() {
    return actions.keySet();
  }

  private AmiProvider provider(AccountId account) {
    // The world owns its providers (and closes them); the endpoint only keeps one per account.
    return byAccount.computeIfAbsent(account, a -> Objects.requireNonNull(providers.apply(a),
        "no provider for account " + a));
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String requestId = UUID.randomUUID().toString();
    try (exchange) {
      String body = read(exchange.getRequestBody());
      String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
      if (target != null) {
        serveSsm(exchange, target, body, requestId);
      } else {
        serveQuery(exchange, body, requestId);
      }
    } catch (RuntimeException | IOException e) {
      // The exchange could not even be answered (the client went away): nothing left to send.
      LOG.debug("request {} could not be answered: {}", requestId, e.toString());
    }
  }

  private void serveQuery(HttpExchange exchange, String body, String requestId) throws IOException {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    boolean form = contentType == null || contentType.startsWith("application/x-www-form-urlencoded");
    QueryRequest q = QueryRequest.parse(exchange.getRequestURI().getRawQuery(), form ? body : "");
    Caller caller = Caller.from(exchange.getRequestHeaders().getFirst("Authorization"),
        q.get("X-Amz-Credential").orElse(null));
    String action = q.action().orElse("");
    if (StsActions.handles(action)) {
      serveSts(exchange, q, caller, requestId);
      return;
    }
    ActionHandler handler = actions.get(action);
    if (handler == null) {
      WireError error = WireError.of("InvalidAction", action.isEmpty()
          ? "The request must contain the parameter Action"
          : "The action " + action + " is not valid for this web service.");
      send(exchange, error.httpStatus(), XML, error.ec2Xml(requestId), requestId);
      return;
    }
    int status;
    String answer;
    try {
      ActionContext context = new ActionContext(q, caller, provider(caller.account()), requestId);
      XmlWriter out = new XmlWriter().root(action + "Response", EC2_NAMESPACE).element("requestId", requestId);
      handler.handle(context, out);
      if (context.dryRun()) {
        // A provider ignores the flag on reads; EC2 answers every successful dry run the same way.
        throw Ec2Errors.toException(Ec2Errors.DRY_RUN_OPERATION,
            "Request would have succeeded, but DryRun flag is set.", null, 412);
      }
      answer = out.end().toXml();
      status = 200;
    } catch (RuntimeException e) {
      WireError error = WireError.from(e);
      logFailure(action, error, e);
      status = error.httpStatus();
      answer = error.ec2Xml(requestId);
    }
    tap.served(action, q, status, answer);
    send(exchange, status, XML, answer, requestId);
  }

  private void serveSts(HttpExchange exchange, QueryRequest q, Caller caller, String requestId) throws IOException {
    int status;
    String answer;
    try {
      answer = StsActions.getCallerIdentity(caller, provider(caller.account()), requestId);
      status = 200;
    } catch (RuntimeException e) {
      WireError error = WireError.from(e);
      logFailure("GetCallerIdentity", error, e);
      status = error.httpStatus();
      answer = error.stsXml(requestId);
    }
    tap.served(q.action().orElse(""), q, status, answer);
    send(exchange, status, XML, answer, requestId);
  }

  /** SSM's and KMS's JSON 1.1 protocol: the operation is named by {@code X-Amz-Target}. */
  private void serveSsm(HttpExchange exchange, String target, String body, String requestId) throws IOException {
    Caller caller = Caller.from(exchange.getRequestHeaders().getFirst("Authorization"), null);
    int status;
    String answer;
    try {
      boolean kms = target.startsWith(KmsActions.TARGET_PREFIX);
      if (!kms && !target.startsWith(SsmActions.TARGET_PREFIX)) {
        throw AmiValidationException.answered("UnknownOperationException",
            "Unknown target " + target, null);
      }
      Object request = body.isBlank() ? Map.of() : Json.parse(body);
      if (!(request instanceof Map)) {
        throw AmiValidationException.answered("SerializationException", "The body must be a JSON object", null);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> members = (Map<String, Object>) request;
      answer = Json.write(kms
          ? KmsActions.handle(target.substring(KmsActions.TARGET_PREFIX.length()), members, caller,
              provider(caller.account()))
          : SsmActions.handle(target.substring(SsmActions.TARGET_PREFIX.length()), members,
              caller, provider(caller.account())));
      status = 200;
    } catch (IllegalArgumentException malformed) {
      WireError error = WireError.of("SerializationException", malformed.getMessage());
      status = error.httpStatus();
      answer = error.ssmJson();
    } catch (RuntimeException e) {
      WireError error = WireError.from(e);
      logFailure(target, error, e);
      status = error.httpStatus();
      answer = error.ssmJson();
    }
    send(exchange, status, SsmActions.CONTENT_TYPE, answer, requestId);
  }

  private static void logFailure(String action, WireError error, RuntimeException e) {
    if (error.code().equals(Ec2Errors.INTERNAL_ERROR) && !(e instanceof AmiException)) {
      LOG.warn("{} failed unexpectedly; answering InternalError", action, e);
    } else {
      LOG.debug("{} answered {}: {}", action, error.code(), error.message());
    }
  }

  private static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body, String requestId)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
