/**
 * The fake EC2 served over HTTP in EC2's own wire protocols, so that the AWS SDK's clients, the
 * AWS CLI or boto3 can talk to it: EC2's Query protocol (form-encoded, XML answers), STS's
 * {@code GetCallerIdentity}, SSM's JSON protocol for the public AMI parameters, and KMS's
 * {@code DescribeKey} (JSON as well).
 *
 * <p>{@link io.ami4j.testkit.http.FakeEc2Server} serves an in-memory world
 * ({@code FakeEc2Server.start(world)}) or any provider per account; in JUnit 5,
 * {@link io.ami4j.testkit.http.FakeEc2ServerExtension} gives one server per test class. A
 * 12-digit access key id calls as that account, any other key as {@code 000000000000}; the
 * region is the request's SigV4 credential scope.
 */
package io.ami4j.testkit.http;
