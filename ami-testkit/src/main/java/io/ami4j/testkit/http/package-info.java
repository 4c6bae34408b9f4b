/**
 * The fake EC2 served over HTTP in EC2's own wire protocols, so that the AWS SDK's clients, the
 * AWS CLI or boto3 can talk to it: EC2's Query protocol (form-encoded, XML answers), STS's
 * {@code GetCallerIdentity}, and SSM's JSON protocol for the public AMI parameters.
 *
 * <p>The endpoint serves any {@link io.ami4j.spi.AmiProvider} (one per account); {@link
 * io.ami4j.testkit.http.FakeEc2Server} binds it to the in-memory world.
 */
package io.ami4j.testkit.http;
