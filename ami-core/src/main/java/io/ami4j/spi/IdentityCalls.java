package io.ami4j.spi;

import io.ami4j.model.AccountId;
import io.ami4j.model.KmsKey;
import io.ami4j.model.KmsKeyDescription;

/** Who the provider is: the account it serves (STS) and what KMS says of a key. Part of {@link AmiProvider}. */
public interface IdentityCalls {

  /**
   * The account this provider serves (STS GetCallerIdentity).
   *
   * @param call the call's region
   * @return the account
   */
  @Ec2Call(Ec2Action.GET_CALLER_IDENTITY)
  AccountId callerAccount(Call call);

  /**
   * KMS DescribeKey: the key's id, ARN and manager. Decides by the key itself whether AWS manages
   * it (the account's default EBS key answers {@code KeyManager} {@code AWS}, whatever name a
   * snapshot gives it).
   *
   * @param call the call's region (the key's, for an alias or key id)
   * @param key a key id, alias, or key or alias ARN
   * @return the key's description
   * @throws io.ami4j.AmiNotFoundException when KMS knows no such key ({@code NotFoundException})
   */
  @Ec2Call(Ec2Action.DESCRIBE_KEY)
  KmsKeyDescription describeKey(Call call, KmsKey key);
}
