package io.ami4j.aws.internal.ops;

import io.ami4j.aws.internal.client.AwsClients;
import io.ami4j.aws.internal.client.Remote;
import io.ami4j.model.AccountId;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** Who the provider is: STS GetCallerIdentity. */
public final class IdentityOperations {
  private final AwsClients clients;

  /**
   * Creates the operations.
   *
   * @param clients the provider's clients
   */
  public IdentityOperations(AwsClients clients) {
    this.clients = clients;
  }

  /**
   * STS GetCallerIdentity.
   *
   * @param call the call's region
   * @return the account the credentials belong to
   */
  public AccountId callerAccount(Call call) {
    GetCallerIdentityResponse answer = Remote.call(Ec2Action.GET_CALLER_IDENTITY,
        () -> clients.sts(call.region()).getCallerIdentity(r -> { }));
    return AccountId.of(answer.account());
  }
}
