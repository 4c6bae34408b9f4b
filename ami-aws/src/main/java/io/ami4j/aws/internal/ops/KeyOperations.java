package io.ami4j.aws.internal.ops;

import io.ami4j.aws.internal.client.AwsClients;
import io.ami4j.aws.internal.client.Remote;
import io.ami4j.model.KeyManager;
import io.ami4j.model.KmsKey;
import io.ami4j.model.KmsKeyDescription;
import io.ami4j.spi.Call;
import io.ami4j.spi.Ec2Action;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

/** KMS keys: what a snapshot's key is, so that the engine can tell AWS managed keys from customer keys. */
public final class KeyOperations {
  private final AwsClients clients;

  /**
   * Creates the operations.
   *
   * @param clients the provider's clients
   */
  public KeyOperations(AwsClients clients) {
    this.clients = clients;
  }

  /**
   * KMS DescribeKey.
   *
   * @param call the call's region
   * @param key a key id, alias, or key or alias ARN
   * @return the key's description
   */
  public KmsKeyDescription describeKey(Call call, KmsKey key) {
    KeyMetadata m = Remote.call(Ec2Action.DESCRIBE_KEY,
        () -> clients.kms(call.region()).describeKey(r -> r.keyId(key.value()))).keyMetadata();
    return KmsKeyDescription.of(m.keyId(), KmsKey.of(m.arn()), KeyManager.fromWire(m.keyManagerAsString()),
        m.keyStateAsString());
  }
}
