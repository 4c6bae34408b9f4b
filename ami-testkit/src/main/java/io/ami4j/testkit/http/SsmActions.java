package io.ami4j.testkit.http;

import io.ami4j.AmiNotFoundException;
import io.ami4j.AmiValidationException;
import io.ami4j.model.SsmParameter;
import io.ami4j.spi.AmiProvider;
import io.ami4j.spi.Call;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SSM's JSON protocol ({@code X-Amz-Target: AmazonSSM.*}) for the public AMI parameters:
 * GetParameter, GetParameters, GetParametersByPath. Member names follow the SSM model
 * ({@code Parameter}, {@code Parameters}, {@code InvalidParameters}, {@code NextToken}).
 */
final class SsmActions {
  /** The target prefix of SSM's operations. */
  static final String TARGET_PREFIX = "AmazonSSM.";
  /** SSM's content type. */
  static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  private SsmActions() {}

  /**
   * Serves one SSM operation.
   *
   * @param operation e.g. {@code GetParameter}
   * @param request the parsed JSON body
   * @param caller the caller
   * @param provider the caller's provider
   * @return the JSON answer as maps and lists
   */
  static Map<String, Object> handle(String operation, Map<String, Object> request, Caller caller,
      AmiProvider provider) {
    Call call = Call.in(caller.region());
    switch (operation) {
      case "GetParameter":
        return getParameter(request, call, caller, provider);
      case "GetParameters":
        return getParameters(request, call, caller, provider);
      case "GetParametersByPath":
        return getParametersByPath(request, call, caller, provider);
      default:
        throw AmiValidationException.answered("UnknownOperationException",
            "Unknown operation " + TARGET_PREFIX + operation, null);
    }
  }

  private static Map<String, Object> getParameter(Map<String, Object> request, Call call, Caller caller,
      AmiProvider provider) {
    String name = string(request, "Name");
    SsmParameter p = provider.getParameter(call, name).orElseThrow(() ->
        new AmiNotFoundException("ParameterNotFound", "Parameter " + name + " not found.", null));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("Parameter", parameter(p, caller));
    return answer;
  }

  private static Map<String, Object> getParameters(Map<String, Object> request, Call call, Caller caller,
      AmiProvider provider) {
    Object names = request.get("Names");
    if (!(names instanceof List<?> list) || list.isEmpty()) {
      throw AmiValidationException.answered("ValidationException", "Names must contain 1 to 10 names", null);
    }
    List<Object> found = new ArrayList<>();
    List<Object> invalid = new ArrayList<>();
    for (Object n : (List<?>) names) {
      String name = String.valueOf(n);
      Optional<SsmParameter> p = provider.getParameter(call, name);
      if (p.isPresent()) {
        found.add(parameter(p.get(), caller));
      } else {
        invalid.add(name);
      }
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("Parameters", found);
    answer.put("InvalidParameters", invalid);
    return answer;
  }

  private static Map<String, Object> getParametersByPath(Map<String, Object> request, Call call,
      Caller caller, AmiProvider provider) {
    String path = string(request, "Path");
    boolean recursive = Boolean.TRUE.equals(request.get("Recursive"));
    PageRequest page = PageRequest.first();
    Object max = request.get("MaxResults");
    if (max instanceof Number number) {
      int n = number.intValue();
      if (n < 1 || n > 10) {
        throw AmiValidationException.answered("ValidationException", "MaxResults must be between 1 and 10", null);
      }
      page = PageRequest.ofSize(n);
    }
    Object token = request.get("NextToken");
    if (token instanceof String tokenText && !tokenText.isEmpty()) {
      page = page.next((String) token);
    }
    Page<SsmParameter> result = provider.getParametersByPath(call, path, page);
    String prefix = path.endsWith("/") ? path : path + "/";
    List<Object> items = new ArrayList<>();
    for (SsmParameter p : result.items()) {
      // The SPI lists recursively; a non-recursive call keeps only the path's direct children.
      if (recursive || p.name().indexOf('/', prefix.length()) < 0) {
        items.add(parameter(p, caller));
      }
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("Parameters", items);
    result.nextToken().ifPresent(t -> answer.put("NextToken", t));
    return answer;
  }

  private static Map<String, Object> parameter(SsmParameter p, Caller caller) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("Name", p.name());
    m.put("Type", "String");
    m.put("Value", p.value());
    m.put("Version", p.version());
    m.put("ARN", "arn:" + caller.region().partition() + ":ssm:" + caller.region().name() + "::parameter"
        + (p.name().startsWith("/") ? "" : "/") + p.name());
    m.put("DataType", p.value().startsWith("ami-") ? "aws:ec2:image" : "text");
    return m;
  }

  private static String string(Map<String, Object> request, String member) {
    Object v = request.get(member);
    if (!(v instanceof String text) || text.isEmpty()) {
      throw AmiValidationException.answered("ValidationException", "1 validation error detected: Value at '"
          + member.substring(0, 1).toLowerCase(Locale.ROOT) + member.substring(1)
          + "' failed to satisfy constraint: Member must not be null", null);
    }
    return (String) v;
  }
}
