/**
 * The SDK clients of the AWS provider: their shared settings (credentials, endpoint, HTTP client,
 * timeouts, retries off), one client per service and region made on first use, and the
 * translation of the SDK's failures into ami4j's exceptions. Not exported.
 */
package io.ami4j.aws.internal.client;
