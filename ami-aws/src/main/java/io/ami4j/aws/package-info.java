/**
 * ami4j's AWS provider: {@link io.ami4j.aws.AwsAmiProvider}, every SPI operation as one call of
 * the AWS SDK for Java v2, and {@link io.ami4j.aws.AwsProviderFactory}, which makes it
 * discoverable as provider id {@code aws}.
 *
 * <pre>{@code
 * try (AwsAmiProvider aws = AwsAmiProvider.builder()
 *     .credentialsProvider(ProfileCredentialsProvider.create("ops"))
 *     .apiCallTimeout(Duration.ofSeconds(30))
 *     .build()) {
 *   AccountId me = aws.callerAccount(Call.in(Region.of("eu-west-1")));
 * }
 * }</pre>
 */
package io.ami4j.aws;
