package io.ami4j.model;

import io.ami4j.internal.validate.Check;
import io.ami4j.internal.validate.Rules;
import org.immutables.value.Value;

/**
 * A KMS key used to encrypt EBS snapshots: a key id, a multi-Region key id, an alias or an ARN.
 *
 * <pre>{@code
 * KmsKey byAlias = KmsKey.alias("alias/ami");
 * KmsKey byArn = KmsKey.of("arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
 * }</pre>
 */
@Value.Immutable
public abstract class KmsKey {
  /** The account's AWS-managed default EBS key. Other accounts can never use it. */
  public static final KmsKey AWS_MANAGED_EBS = ImmutableKmsKey.of("alias/aws/ebs");

  KmsKey() {}

  /**
   * Parses any accepted form of key reference.
   *
   * @param value a key id, {@code mrk-…} id, {@code alias/NAME}, or key or alias ARN
   * @return the key
   * @throws io.ami4j.AmiValidationException if it is none of these
   */
  public static KmsKey of(String value) {
    return ImmutableKmsKey.of(Check.matches("kmsKey", value, Rules.KMS_KEY, Rules.KMS_KEY_RULE));
  }

  /**
   * A key by alias.
   *
   * @param alias {@code alias/NAME} (the prefix is added when missing)
   * @return the key
   */
  public static KmsKey alias(String alias) {
    Check.notNull("kmsKey", alias);
    return of(alias.startsWith("alias/") || alias.startsWith("arn:") ? alias : "alias/" + alias);
  }

  /** The reference as EC2 takes it in {@code KmsKeyId}. */
  @Value.Parameter
  public abstract String value();

  /**
   * Whether this reference names the AWS-managed default EBS key by its alias ({@code alias/aws/ebs},
   * or its alias ARN). EC2 answers a snapshot's key as a key ARN, which this cannot recognise: ask
   * KMS ({@link io.ami4j.spi.AmiProvider#describeKey}, {@link KmsKeyDescription#isAwsManaged()}).
   */
  public boolean isAwsManagedDefault() {
    return value().equals("alias/aws/ebs") || value().endsWith(":alias/aws/ebs");
  }

  @Override
  public String toString() {
    return value();
  }
}
