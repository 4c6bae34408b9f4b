/**
 * The SPI operations of the AWS provider, grouped by subject: each method builds one SDK request,
 * makes one call through {@link io.ami4j.aws.internal.client.Remote} and maps the answer. Not
 * exported.
 */
package io.ami4j.aws.internal.ops;
