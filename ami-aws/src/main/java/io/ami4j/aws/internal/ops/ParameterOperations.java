package io.ami4j.aws.internal.ops;

import io.ami4j.AmiNotFoundException;
import io.ami4j.aws.internal.client.AwsClients;
import io.ami4j.aws.internal.client.Remote;
import io.ami4j.aws.internal.map.Pages;
import io.ami4j.model.SsmParameter;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import io.ami4j.spi.Page;
import io.ami4j.spi.PageRequest;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ssm.model.GetParameterResponse;
import software.amazon.awssdk.services.ssm.model.GetParametersByPathResponse;
import software.amazon.awssdk.services.ssm.model.Parameter;

/** SSM parameters, such as the public ones that name the latest Amazon Linux images. */
public final class ParameterOperations {
  private static final String PARAMETER_NOT_FOUND = "ParameterNotFound";

  private final AwsClients clients;

  /**
   * Creates the operations.
   *
   * @param clients the provider's clients
   */
  public ParameterOperations(AwsClients clients) {
    this.clients = clients;
  }

  /**
   * SSM GetParameter.
   *
   * @param call the call
   * @param name the parameter's name
   * @return the parameter, or empty when it does not exist
   */
  public Optional<SsmParameter> getParameter(Call call, String name) {
    try {
      GetParameterResponse answer = Remote.call(Ec2Action.GET_PARAMETER,
          () -> clients.ssm(call.region()).getParameter(r -> r.name(name)));
      return Optional.of(toModel(answer.parameter()));
    } catch (AmiNotFoundException e) {
      if (PARAMETER_NOT_FOUND.equals(e.errorCode())) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * SSM GetParametersByPath, recursive: one page.
   *
   * @param call the call
   * @param path the path
   * @param page which page (SSM returns at most 10 per page)
   * @return the page
   */
  public Page<SsmParameter> getParametersByPath(Call call, String path, PageRequest page) {
    GetParametersByPathResponse answer = Remote.call(Ec2Action.GET_PARAMETERS_BY_PATH,
        () -> clients.ssm(call.region()).getParametersByPath(r -> r
            .path(path)
            .recursive(true)
            .maxResults(Pages.maxResults(page, 1, Pages.SSM_MAX))
            .nextToken(Pages.token(page))));
    return Page.of(answer.parameters().stream().map(ParameterOperations::toModel).collect(Collectors.toList()),
        answer.nextToken());
  }

  private static SsmParameter toModel(Parameter p) {
    // The model's factory takes no version: SSM's version is not carried (see SsmParameter).
    return SsmParameter.of(p.name(), p.value());
  }
}
