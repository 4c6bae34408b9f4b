/**
 * ami4j's AWS provider: {@link io.ami4j.aws.AwsAmiProvider} runs every SPI operation as one call
 * of the AWS SDK for Java v2 (EC2, SSM, STS, KMS). Discoverable as provider id {@code aws}.
 */
module io.ami4j.aws {
  requires io.ami4j.core;
  requires software.amazon.awssdk.services.ec2;
  requires software.amazon.awssdk.services.ssm;
  requires software.amazon.awssdk.services.sts;
  requires software.amazon.awssdk.services.kms;
  requires software.amazon.awssdk.regions;
  requires software.amazon.awssdk.auth;
  requires software.amazon.awssdk.awscore;
  requires software.amazon.awssdk.core;
  requires software.amazon.awssdk.http;
  requires software.amazon.awssdk.utils;
  requires software.amazon.awssdk.identity.spi;
  requires org.slf4j;

  exports io.ami4j.aws;

  provides io.ami4j.spi.AmiProviderFactory with io.ami4j.aws.AwsProviderFactory;
}
