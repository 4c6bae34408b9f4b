package io.ami4j.spi;

import io.ami4j.model.SsmParameter;
import java.util.Optional;

/** SSM public parameters (where AWS publishes its latest images). Part of {@link AmiProvider}. */
public interface ParameterCalls {

  /** SSM GetParameter; empty when the parameter does not exist. */
  @Ec2Call(Ec2Action.GET_PARAMETER)
  Optional<SsmParameter> getParameter(Call call, String name);

  /** SSM GetParametersByPath (recursive): one page. */
  @Ec2Call(Ec2Action.GET_PARAMETERS_BY_PATH)
  Page<SsmParameter> getParametersByPath(Call call, String path, PageRequest page);
}
